package io.github.peacetalks.report;

import static io.github.peacetalks.report.Corpora.article;
import static io.github.peacetalks.report.Corpora.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.UnknownActorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page of a small corpus, parsed back with jsoup as a browser would read it. */
class ReportTest {

    private static final List<String> SENTENCES = Corpora.articles().stream()
            .flatMap(a -> a.positions().stream()).map(p -> p.evidence().sentence()).toList();

    private static Document page(Report r) {
        return Jsoup.parse(r.html());
    }

    private static Elements marks(Document d) {
        return d.select("svg a.m");
    }

    private static Set<String> lanes(Document d) {
        return d.select("g.lane").stream().map(g -> g.attr("data-lane")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The evidence entry a mark or cell links to; fails when the link leads nowhere. */
    private static Element target(Document d, Element link) {
        String href = link.attr("href");
        assertTrue(href.startsWith("#ev-"), href);
        Element e = d.getElementById(href.substring(1));
        assertNotNull(e, "no evidence element for " + href);
        return e;
    }

    @Test
    void oneMarkPerPositionAndALanePerParty() {
        Document d = page(Report.of(Corpora.eight()));
        assertEquals(8, marks(d).size());
        assertEquals(Set.of("RUS", "UKR", "NATO", "europe"), lanes(d), "persons and officials fold into their party");
        assertEquals(4, d.select("g.lane[data-lane=RUS] a.m").size(), "RUS, the official, Putin and Peskov");
        assertEquals(8, d.select("table.ev tbody tr").size());
    }

    @Test
    void byPersonGivesEachHolderItsLane() {
        Document d = page(Report.builder(Corpora.eight()).byPerson(true).build());
        assertEquals(8, marks(d).size());
        assertEquals(Set.of("RUS", "unnamed-RUS", "vladimir-putin", "dmitry-peskov", "volodymyr-zelensky", "UKR", "NATO", "europe"),
                lanes(d));
    }

    @Test
    void aPartysLanesUnfoldIntoALanePerPersonLinkingToTheSameEvidence() {
        Document d = page(Report.of(Corpora.eight()));
        Elements unfolded = d.select("details.issue details.who");
        assertFalse(unfolded.isEmpty(), "an issue whose parties speak through persons can be unfolded");
        for (Element who : unfolded) {
            assertFalse(who.hasAttr("open"), "closed until asked for");
            Element issue = who.parent();
            Set<String> parties = issue.select("g.lane").stream().map(g -> g.attr("data-lane")).collect(Collectors.toSet());
            List<String> persons = who.select("g.who-lane").stream().map(g -> g.attr("data-lane")).toList();
            assertTrue(persons.size() >= parties.size() && !parties.containsAll(persons), persons + " unfold " + parties);
            List<String> folded = issue.select("g.lane a.m").stream().map(a -> a.attr("href")).sorted().toList();
            List<String> open = who.select("a.pm").stream().map(a -> a.attr("href")).sorted().toList();
            assertEquals(folded, open, "the same positions, each once, linking to the same evidence");
        }
        Set<String> all = d.select("g.who-lane").stream().map(g -> g.attr("data-lane")).collect(Collectors.toSet());
        assertTrue(all.containsAll(Set.of("vladimir-putin", "dmitry-peskov", "unnamed-RUS", "RUS")), all.toString());
        assertEquals(8, marks(d).size(), "the unfolded marks are not counted twice as marks");
        assertTrue(page(Report.builder(Corpora.eight()).byPerson(true).build()).select("details.who").isEmpty(),
                "a page with a lane per person has nothing to unfold");
    }

    @Test
    void everyMarkLinksToItsEvidenceWithArticleTitleAndDate() {
        Document d = page(Report.of(Corpora.eight()));
        Set<String> seen = new TreeSet<>();
        for (Element m : marks(d)) {
            Element ev = target(d, m);
            String sentence = ev.selectFirst("blockquote.s").wholeText();
            assertTrue(SENTENCES.contains(sentence), sentence);
            assertTrue(m.selectFirst("title").wholeText().contains(sentence), "the mark's tooltip holds its own sentence");
            assertTrue(seen.add(ev.id()), "two marks link to " + ev.id());
        }
        Element putin = d.select("table.ev tbody tr").stream()
                .filter(r -> r.text().contains("niets te bespreken")).findFirst().orElseThrow();
        assertEquals("Reported. Article k3-poetin-niet-praten, 2022-11: Poetin ziet niets te bespreken.",
                putin.selectFirst(".src").text());
        assertEquals("Poetin ziet niets te bespreken", putin.selectFirst(".src cite").text());
        assertEquals("2022-11", putin.child(1).text());
        assertEquals("Vladimir Putin (vladimir-putin, for RUS)", putin.child(2).text());
        assertEquals("opposes Negotiations", putin.child(3).text());

        Element rumour = d.select("table.ev tbody tr").stream()
                .filter(r -> r.text().contains("ingewijde")).findFirst().orElseThrow();
        assertTrue(rumour.selectFirst(".src").text().startsWith("Unnamed source, hedged."), rumour.text());
        Element undated = d.select("table.ev tbody tr").stream()
                .filter(r -> r.text().contains("Europese leiders")).findFirst().orElseThrow();
        assertEquals("Reported. Article k6-europa-sancties, undated: Europa wil verder.", undated.selectFirst(".src").text());
        assertEquals("undated", undated.child(1).text());
    }

    @Test
    void monthsAndYearsAreBarsAcrossTheirSpanDaysArePoints() {
        Document d = page(Report.of(Corpora.eight()));
        Element day = markOf(d, "openstaat voor overleg");
        Element month = markOf(d, "niets te bespreken");
        Element year = markOf(d, "het hele jaar");
        assertNull(day.selectFirst("rect.b"), "a day is a point");
        double monthW = Double.parseDouble(month.selectFirst("rect.b").attr("width"));
        double yearW = Double.parseDouble(year.selectFirst("rect.b").attr("width"));
        assertTrue(monthW > 0 && yearW > 10 * monthW, monthW + " " + yearW);
        // the shape stands for the stance, as the legend shows it
        assertTrue(shape(day).endsWith(legendShape(d, "supports")), shape(day));
        assertTrue(shape(month).endsWith(legendShape(d, "opposes")), shape(month));
        assertFalse(legendShape(d, "supports").equals(legendShape(d, "opposes")));
        assertEquals(5, d.select(".legend span").stream().filter(s -> s.selectFirst("path.k.n") != null).count(),
                "the legend shows every stance's shape");
        assertTrue(day.hasClass("p") && month.hasClass("c"), "for and against are coloured apart");
        assertTrue(centreX(day) < centreX(month), "time runs left to right");
        assertTrue(centreX(month) > Double.parseDouble(month.selectFirst("rect.b").attr("x")), "the shape sits on its bar");
    }

    /** The path data of a mark's shape. */
    private static String shape(Element mark) {
        return mark.selectFirst("path").attr("d");
    }

    /** The shape the legend gives a stance, without its leading move to the origin. */
    private static String legendShape(Document d, String stance) {
        Element span = d.select(".legend span").stream().filter(s -> s.text().equals(stance)).findFirst().orElseThrow();
        return span.selectFirst("path").attr("d").substring("M0 0".length());
    }

    private static double centreX(Element mark) {
        String d = shape(mark);
        return Double.parseDouble(d.substring(1, d.indexOf(' ')));
    }

    private static Element markOf(Document d, String words) {
        return marks(d).stream().filter(m -> m.selectFirst("title").wholeText().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void turnsAreMarkedOnTheLaneAndListed() {
        Document d = page(Report.of(Corpora.eight()));
        assertEquals(1, d.select("#issue-NEGOTIATIONS g.lane[data-lane=RUS] a.s").size());
        assertEquals(1, d.select("#issue-CEASEFIRE g.lane[data-lane=UKR] a.s").size());
        assertEquals(2, d.select("svg a.s").size());
        Elements rows = d.select("#turns tbody tr");
        assertEquals(2, rows.size());
        for (Element s : d.select("svg a.s")) {
            assertNotNull(d.getElementById(s.attr("href").substring(1)), s.attr("href"));
        }
        Element rus = rows.stream().filter(r -> r.child(0).text().equals("RUS")).findFirst().orElseThrow();
        assertEquals("for \u2192 against", rus.child(2).text());
        assertTrue(target(d, rus.child(4).selectFirst("a")).text().contains("niets te bespreken"));
    }

    @Test
    void matrixShowsTheLatestStanceAndLinksToIt() {
        Document d = page(Report.of(Corpora.eight()));
        Element rus = d.select("#matrix tbody tr").stream().filter(r -> r.child(0).text().equals("Russia")).findFirst().orElseThrow();
        List<String> columns = d.select("#matrix thead th").stream().map(Element::text).toList();
        Element cell = rus.child(columns.indexOf("Negotiations"));
        assertTrue(cell.text().startsWith("opposes"), cell.text());
        assertTrue(target(d, cell.selectFirst("a")).text().contains("niets te bespreken"));
        assertEquals(4, d.select("#matrix tbody tr").size());
    }

    @Test
    void conditionsSaySetterAndWhoMustFulfilThem() {
        Document d = page(Report.of(Corpora.eight()));
        Elements rows = d.select("#conditions tbody tr");
        assertEquals(2, rows.size());
        Element peskov = rows.stream().filter(r -> r.text().contains("met nieuwe grenzen")).findFirst().orElseThrow();
        assertTrue(peskov.child(0).text().startsWith("dmitry-peskov") && peskov.child(0).text().contains("RUS"), peskov.text());
        assertEquals("UKR", peskov.child(1).text());
        assertTrue(peskov.child(2).text().startsWith("Territory"), peskov.text());
        assertTrue(target(d, peskov.selectFirst("a")).text().contains("eigen vredesplan"));
    }

    @Test
    void filtersReduceTheMarks() {
        Corpus c = Corpora.eight();
        assertEquals(4, marks(page(Report.builder(c).holders("RUS").build())).size());
        assertEquals(Set.of("RUS"), lanes(page(Report.builder(c).holders("RUS").build())));
        assertEquals(5, marks(page(Report.builder(c).holders("RUS", "NATO").build())).size());
        assertEquals(1, marks(page(Report.builder(c).holders("vladimir-putin").build())).size());
        assertEquals(2, marks(page(Report.builder(c).issues(Issue.CEASEFIRE).build())).size());
        assertEquals(4, marks(page(Report.builder(c).issues(Issue.CEASEFIRE, Issue.NEGOTIATIONS).build())).size());
        assertEquals(3, marks(page(Report.builder(c).from(PartialDate.parse("2023")).build())).size());
        assertEquals(4, marks(page(Report.builder(c).to(PartialDate.parse("2022")).build())).size());
        Document range = page(Report.builder(c).from(PartialDate.parse("2022-04")).to(PartialDate.parse("2023-06")).build());
        assertEquals(3, marks(range).size(), "the year 2023 reaches past June and drops out");
        assertEquals(3, range.select("table.ev tbody tr").size());
        Document both = page(Report.builder(c).holders("UKR").issues(Issue.CEASEFIRE).from(PartialDate.parse("2024")).build());
        assertEquals(1, marks(both).size());
        assertTrue(both.text().contains("Filters: holder UKR; issue Ceasefire; from 2024."), both.select("header").text());
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRuns() {
        String hostile = "<script>alert(1)</script> \"dubbel\" & 'enkel' ]]> <![CDATA[ x ]]> </title></svg>";
        Corpus c = Corpus.of(article("k9-" + "aanval", "2023-05-05", "Kop " + hostile,
                say(Corpora.RUS, Stance.SUPPORTS, Issue.NEGOTIATIONS, "2023-05-05", "Moskou zegt: " + hostile)));
        String html = Report.builder(c).title(hostile).build().html();
        assertFalse(html.contains("<script"), "no script tag at all");
        assertFalse(html.contains("]]>"), "no CDATA end");
        Document d = Jsoup.parse(html);
        assertTrue(d.select("script").isEmpty());
        assertEquals(hostile, d.selectFirst("h1").wholeText());
        assertEquals(hostile, d.head().selectFirst("title").wholeText());
        Element m = marks(d).first();
        assertTrue(m.selectFirst("title").wholeText().contains("\nMoskou zegt: " + hostile + "\n"), m.selectFirst("title").wholeText());
        Element ev = target(d, m);
        assertEquals("Moskou zegt: " + hostile, ev.selectFirst("blockquote.s").wholeText());
        assertEquals("Kop " + hostile, ev.selectFirst(".src cite").wholeText());
        assertEquals(1, marks(d).size(), "the text made no elements of its own");
    }

    @Test
    void tooltipsNameTheArticleAndHowItKnows() {
        Document d = page(Report.of(Corpora.eight()));
        assertEquals("2022-03 unnamed-RUS DEMANDS NEUTRALITY\n"
                + "Een ingewijde in Moskou zou een neutraal Oekraïne als eis op tafel hebben gelegd.\n"
                + "Unnamed source, hedged; article k1-kremlin-overleg", markOf(d, "ingewijde").selectFirst("title").wholeText());
    }

    @Test
    void onlyUndatedPositionsStandInTheUndatedBand() {
        Corpus c = Corpus.of(article("k8-zonder-datum", null, "Zonder datum",
                say(Corpora.EUROPE, Stance.SUPPORTS, Issue.SANCTIONS, null, "Europa blijft achter de sancties staan."),
                say(Corpora.UKR, Stance.DEMANDS, Issue.SANCTIONS, null, "Kiev eist zwaardere sancties.")));
        Document d = page(Report.of(c));
        assertEquals(2, marks(d).size());
        assertEquals(List.of("undated"), d.select("svg text.yr").eachText(), "no years to show");
        double band = Double.parseDouble(d.selectFirst("svg text.yr").attr("x"));
        for (Element m : marks(d)) {
            assertTrue(Math.abs(centreX(m) - band) < 40, centreX(m) + " far from the band at " + band);
        }
    }

    @Test
    void emptyCorpusGivesAPageThatSaysSo() {
        Document d = page(Report.of(Corpus.of()));
        assertEquals("No positions to show: the corpus holds none.", d.selectFirst("p.empty").text());
        assertEquals(Report.DEFAULT_TITLE, d.selectFirst("h1").text());
        assertTrue(marks(d).isEmpty());
        Document none = page(Report.builder(Corpora.eight()).from(PartialDate.parse("2030")).build());
        assertEquals("No positions to show: none pass the filters.", none.selectFirst("p.empty").text());
        assertTrue(marks(none).isEmpty());
    }

    @Test
    void nothingIsLoadedFromTheNetwork() {
        String html = Report.builder(Corpora.eight()).byPerson(true).build().html();
        Document d = Jsoup.parse(html);
        for (Element e : d.select("[src], [href], [xlink:href], link, iframe, object, embed, img")) {
            for (String a : List.of("src", "href", "xlink:href")) {
                String v = e.attr(a);
                assertTrue(v.isEmpty() || v.startsWith("#"), e.outerHtml());
            }
        }
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("url("), "no URL anywhere");
        assertFalse(html.contains("@import") || html.contains("@font-face"));
    }

    @Test
    void unknownHoldersAndEmptyRangesFailOnBuild() {
        Corpus c = Corpora.eight();
        UnknownActorException e = assertThrows(UnknownActorException.class, () -> Report.builder(c).holders("Rusland").build());
        assertTrue(e.nearest().contains("RUS"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Report.builder(c).from(PartialDate.parse("2024")).to(PartialDate.parse("2023")).build());
    }

    @Test
    void writesTheSamePageAsUtf8(@TempDir Path dir) throws IOException {
        Report r = Report.builder(Corpora.eight()).title("Overzicht à la carte").build();
        Path f = dir.resolve("r.html");
        r.writeHtml(f);
        assertEquals(r.html(), Files.readString(f, StandardCharsets.UTF_8));
        assertTrue(r.html().contains("<meta charset=\"utf-8\">"));
        assertEquals(8, r.positions().count());
    }
}

package io.github.peacetalks.cli;

import static io.github.peacetalks.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} run in-process: the page it writes holds what the {@code positions} command lists. */
class ReportCommandTest {

    /** Moscow open to talks, Putin refusing them later, Turkey offering to mediate, Ukraine for a ceasefire on a condition. */
    private static String corpus(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("01_moskou.txt"), " date 2022-04-02 Moskou wil praten\n\n"
                + "Het Kremlin is bereid tot vredesbesprekingen met Oekraïne, zei minister Lavrov zaterdag. "
                + "Moskou wijst een wapenstilstand af.\n");
        Files.writeString(in.resolve("02_poetin.txt"), " date 2022-10-11 Poetin sluit overleg uit\n\n"
                + "Poetin weigert te onderhandelen met de regering in Kiev. "
                + "Zelensky eist dat Rusland zich terugtrekt voordat er overleg komt.\n");
        Files.writeString(in.resolve("03_ankara.txt"), " date 2023-05-30 Ankara biedt hulp\n\n"
                + "Turkije biedt aan om de gesprekken te leiden. "
                + "Oekraïne steunt een staakt-het-vuren als Rusland zijn troepen terugtrekt.\n");
        return in.toString();
    }

    /** The positions the {@code positions} command lists for the same paths and filters. */
    private static List<JsonNode> positions(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("positions", "--json"));
        a.addAll(List.of(args));
        CliRun r = run(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.json();
    }

    private static Document report(Path out, String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("report", "--html", out.toString()));
        a.addAll(List.of(args));
        CliRun r = run(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + out + ": "), r.out());
        return Jsoup.parse(out.toFile(), "UTF-8");
    }

    private static int marks(Document d) {
        return d.select("svg a.m").size();
    }

    private static Set<String> lanes(Document d) {
        return d.select("g.lane").stream().map(g -> g.attr("data-lane")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void writesOneMarkPerPositionInALanePerParty(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        List<JsonNode> all = positions(c);
        assertTrue(all.size() >= 5, all.toString());
        Document d = report(dir.resolve("r.html"), c);
        assertEquals(all.size(), marks(d));
        Set<String> parties = all.stream().map(n -> n.get("position").get("holder"))
                .map(h -> h.hasNonNull("affiliation") ? h.get("affiliation").asText() : h.get("id").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(parties, lanes(d));
        assertTrue(parties.containsAll(List.of("RUS", "UKR", "TUR")), parties.toString());
        for (var m : d.select("svg a.m")) {
            assertTrue(d.getElementById(m.attr("href").substring(1)) != null, m.attr("href"));
        }

        Set<String> holders = all.stream().map(n -> n.get("position").get("holder").get("id").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        Document byPerson = report(dir.resolve("p.html"), "--by-person", c);
        assertEquals(holders, lanes(byPerson));
        assertTrue(holders.contains("vladimir-putin"), holders.toString());
    }

    @Test
    void filtersMatchThePositionsCommand(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        int all = positions(c).size();
        int rusTalks = positions("--holder", "RUS", "--issue", "NEGOTIATIONS", c).size();
        assertTrue(rusTalks > 0 && rusTalks < all);
        assertEquals(rusTalks, marks(report(dir.resolve("a.html"), "--holder", "RUS", "--issue", "negotiations", c)));

        int rus = positions("--holder", "RUS", c).size();
        int tur = positions("--holder", "TUR", c).size();
        assertEquals(rus + tur, marks(report(dir.resolve("b.html"), "--holder", "RUS", "--holder", "TUR", c)));

        int twoIssues = positions("--issue", "CEASEFIRE,NEGOTIATIONS", c).size();
        assertEquals(twoIssues, marks(report(dir.resolve("c.html"), "--issue", "CEASEFIRE", "--issue", "NEGOTIATIONS", c)));
        assertEquals(twoIssues, marks(report(dir.resolve("c2.html"), "--issue", "CEASEFIRE,NEGOTIATIONS", c)));

        int autumn = positions("--from", "2022-06", "--to", "2022-12", c).size();
        assertTrue(autumn > 0 && autumn < all);
        Document d = report(dir.resolve("d.html"), "--from", "2022-06", "--to", "2022-12", "--title", "Herfst <2022>", c);
        assertEquals(autumn, marks(d));
        assertEquals("Herfst <2022>", d.selectFirst("h1").text());
        assertEquals("Herfst <2022>", d.title());
    }

    @Test
    void readsASavedCorpus(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun saved = run("extract", "--json", "--parts", c);
        assertEquals(0, saved.code(), saved.err());
        Path jsonl = dir.resolve("corpus.jsonl");
        Files.writeString(jsonl, saved.out());
        assertEquals(positions(c).size(), marks(report(dir.resolve("s.html"), jsonl.toString())));
    }

    @Test
    void nothingLeftAfterTheFiltersStillWritesAPage(@TempDir Path dir) throws IOException {
        Document d = report(dir.resolve("e.html"), "--from", "2030", corpus(dir));
        assertEquals(0, marks(d));
        assertEquals("No positions to show: none pass the filters.", d.selectFirst("p.empty").text());
    }

    @Test
    void usageErrors(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        String out = dir.resolve("x.html").toString();
        assertEquals(Main.USAGE, run("report", c).code(), "--html is required");
        CliRun unknown = run("report", "--html", out, "--holder", "Turkije", c);
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("unknown actor id \"Turkije\"") && unknown.err().contains("TUR"), unknown.err());
        assertFalse(Files.exists(dir.resolve("x.html")), "no page for a failed command");
        assertEquals(Main.USAGE, run("report", "--html", out, "--from", "2024", "--to", "2023", c).code());
        assertEquals(Main.USAGE, run("report", "--html", out, "--from", "2023-13", c).code());
        assertEquals(Main.USAGE, run("report", "--html", out, "--issue", "VREDE", c).code());
        assertEquals(Main.USAGE, run("report", "--html", out).code());
        assertEquals(Main.USAGE, run("report", "--html", out, dir.resolve("nope").toString()).code());
    }

    @Test
    void helpAndTheCommandListNameIt() {
        CliRun top = run("--help");
        assertTrue(top.out().contains("report"), top.out());
        CliRun help = run("report", "--help");
        assertEquals(0, help.code());
        for (String o : List.of("--html", "--holder", "--issue", "--from", "--to", "--title", "--by-person", "PATH")) {
            assertTrue(help.out().contains(o), o + " in " + help.out());
        }
        CliRun none = run();
        assertEquals(Main.USAGE, none.code());
        assertTrue(none.err().contains("actors or report"), none.err());
    }
}

package io.github.peacetalks.query;

import static io.github.peacetalks.query.Fixtures.EUROPE;
import static io.github.peacetalks.query.Fixtures.PUTIN;
import static io.github.peacetalks.query.Fixtures.RUS;
import static io.github.peacetalks.query.Fixtures.UKR;
import static io.github.peacetalks.query.Fixtures.USA;
import static io.github.peacetalks.query.Fixtures.d;
import static io.github.peacetalks.query.Fixtures.doc;
import static io.github.peacetalks.query.Fixtures.holders;
import static io.github.peacetalks.query.Fixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Polarity;
import io.github.peacetalks.model.Stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PositionQueryTest {

    private final Corpus corpus = Fixtures.main();

    @Test
    void allPositionsComeInChronologicalOrder() {
        assertEquals(List.of("RUS", "unnamed-RUS", "volodymyr-zelensky", "UKR", "dmitry-peskov", "NATO", "vladimir-putin", "europe"),
                holders(corpus.positions()));
        assertEquals(8, corpus.positions().count());
        assertEquals(List.of("a01", "a01", "a02", "a02", "a03", "a04", "a05", "a06"),
                corpus.positions().stream().map(Statement::article).toList());
    }

    @Test
    void holderRollsUpPersonsAndUnnamedOfficials() {
        assertEquals(List.of("RUS", "unnamed-RUS", "dmitry-peskov", "vladimir-putin"), holders(corpus.positions().holder("RUS")));
        assertEquals(List.of("RUS"), holders(corpus.positions().holderExactly("RUS")));
        assertEquals(List.of("vladimir-putin"), holders(corpus.positions().holder("vladimir-putin")));
        assertEquals(List.of("vladimir-putin"), holders(corpus.positions().holderExactly("vladimir-putin")));
        assertEquals(List.of("unnamed-RUS"), holders(corpus.positions().holderExactly("unnamed-RUS")));
        assertEquals(List.of("volodymyr-zelensky", "UKR"), holders(corpus.positions().holder("UKR")));
    }

    @Test
    void counterpartRollsUpToo() {
        var article = doc("c1", "2023-05", "Gesprekken")
                .say("Kiev wil met Poetin zelf spreken.", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS, s -> s.with(PUTIN))
                .say("Kiev wil met Rusland over gevangenen praten.", UKR, Stance.SUPPORTS, Issue.OTHER, s -> s.with(RUS))
                .say("Kiev praat niet met Europa.", UKR, Stance.OPPOSES, Issue.OTHER, s -> s.with(EUROPE))
                .build();
        Corpus c = Corpus.of(article);
        assertEquals(List.of("Kiev wil met Poetin zelf spreken.", "Kiev wil met Rusland over gevangenen praten."),
                c.positions().counterpart("RUS").stream().map(s -> s.position().evidence().sentence()).toList());
        assertEquals(1, c.positions().counterpart("vladimir-putin").count());
        assertEquals(1, c.positions().counterpart("europe").count());
        assertEquals(0, c.positions().counterpart("UKR").count());
        assertEquals(List.of("volodymyr-zelensky", "UKR"), holders(corpus.positions().counterpart("RUS")));
    }

    @Test
    void enumFilters() {
        assertEquals(List.of("volodymyr-zelensky", "vladimir-putin"),
                holders(corpus.positions().holderKind(ActorKind.PERSON).where(s -> !s.holder().id().equals("dmitry-peskov"))));
        assertEquals(List.of("unnamed-RUS"), holders(corpus.positions().holderKind(ActorKind.UNNAMED)));
        assertEquals(List.of("NATO", "europe"), holders(corpus.positions().holderKind(ActorKind.ORGANIZATION, ActorKind.GROUP)));
        assertEquals(List.of("RUS", "vladimir-putin"), holders(corpus.positions().issue(Issue.NEGOTIATIONS)));
        assertEquals(List.of("unnamed-RUS", "volodymyr-zelensky", "UKR"),
                holders(corpus.positions().issue(Issue.NEUTRALITY, Issue.CEASEFIRE)));
        assertEquals(0, corpus.positions().issue(Issue.TERRITORY).count());
        assertEquals(List.of("unnamed-RUS", "UKR"), holders(corpus.positions().stance(Stance.DEMANDS)));
        assertEquals(List.of("dmitry-peskov", "vladimir-putin"), holders(corpus.positions().polarity(Polarity.AGAINST)));
        assertEquals(6, corpus.positions().polarity(Polarity.FOR).count());
        assertEquals(List.of("volodymyr-zelensky", "vladimir-putin"),
                holders(corpus.positions().attribution(Attribution.DIRECT_QUOTE)));
        assertEquals(List.of("unnamed-RUS"), holders(corpus.positions().attribution(Attribution.UNNAMED_SOURCE)));
        assertEquals(List.of("unnamed-RUS"), holders(corpus.positions().hedged(true)));
        assertEquals(7, corpus.positions().hedged(false).count());
        assertThrows(IllegalArgumentException.class, () -> corpus.positions().issue());
        assertThrows(IllegalArgumentException.class, () -> corpus.positions().stance());
    }

    @Test
    void articleAndTextFilters() {
        assertEquals(List.of("volodymyr-zelensky", "UKR"), holders(corpus.positions().article("a02")));
        assertEquals(0, corpus.positions().article("a99").count());
        assertEquals(List.of("UKR"), holders(corpus.positions().text("STAAKT-het-vuren")));
        assertEquals(List.of("RUS", "UKR", "vladimir-putin"), holders(corpus.positions().text("KIEV")));
        assertEquals(List.of("RUS", "UKR", "vladimir-putin"), holders(corpus.positions().text("kiev")));
        assertEquals(List.of("UKR"), holders(corpus.positions().text("kiev").article("a02")));
        assertEquals(List.of("europe"), holders(corpus.positions().text("Sancties")));
        assertEquals(0, corpus.positions().text("vrede zonder voorwaarden").count());
    }

    @Test
    void filtersCompose() {
        PositionQuery rus = corpus.positions().holder("RUS");
        assertEquals(List.of("RUS", "vladimir-putin"), holders(rus.issue(Issue.NEGOTIATIONS)));
        assertEquals(List.of("vladimir-putin"), holders(rus.issue(Issue.NEGOTIATIONS).polarity(Polarity.AGAINST)));
        assertEquals(List.of("vladimir-putin"), holders(rus.polarity(Polarity.AGAINST).issue(Issue.NEGOTIATIONS)));
        assertEquals(List.of("vladimir-putin"), holders(rus.counterpart("UKR").between("2023", "2023")));
        assertEquals(0, rus.holderKind(ActorKind.STATE).hedged(true).count());
        assertEquals(List.of("dmitry-peskov", "vladimir-putin"), holders(rus.holderKind(ActorKind.PERSON).from(d("2023")).to(d("2023-12"))));
        assertEquals(0, rus.holderKind(ActorKind.PERSON).from(d("2023")).to(d("2023-03")).count());
    }

    @Test
    void queriesAreImmutable() {
        PositionQuery all = corpus.positions();
        PositionQuery rus = all.holder("RUS");
        PositionQuery rusTalks = rus.issue(Issue.NEGOTIATIONS);
        PositionQuery rusAgainst = rus.polarity(Polarity.AGAINST);
        assertEquals(8, all.count());
        assertEquals(4, rus.count());
        assertEquals(2, rusTalks.count());
        assertEquals(2, rusAgainst.count());
        rus.text("nothing at all");
        rus.between("2022", "2022");
        assertEquals(4, rus.count());
        assertEquals(8, all.count());
        assertTrue(rusTalks.toString().contains("holder RUS"), rusTalks.toString());
        assertFalse(rus.toString().contains("NEGOTIATIONS"), rus.toString());
    }

    @Test
    void monthPositionIsInsideAWiderRangeButNotADayRangeInsideIt() {
        Corpus c = Corpus.of(one("m", "2023-02", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        assertEquals(1, c.positions().between("2023-01", "2023-03").count());
        assertEquals(1, c.positions().between("2023-02", "2023-02").count());
        assertEquals(1, c.positions().between("2023-02-01", "2023-02-28").count());
        assertEquals(1, c.positions().during(d("2023-02")).count());
        assertEquals(1, c.positions().during(d("2023")).count());
        assertEquals(0, c.positions().between("2023-02-10", "2023-02-20").count());
        assertEquals(0, c.positions().between("2023-02-02", "2023-02-28").count());
        assertEquals(0, c.positions().between("2023-02-01", "2023-02-27").count());
        assertEquals(0, c.positions().between("2023-03", "2023-12").count());
        assertEquals(1, c.positions().from(d("2023-02-01")).count());
        assertEquals(0, c.positions().from(d("2023-02-02")).count());
        assertEquals(1, c.positions().to(d("2023-02")).count());
        assertEquals(0, c.positions().to(d("2023-02-27")).count());
    }

    @Test
    void yearPositionIsOnlyInsideRangesCoveringTheWholeYear() {
        Corpus c = Corpus.of(one("y", "2023", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        assertEquals(0, c.positions().between("2023-01", "2023-06").count());
        assertEquals(0, c.positions().between("2023-01-01", "2023-12-30").count());
        assertEquals(1, c.positions().between("2023", "2023").count());
        assertEquals(1, c.positions().between("2023-01-01", "2023-12-31").count());
        assertEquals(1, c.positions().between("2022", "2024-01").count());
        assertEquals(1, c.positions().during(PartialDate.ofYear(2023)).count());
    }

    @Test
    void dayPositionIsInsideItsMonthAndDay() {
        Corpus c = Corpus.of(one("dd", "2023-02-15", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        assertEquals(1, c.positions().between("2023-02-10", "2023-02-20").count());
        assertEquals(1, c.positions().during(d("2023-02-15")).count());
        assertEquals(0, c.positions().between("2023-02-16", "2023-02-20").count());
        assertEquals(0, c.positions().between("2023-02-10", "2023-02-14").count());
    }

    @Test
    void undatedPositionsPassNoDateFilter() {
        Corpus c = Corpus.of(one("u", null, UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        assertEquals(1, c.positions().count());
        assertEquals(0, c.positions().between("0001", "9999").count());
        assertEquals(0, c.positions().from(d("0001")).count());
        assertEquals(0, c.positions().to(d("9999")).count());
        assertEquals(0, c.positions().during(d("2023")).count());
        assertEquals(List.of("europe"), holders(corpus.positions().where(s -> s.date() == null)));
        assertEquals(7, corpus.positions().between("0001", "9999").count());
    }

    @Test
    void anEmptyRangeIsRejected() {
        PositionQuery q = corpus.positions();
        assertThrows(IllegalArgumentException.class, () -> q.between("2023-03", "2023-02"));
        assertThrows(IllegalArgumentException.class, () -> q.between("2023-02-21", "2023-02-20"));
        assertThrows(IllegalArgumentException.class, () -> q.between("2024", "2023-12-31"));
        assertThrows(IllegalArgumentException.class, () -> q.between("2023-13", "2023-12"));
        assertThrows(IllegalArgumentException.class, () -> q.between("gisteren", "2023"));
        // ranges that touch or overlap are not empty, even when the ends overlap in odd ways
        assertEquals(0, q.between("2023-02-28", "2023-02-28").count());
        assertEquals(List.of("NATO", "vladimir-putin"), holders(q.between("2023-02", "2023")));
    }

    @Test
    void sameDatesAreOrderedByArticleIdThenByEvidenceOffset() {
        Corpus c = Corpus.of(
                doc("b", "2023-05", "B").say("Eerste zin van b.", UKR, Stance.SUPPORTS, Issue.OTHER)
                        .say("Tweede zin van b.", RUS, Stance.SUPPORTS, Issue.OTHER).build(),
                one("z", null, EUROPE, Stance.SUPPORTS, Issue.OTHER),
                one("a", "2023-05", USA, Stance.SUPPORTS, Issue.OTHER),
                one("c", "2023-05-01", Fixtures.NATO, Stance.SUPPORTS, Issue.OTHER),
                one("y", null, PUTIN, Stance.SUPPORTS, Issue.OTHER),
                one("e", "2023", Fixtures.PESKOV, Stance.SUPPORTS, Issue.OTHER),
                one("d", "2023-04-30", Fixtures.ZELENSKY, Stance.SUPPORTS, Issue.OTHER));
        List<Statement> l = c.positions().list();
        assertEquals(List.of("e", "d", "a", "b", "b", "c", "y", "z"), l.stream().map(Statement::article).toList());
        assertEquals(List.of("UKR", "RUS"), holders(l.subList(3, 5)));
        List<Statement> sorted = new ArrayList<>(l);
        sorted.sort(Statement.CHRONOLOGICAL);
        assertEquals(sorted, l);
    }

    @Test
    void groupByHolderAndParty() {
        Map<String, List<Statement>> byHolder = corpus.positions().groupByHolder();
        assertEquals(List.of("RUS", "unnamed-RUS", "volodymyr-zelensky", "UKR", "dmitry-peskov", "NATO", "vladimir-putin", "europe"),
                List.copyOf(byHolder.keySet()));
        Map<String, List<Statement>> byParty = corpus.positions().groupByParty();
        assertEquals(List.of("RUS", "UKR", "NATO", "europe"), List.copyOf(byParty.keySet()));
        assertEquals(List.of("RUS", "unnamed-RUS", "dmitry-peskov", "vladimir-putin"), holders(byParty.get("RUS")));
        assertEquals(List.of("volodymyr-zelensky", "UKR"), holders(byParty.get("UKR")));
        assertThrows(UnsupportedOperationException.class, () -> byParty.put("X", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> byParty.get("RUS").clear());
        assertThrows(UnsupportedOperationException.class, () -> byHolder.remove("RUS"));
    }

    @Test
    void groupByIssueFollowsTheEnumOrder() {
        Map<Issue, List<Statement>> m = corpus.positions().groupByIssue();
        assertEquals(List.of(Issue.NEGOTIATIONS, Issue.CEASEFIRE, Issue.PEACE_PLAN, Issue.NEUTRALITY, Issue.WEAPONS_SUPPLY,
                Issue.SANCTIONS), List.copyOf(m.keySet()));
        assertEquals(List.of("RUS", "vladimir-putin"), holders(m.get(Issue.NEGOTIATIONS)));
        assertThrows(UnsupportedOperationException.class, () -> m.put(Issue.OTHER, List.of()));
        assertThrows(UnsupportedOperationException.class, () -> m.get(Issue.NEUTRALITY).add(m.get(Issue.SANCTIONS).get(0)));
    }

    @Test
    void groupByMonthPutsYearsBeforeTheirMonthsAndLeavesUndatedOut() {
        Corpus c = Corpus.of(
                one("a", "2023-03-20", UKR, Stance.SUPPORTS, Issue.OTHER),
                one("b", "2023", RUS, Stance.SUPPORTS, Issue.OTHER),
                one("c", "2023-03", USA, Stance.SUPPORTS, Issue.OTHER),
                one("d", null, EUROPE, Stance.SUPPORTS, Issue.OTHER),
                one("e", "2022-12-31", PUTIN, Stance.SUPPORTS, Issue.OTHER),
                one("f", "2023-01-02", Fixtures.NATO, Stance.SUPPORTS, Issue.OTHER));
        Map<PartialDate, List<Statement>> m = c.positions().groupByMonth();
        assertEquals(List.of(d("2022-12"), d("2023"), d("2023-01"), d("2023-03")), List.copyOf(m.keySet()));
        assertEquals(List.of("USA", "UKR"), holders(m.get(d("2023-03"))));
        assertEquals(List.of("RUS"), holders(m.get(d("2023"))));
        assertEquals(5, m.values().stream().mapToInt(List::size).sum());
        assertThrows(UnsupportedOperationException.class, () -> m.clear());
        assertThrows(UnsupportedOperationException.class, () -> m.get(d("2023")).remove(0));
    }

    @Test
    void resultsAreUnmodifiable() {
        List<Statement> l = corpus.positions().list();
        assertThrows(UnsupportedOperationException.class, () -> l.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> l.add(l.get(0)));
        assertEquals(8, corpus.positions().count());
        Timeline t = corpus.positions().timeline();
        assertThrows(UnsupportedOperationException.class, () -> t.entries().clear());
    }

    @Test
    void timelineOfAHolderOnAnIssue() {
        Timeline t = corpus.timeline("RUS", Issue.NEGOTIATIONS);
        assertEquals(List.of("RUS", "vladimir-putin"), holders(t.entries()));
        assertFalse(t.isEmpty());
        String s = t.toString();
        assertTrue(s.contains("(2 positions)"), s);
        assertTrue(s.contains("2022-02") && s.contains("2023-04"), s);
        assertTrue(s.indexOf("2022-02") < s.indexOf("2023-04"), s);
        assertTrue(s.contains("praten wij niet"), s);
        assertTrue(corpus.timeline("UKR", Issue.NEGOTIATIONS).isEmpty());
        Timeline ukr = corpus.timeline("UKR", Issue.CEASEFIRE);
        assertTrue(ukr.toString().contains("WITHDRAWAL of RUS"), ukr.toString());
    }
}

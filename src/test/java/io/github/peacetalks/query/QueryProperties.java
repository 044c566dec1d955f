package io.github.peacetalks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QueryProperties {

    private static final List<Actor> HOLDERS = List.of(Fixtures.RUS, Fixtures.PUTIN, Fixtures.PESKOV, Fixtures.UNNAMED_RUS,
            Fixtures.UKR, Fixtures.ZELENSKY, Fixtures.NATO);
    private static final List<String> DATES = List.of("2022", "2022-03", "2022-03-01", "2022-03-15", "2022-04", "2023",
            "2023-01", "2023-01-31", "2023-02");

    record Say(int article, Actor holder, Stance stance, Issue issue, String date) { }

    @Provide
    Arbitrary<List<Say>> says() {
        Arbitrary<Say> say = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(HOLDERS),
                Arbitraries.of(Stance.class),
                Arbitraries.of(Issue.NEGOTIATIONS, Issue.CEASEFIRE, Issue.TERRITORY),
                Arbitraries.of(DATES).injectNull(0.15)).as(Say::new);
        return say.list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.of(DATES);
    }

    /** Articles {@code x0..x5}; each position its own sentence and date (the article itself is undated). */
    static Corpus corpus(List<Say> says) {
        Map<Integer, Fixtures.Doc> docs = new LinkedHashMap<>();
        int n = 0;
        for (Say s : says) {
            Fixtures.Doc d = docs.computeIfAbsent(s.article(), k -> Fixtures.doc("x" + k, null, "Kop " + k));
            String sentence = "Zin " + (n++) + " over " + s.issue().name().toLowerCase() + ".";
            d.say(sentence, s.holder(), s.stance(), s.issue(), sp -> {
                if (s.date() == null) {
                    sp.undated();
                } else {
                    sp.on(s.date());
                }
            });
        }
        List<Article> articles = new ArrayList<>();
        docs.values().forEach(d -> articles.add(d.build()));
        return Corpus.of(articles);
    }

    @Property
    void everyPositionComesOnceInChronologicalOrder(@ForAll("says") List<Say> says) {
        Corpus c = corpus(says);
        List<Statement> l = c.positions().list();
        assertEquals(says.size(), l.size());
        for (int i = 1; i < l.size(); i++) {
            assertTrue(Statement.CHRONOLOGICAL.compare(l.get(i - 1), l.get(i)) < 0, l.get(i - 1) + " / " + l.get(i));
        }
        for (int i = 1; i < l.size(); i++) {
            if (l.get(i - 1).date() == null) {
                assertEquals(null, l.get(i).date(), "undated positions come last");
            }
        }
    }

    @Property
    void betweenKeepsExactlyTheDatesWhollyInside(@ForAll("says") List<Say> says, @ForAll("dates") String from,
                                                 @ForAll("dates") String to) {
        Corpus c = corpus(says);
        PartialDate f = PartialDate.parse(from);
        PartialDate t = PartialDate.parse(to);
        if (f.start().isAfter(t.end())) {
            return;
        }
        List<Statement> inside = c.positions().between(from, to).list();
        List<Statement> expected = c.positions().list().stream()
                .filter(s -> s.date() != null && !s.date().start().isBefore(f.start()) && !s.date().end().isAfter(t.end()))
                .toList();
        assertEquals(expected, inside);
        PartialDate span = PartialDate.ofYear(f.year());
        if (f.year() == t.year()) {
            inside.forEach(s -> assertTrue(span.contains(s.date()), s.toString()));
        }
    }

    @Property
    void holderIsTheUnionOfItsSpeakers(@ForAll("says") List<Say> says) {
        Corpus c = corpus(says);
        long rus = c.positions().holder("RUS").count();
        long sum = 0;
        for (String id : List.of("RUS", "vladimir-putin", "dmitry-peskov", "unnamed-RUS")) {
            // an id neither the corpus nor the lexicon knows is refused, so only ask for those present
            sum += c.actor(id).isPresent() ? c.positions().holderExactly(id).count() : 0;
        }
        assertEquals(sum, rus);
        assertEquals(c.positions().count(), rus + c.positions().holder("UKR").count() + c.positions().holder("NATO").count());
        assertEquals(c.positions().groupByParty().getOrDefault("RUS", List.of()), c.positions().holder("RUS").list());
    }

    @Property
    void refiningNeverChangesTheOriginal(@ForAll("says") List<Say> says) {
        Corpus c = corpus(says);
        PositionQuery all = c.positions();
        long before = all.count();
        PositionQuery narrower = all.holder("RUS").issue(Issue.NEGOTIATIONS).between("2022", "2022");
        assertTrue(narrower.count() <= all.count());
        assertEquals(before, all.count());
        assertEquals(says.size(), before);
    }

    @Property
    void shiftsAreConsecutiveChangesOfPolarityBetweenDistinctDates(@ForAll("says") List<Say> says) {
        Corpus c = corpus(says);
        List<Shift> shifts = c.shifts();
        int expected = 0;
        Map<String, List<Statement>> groups = new LinkedHashMap<>();
        for (Statement s : c.positions().list()) {
            if (s.date() != null) {
                groups.computeIfAbsent(s.party() + "/" + s.position().issue(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Statement> g : groups.values()) {
            for (int i = 1; i < g.size(); i++) {
                if (!g.get(i).date().equals(g.get(i - 1).date()) && g.get(i).position().polarity() != g.get(i - 1).position().polarity()) {
                    expected++;
                }
            }
        }
        assertEquals(expected, shifts.size(), shifts.toString());
        for (Shift s : shifts) {
            assertNotNull(s.before().date());
            assertTrue(s.before().date().compareTo(s.after().date()) < 0, s.toString());
            assertNotEquals(s.from(), s.to());
            assertEquals(s.party(), s.before().party());
            assertEquals(s.party(), s.after().party());
            assertEquals(s.issue(), s.before().position().issue());
            assertEquals(s.issue(), s.after().position().issue());
        }
        for (int i = 1; i < shifts.size(); i++) {
            assertTrue(Statement.CHRONOLOGICAL.compare(shifts.get(i - 1).after(), shifts.get(i).after()) < 0);
        }
    }

    @Property
    void matrixCellsHoldEveryPositionAndTheLatestIsLast(@ForAll("says") List<Say> says) {
        Corpus c = corpus(says);
        Matrix m = c.matrix();
        int total = 0;
        for (String row : m.rows()) {
            for (Issue issue : m.columns()) {
                List<Statement> cell = m.all(row, issue);
                total += cell.size();
                List<Statement> direct = c.positions().holder(row).issue(issue).list();
                assertEquals(direct, cell);
                assertEquals(direct.isEmpty() ? null : direct.get(direct.size() - 1), m.latest(row, issue).orElse(null));
            }
        }
        assertEquals(says.size(), total);
        for (int i = 1; i < m.columns().size(); i++) {
            assertTrue(m.columns().get(i - 1).compareTo(m.columns().get(i)) < 0);
        }
    }
}

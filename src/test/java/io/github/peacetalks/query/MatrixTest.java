package io.github.peacetalks.query;

import static io.github.peacetalks.query.Fixtures.PUTIN;
import static io.github.peacetalks.query.Fixtures.RUS;
import static io.github.peacetalks.query.Fixtures.UKR;
import static io.github.peacetalks.query.Fixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Stance;

import java.util.List;

import org.junit.jupiter.api.Test;

class MatrixTest {

    private final Corpus corpus = Fixtures.main();

    /** The cells of the table row that starts with {@code row}, split at white space. */
    static List<String> row(String table, String row) {
        return table.lines().filter(l -> l.startsWith(row + " ")).findFirst()
                .map(l -> List.of(l.trim().split("\\s+")))
                .orElseThrow(() -> new AssertionError("no row " + row + " in\n" + table));
    }

    @Test
    void rowsAreSortedPartiesAndColumnsAreThePresentIssuesInEnumOrder() {
        Matrix m = corpus.matrix();
        assertEquals(List.of("NATO", "RUS", "UKR", "europe"), m.rows());
        assertEquals(List.of(Issue.NEGOTIATIONS, Issue.CEASEFIRE, Issue.PEACE_PLAN, Issue.NEUTRALITY, Issue.WEAPONS_SUPPLY,
                Issue.SANCTIONS), m.columns());
        assertEquals(List.of("RUS", "vladimir-putin"), Fixtures.holders(m.all("RUS", Issue.NEGOTIATIONS)));
        assertTrue(m.all("RUS", Issue.SANCTIONS).isEmpty());
        assertTrue(m.all("CHN", Issue.NEGOTIATIONS).isEmpty());
        assertEquals(corpus.matrix(), corpus.positions().matrix());
    }

    @Test
    void latestIsTheLastChronologically() {
        Matrix m = corpus.matrix();
        assertEquals("vladimir-putin", m.latest("RUS", Issue.NEGOTIATIONS).orElseThrow().holder().id());
        assertEquals(Stance.OPPOSES, m.latest("RUS", Issue.NEGOTIATIONS).orElseThrow().position().stance());
        assertEquals("UKR", m.latest("UKR", Issue.CEASEFIRE).orElseThrow().holder().id());
        assertTrue(m.latest("UKR", Issue.NEGOTIATIONS).isEmpty());
        assertTrue(m.latest("nobody", Issue.NEGOTIATIONS).isEmpty());
    }

    @Test
    void latestFollowsDatesNotArticleOrder() {
        Corpus c = Corpus.of(
                one("z", "2022-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("a", "2023-01", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("m", null, UKR, Stance.URGES, Issue.NEGOTIATIONS));
        // undated sorts last, so it is the latest in chronological order
        assertEquals("m", c.matrix().latest("UKR", Issue.NEGOTIATIONS).orElseThrow().article());
        assertEquals("a", c.positions().between("2020", "2024").matrix().latest("UKR", Issue.NEGOTIATIONS).orElseThrow().article());
    }

    @Test
    void tableOfLatestStances() {
        String t = corpus.matrix().toTable(false);
        assertEquals(List.of("NEGOTIATIONS", "CEASEFIRE", "PEACE_PLAN", "NEUTRALITY", "WEAPONS_SUPPLY", "SANCTIONS"),
                List.of(t.lines().findFirst().orElseThrow().trim().split("\\s+")));
        assertEquals(List.of("RUS", "OPPOSES", ".", "OPPOSES", "DEMANDS", ".", "."), row(t, "RUS"));
        assertEquals(List.of("UKR", ".", "DEMANDS", ".", "SUPPORTS", ".", "."), row(t, "UKR"));
        assertEquals(List.of("NATO", ".", ".", ".", ".", "URGES", "."), row(t, "NATO"));
        assertEquals(List.of("europe", ".", ".", ".", ".", ".", "SUPPORTS"), row(t, "europe"));
        assertEquals(5, t.lines().count());
        String s = corpus.matrix().toString();
        assertTrue(s.startsWith("all positions\n"), s);
        assertTrue(s.endsWith(t), s);
        assertTrue(corpus.positions().holder("RUS").matrix().toString().startsWith("holder RUS\n"));
    }

    @Test
    void tableOfAllStancesJoinsDistinctConsecutiveStances() {
        assertEquals(List.of("RUS", "SUPPORTS>OPPOSES", ".", "OPPOSES", "DEMANDS", ".", "."), row(corpus.matrix().toTable(true), "RUS"));
        Corpus c = Corpus.of(
                one("a", "2023-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-02", Fixtures.ZELENSKY, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("c", "2023-03", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("d", "2023-04", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("e", "2023-05", UKR, Stance.DEMANDS, Issue.NEGOTIATIONS),
                one("f", "2023-06", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("g", "2023-06", RUS, Stance.URGES, Issue.CEASEFIRE));
        String all = c.matrix().toTable(true);
        assertEquals(List.of("UKR", "SUPPORTS>OPPOSES>DEMANDS>SUPPORTS", "."), row(all, "UKR"));
        assertEquals(List.of("RUS", ".", "URGES"), row(all, "RUS"));
        assertEquals(List.of("UKR", "SUPPORTS", "."), row(c.matrix().toTable(false), "UKR"));
    }

    @Test
    void matrixByHolderDoesNotRollUp() {
        Matrix m = corpus.positions().matrixByHolder();
        assertEquals(List.of("NATO", "RUS", "UKR", "dmitry-peskov", "europe", "unnamed-RUS", "vladimir-putin", "volodymyr-zelensky"),
                m.rows());
        assertEquals(List.of("RUS"), Fixtures.holders(m.all("RUS", Issue.NEGOTIATIONS)));
        assertEquals(List.of("RUS", "SUPPORTS", ".", ".", ".", ".", "."), row(m.toTable(true), "RUS"));
        assertEquals(List.of("vladimir-putin", "OPPOSES", ".", ".", ".", ".", "."), row(m.toTable(false), "vladimir-putin"));
        Matrix parties = corpus.positions().holder("vladimir-putin").matrix();
        assertEquals(List.of("RUS"), parties.rows());
    }

    @Test
    void matrixPartsAreUnmodifiable() {
        Matrix m = corpus.matrix();
        assertThrows(UnsupportedOperationException.class, () -> m.rows().add("X"));
        assertThrows(UnsupportedOperationException.class, () -> m.columns().clear());
        assertThrows(UnsupportedOperationException.class, () -> m.cells().remove("RUS"));
        assertThrows(UnsupportedOperationException.class, () -> m.cells().get("RUS").remove(Issue.NEGOTIATIONS));
        assertThrows(UnsupportedOperationException.class, () -> m.all("RUS", Issue.NEGOTIATIONS).clear());
    }

    @Test
    void emptyMatrix() {
        Matrix m = corpus.positions().issue(Issue.TERRITORY).matrix();
        assertTrue(m.rows().isEmpty());
        assertTrue(m.columns().isEmpty());
        assertTrue(m.cells().isEmpty());
        assertEquals(1, m.toTable(false).lines().count());
        Matrix one = Corpus.of(one("p", "2022", PUTIN, Stance.OPPOSES, Issue.TERRITORY)).matrix();
        assertEquals(List.of("RUS"), one.rows());
        assertEquals(List.of(Issue.TERRITORY), one.columns());
    }
}

package io.github.peacetalks.query;

import static io.github.peacetalks.query.Fixtures.PESKOV;
import static io.github.peacetalks.query.Fixtures.PUTIN;
import static io.github.peacetalks.query.Fixtures.RUS;
import static io.github.peacetalks.query.Fixtures.UKR;
import static io.github.peacetalks.query.Fixtures.ZELENSKY;
import static io.github.peacetalks.query.Fixtures.d;
import static io.github.peacetalks.query.Fixtures.doc;
import static io.github.peacetalks.query.Fixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Polarity;
import io.github.peacetalks.model.Stance;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShiftTest {

    @Test
    void forThenAgainstIsOneShift() {
        Corpus c = Corpus.of(
                one("b", "2023-06", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("a", "2023-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        List<Shift> shifts = c.shifts();
        assertEquals(1, shifts.size());
        Shift s = shifts.get(0);
        assertEquals("UKR", s.party());
        assertEquals(Issue.NEGOTIATIONS, s.issue());
        assertEquals("a", s.before().article());
        assertEquals("b", s.after().article());
        assertEquals(Polarity.FOR, s.from());
        assertEquals(Polarity.AGAINST, s.to());
        assertTrue(s.toString().startsWith("UKR NEGOTIATIONS: FOR -> AGAINST"), s.toString());
        assertEquals(shifts, c.positions().shifts());
    }

    @Test
    void sameStanceRepeatedOrSamePolarityIsNoShift() {
        Corpus c = Corpus.of(
                one("a", "2023-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-02", UKR, Stance.DEMANDS, Issue.NEGOTIATIONS),
                one("c", "2023-03", UKR, Stance.URGES, Issue.NEGOTIATIONS),
                one("d", "2023-04", UKR, Stance.PROPOSES, Issue.NEGOTIATIONS));
        assertTrue(c.shifts().isEmpty(), c.shifts().toString());
    }

    @Test
    void personAndStateRollUpToOneParty() {
        Corpus c = Fixtures.main();
        List<Shift> shifts = c.shifts();
        assertEquals(1, shifts.size(), shifts.toString());
        Shift s = shifts.get(0);
        assertEquals("RUS", s.party());
        assertEquals(Issue.NEGOTIATIONS, s.issue());
        assertEquals("RUS", s.before().holder().id());
        assertEquals(d("2022-02"), s.before().date());
        assertEquals("vladimir-putin", s.after().holder().id());
        assertEquals(d("2023-04"), s.after().date());
        assertEquals(Polarity.FOR, s.from());
        assertEquals(Polarity.AGAINST, s.to());
        assertTrue(s.toString().contains("praten wij niet"), s.toString());
    }

    @Test
    void backAndForthGivesAShiftEachTime() {
        Corpus c = Corpus.of(
                one("a", "2022-03", PESKOV, Stance.SUPPORTS, Issue.CEASEFIRE),
                one("b", "2022-05", PUTIN, Stance.OPPOSES, Issue.CEASEFIRE),
                one("c", "2022-07", RUS, Stance.OPPOSES, Issue.CEASEFIRE),
                one("d", "2022-09", Fixtures.UNNAMED_RUS, Stance.PROPOSES, Issue.CEASEFIRE));
        List<Shift> shifts = c.shifts();
        assertEquals(2, shifts.size(), shifts.toString());
        assertEquals(List.of("a", "c"), shifts.stream().map(s -> s.before().article()).toList());
        assertEquals(List.of("b", "d"), shifts.stream().map(s -> s.after().article()).toList());
        assertEquals(List.of(Polarity.AGAINST, Polarity.FOR), shifts.stream().map(Shift::to).toList());
        assertEquals(List.of("RUS", "RUS"), shifts.stream().map(Shift::party).toList());
    }

    @Test
    void oppositePolaritiesOnTheSameDateAreNoShift() {
        Corpus c = Corpus.of(
                one("a", "2023-03", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-03", ZELENSKY, Stance.OPPOSES, Issue.NEGOTIATIONS));
        assertTrue(c.shifts().isEmpty(), c.shifts().toString());
        Corpus days = Corpus.of(
                doc("a", "2023-03-02", "Dag").say("Kiev wil praten.", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS)
                        .say("Kiev wil toch niet praten.", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS).build());
        assertTrue(days.shifts().isEmpty(), days.shifts().toString());
    }

    @Test
    void theLaterOfEqualDatesIsTheReferenceForTheNextDate() {
        // a (FOR) and b (AGAINST) share a date; b is later in chronological order, so it is the reference
        Corpus c = Corpus.of(
                one("a", "2023-03", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-03", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("c", "2023-05", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        List<Shift> shifts = c.shifts();
        assertEquals(1, shifts.size(), shifts.toString());
        assertEquals("b", shifts.get(0).before().article());
        assertEquals("c", shifts.get(0).after().article());

        Corpus other = Corpus.of(
                one("a", "2023-03", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("b", "2023-03", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("c", "2023-05", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        assertTrue(other.shifts().isEmpty(), other.shifts().toString());

        Corpus before = Corpus.of(
                one("x", "2023-01", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("a", "2023-03", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-03", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS));
        List<Shift> s2 = before.shifts();
        assertEquals(1, s2.size(), s2.toString());
        assertEquals("x", s2.get(0).before().article());
        assertEquals("a", s2.get(0).after().article());
    }

    @Test
    void aContainingDateCountsAsEarlier() {
        Corpus c = Corpus.of(
                one("a", "2023", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-05", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS));
        assertEquals(1, c.shifts().size());
        assertEquals("a", c.shifts().get(0).before().article());
    }

    @Test
    void undatedPositionsAreIgnored() {
        Corpus c = Corpus.of(
                one("a", "2023-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("u", null, UKR, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("b", "2023-06", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        assertTrue(c.shifts().isEmpty(), c.shifts().toString());
        Corpus onlyUndated = Corpus.of(
                one("u", null, UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("v", null, UKR, Stance.OPPOSES, Issue.NEGOTIATIONS));
        assertTrue(onlyUndated.shifts().isEmpty());
    }

    @Test
    void differentIssuesAndPartiesDoNotMix() {
        Corpus c = Corpus.of(
                one("a", "2023-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2023-02", UKR, Stance.OPPOSES, Issue.CEASEFIRE),
                one("c", "2023-03", RUS, Stance.OPPOSES, Issue.NEGOTIATIONS),
                one("d", "2023-04", UKR, Stance.SUPPORTS, Issue.CEASEFIRE),
                one("e", "2023-05", RUS, Stance.SUPPORTS, Issue.NEGOTIATIONS));
        List<Shift> shifts = c.shifts();
        assertEquals(2, shifts.size(), shifts.toString());
        assertEquals("UKR", shifts.get(0).party());
        assertEquals(Issue.CEASEFIRE, shifts.get(0).issue());
        assertEquals("b", shifts.get(0).before().article());
        assertEquals("RUS", shifts.get(1).party());
        assertEquals(Issue.NEGOTIATIONS, shifts.get(1).issue());
        assertEquals("c", shifts.get(1).before().article());
    }

    @Test
    void shiftsAreSortedByTheirLaterPositionAndUnmodifiable() {
        Corpus c = Corpus.of(
                one("a", "2022-01", RUS, Stance.SUPPORTS, Issue.NEGOTIATIONS),
                one("b", "2022-02", UKR, Stance.SUPPORTS, Issue.CEASEFIRE),
                one("c", "2022-03", UKR, Stance.OPPOSES, Issue.CEASEFIRE),
                one("d", "2022-09", RUS, Stance.OPPOSES, Issue.NEGOTIATIONS));
        List<Shift> shifts = c.shifts();
        assertEquals(List.of("c", "d"), shifts.stream().map(s -> s.after().article()).toList());
        assertThrows(UnsupportedOperationException.class, () -> shifts.remove(0));
        assertEquals(1, c.positions().holder("RUS").shifts().size());
        assertEquals(0, c.positions().between("2022-01", "2022-06").holder("RUS").shifts().size());
    }

    @Test
    void constructorRejectsEqualPolarities() {
        Statement a = new Statement("a", one("a", "2023-01", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS).positions().get(0));
        Statement b = new Statement("b", one("b", "2023-02", UKR, Stance.DEMANDS, Issue.NEGOTIATIONS).positions().get(0));
        Statement c = new Statement("c", one("c", "2023-03", UKR, Stance.OPPOSES, Issue.NEGOTIATIONS).positions().get(0));
        assertThrows(IllegalArgumentException.class, () -> new Shift("UKR", Issue.NEGOTIATIONS, a, b));
        assertThrows(IllegalArgumentException.class, () -> new Shift("UKR", Issue.NEGOTIATIONS, c, c));
        assertThrows(NullPointerException.class, () -> new Shift("UKR", Issue.NEGOTIATIONS, null, c));
        Shift ok = new Shift("UKR", Issue.NEGOTIATIONS, a, c);
        assertEquals(Polarity.FOR, ok.from());
        assertEquals(Polarity.AGAINST, ok.to());
    }
}

package io.github.peacetalks.query;

import static io.github.peacetalks.query.Fixtures.PUTIN;
import static io.github.peacetalks.query.Fixtures.RUS;
import static io.github.peacetalks.query.Fixtures.UKR;
import static io.github.peacetalks.query.Fixtures.USA;
import static io.github.peacetalks.query.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Stance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConditionQueryTest {

    /*
     * In chronological order:
     *   2023-05 RUS OPPOSES NEGOTIATIONS, no conditions
     *   2023-06 UKR SUPPORTS NEGOTIATIONS if WITHDRAWAL of vladimir-putin
     *   2023-06 USA URGES CEASEFIRE if NEGOTIATIONS of RUS; if SECURITY_GUARANTEES (of nobody named)
     *   2023-07 vladimir-putin PROPOSES CEASEFIRE if NEUTRALITY of UKR; if WITHDRAWAL of UKR
     */
    private final Corpus corpus = Corpus.of(
            doc("c2", "2023-07", "Poetin stelt bestand voor")
                    .say("Poetin stelt een bestand voor als Oekraïne neutraal wordt en Kiev zich terugtrekt uit de vier regio's.",
                            PUTIN, Stance.PROPOSES, Issue.CEASEFIRE,
                            s -> s.condition(Issue.NEUTRALITY, UKR, "als Oekraïne neutraal wordt")
                                    .condition(Issue.WITHDRAWAL, UKR, "Kiev zich terugtrekt uit de vier regio's"))
                    .build(),
            doc("c1", "2023-06", "Voorwaarden voor gesprekken")
                    .say("Kiev wil praten als Poetin zijn troepen terugtrekt.", UKR, Stance.SUPPORTS, Issue.NEGOTIATIONS,
                            s -> s.condition(Issue.WITHDRAWAL, PUTIN, "als Poetin zijn troepen terugtrekt"))
                    .say("Washington roept op tot een bestand, op voorwaarde dat Moskou aan tafel komt en mits er garanties komen.",
                            USA, Stance.URGES, Issue.CEASEFIRE,
                            s -> s.condition(Issue.NEGOTIATIONS, RUS, "op voorwaarde dat Moskou aan tafel komt")
                                    .condition(Issue.SECURITY_GUARANTEES, null, "mits er garanties komen"))
                    .build(),
            doc("c0", "2023-05", "Moskou wil niet praten")
                    .say("Moskou wijst gesprekken met Kiev af.", RUS, Stance.OPPOSES, Issue.NEGOTIATIONS)
                    .build());

    private static List<String> texts(ConditionQuery q) {
        return q.stream().map(e -> e.condition().text()).toList();
    }

    @Test
    void allConditionsInTheOrderOfTheirPositions() {
        assertEquals(List.of("als Poetin zijn troepen terugtrekt", "op voorwaarde dat Moskou aan tafel komt", "mits er garanties komen",
                "als Oekraïne neutraal wordt", "Kiev zich terugtrekt uit de vier regio's"), texts(corpus.conditions()));
        assertEquals(5, corpus.conditions().count());
        assertEquals(corpus.conditions().list(), corpus.positions().conditions().list());
        ConditionEntry first = corpus.conditions().list().get(0);
        assertEquals("c1", first.statement().article());
        assertEquals("UKR", first.statement().holder().id());
    }

    @Test
    void setByRollsUp() {
        assertEquals(List.of("als Oekraïne neutraal wordt", "Kiev zich terugtrekt uit de vier regio's"), texts(corpus.conditions().setBy("RUS")));
        assertEquals(2, corpus.conditions().setBy("vladimir-putin").count());
        assertEquals(List.of("als Poetin zijn troepen terugtrekt"), texts(corpus.conditions().setBy("UKR")));
        assertEquals(2, corpus.conditions().setBy("USA").count());
    }

    @Test
    void requiredOfRollsUp() {
        assertEquals(List.of("als Poetin zijn troepen terugtrekt", "op voorwaarde dat Moskou aan tafel komt"),
                texts(corpus.conditions().requiredOf("RUS")));
        assertEquals(List.of("als Poetin zijn troepen terugtrekt"), texts(corpus.conditions().requiredOf("vladimir-putin")));
        assertEquals(2, corpus.conditions().requiredOf("UKR").count());
        assertEquals(0, corpus.conditions().requiredOf("USA").count());
    }

    @Test
    void forIssueFiltersOnThePositionAndRequiringOnTheCondition() {
        assertEquals(4, corpus.conditions().forIssue(Issue.CEASEFIRE).count());
        assertEquals(List.of("als Poetin zijn troepen terugtrekt"), texts(corpus.conditions().forIssue(Issue.NEGOTIATIONS)));
        assertEquals(List.of("op voorwaarde dat Moskou aan tafel komt"), texts(corpus.conditions().requiring(Issue.NEGOTIATIONS)));
        assertEquals(List.of("als Poetin zijn troepen terugtrekt", "Kiev zich terugtrekt uit de vier regio's"),
                texts(corpus.conditions().requiring(Issue.WITHDRAWAL)));
        assertEquals(List.of("Kiev zich terugtrekt uit de vier regio's"),
                texts(corpus.conditions().forIssue(Issue.CEASEFIRE).requiring(Issue.WITHDRAWAL)));
        assertEquals(0, corpus.conditions().forIssue(Issue.TERRITORY).count());
        assertEquals(5, corpus.conditions().forIssue(Issue.CEASEFIRE, Issue.NEGOTIATIONS).count());
    }

    @Test
    void filtersComposeAndLeaveTheOriginalAlone() {
        ConditionQuery all = corpus.conditions();
        ConditionQuery ceasefire = all.forIssue(Issue.CEASEFIRE);
        ConditionQuery ofUkraine = ceasefire.requiredOf("UKR");
        ConditionQuery byRussiaOfUkraine = ofUkraine.setBy("RUS").requiring(Issue.NEUTRALITY);
        assertEquals(5, all.count());
        assertEquals(4, ceasefire.count());
        assertEquals(2, ofUkraine.count());
        assertEquals(List.of("als Oekraïne neutraal wordt"), texts(byRussiaOfUkraine));
        assertEquals(0, ofUkraine.setBy("USA").count());
        assertEquals(2, ofUkraine.count());
        assertTrue(ofUkraine.toString().contains("required of UKR"), ofUkraine.toString());
    }

    @Test
    void groupBySetterRollsUpToParties() {
        Map<String, List<ConditionEntry>> m = corpus.conditions().groupBySetter();
        assertEquals(List.of("UKR", "USA", "RUS"), List.copyOf(m.keySet()));
        assertEquals(List.of(1, 2, 2), m.values().stream().map(List::size).toList());
        assertEquals("vladimir-putin", m.get("RUS").get(0).statement().holder().id());
        assertThrows(UnsupportedOperationException.class, () -> m.remove("UKR"));
        assertThrows(UnsupportedOperationException.class, () -> m.get("RUS").clear());
        assertThrows(UnsupportedOperationException.class, () -> corpus.conditions().list().clear());
    }

    @Test
    void toTableShowsEachCondition() {
        String t = corpus.conditions().toTable();
        assertTrue(t.startsWith("date"), t);
        assertEquals(6, t.lines().count(), t);
        assertTrue(t.contains("WITHDRAWAL: als Poetin zijn troepen terugtrekt"), t);
        assertTrue(t.contains("SECURITY_GUARANTEES: mits er garanties komen"), t);
        assertTrue(t.contains("PROPOSES CEASEFIRE"), t);
        String garanties = t.lines().filter(l -> l.contains("mits er garanties")).findFirst().orElseThrow();
        assertTrue(garanties.contains(" - "), garanties);
        String ukr = corpus.conditions().setBy("UKR").toTable();
        assertTrue(ukr.contains("vladimir-putin") && ukr.contains("2023-06") && ukr.contains("c1"), ukr);
        assertEquals(2, ukr.lines().count(), ukr);
    }

    @Test
    void unknownActorsAreRejected() {
        UnknownActorException e = assertThrows(UnknownActorException.class, () -> corpus.conditions().setBy("UKRR"));
        assertTrue(e.nearest().contains("UKR"), e.nearest().toString());
        assertThrows(UnknownActorException.class, () -> corpus.conditions().requiredOf("poetin-vladimir"));
        assertThrows(NullPointerException.class, () -> corpus.conditions().requiring(null));
    }
}

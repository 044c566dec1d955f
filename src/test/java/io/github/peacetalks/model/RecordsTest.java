package io.github.peacetalks.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void actorIdsFollowTheirKind() {
        Actor.state("RUS", "Russia");
        Actor.person("vladimir-putin", "Vladimir Putin", "RUS");
        Actor.organization("G7", "Group of Seven");
        Actor.group("south-america", "South America");
        Actor u = Actor.unnamed("FRA", "France");
        assertEquals("unnamed-FRA", u.id());
        assertEquals("FRA", u.party());
        assertThrows(IllegalArgumentException.class, () -> Actor.state("Russia", "Russia"));
        assertThrows(IllegalArgumentException.class, () -> Actor.person("Vladimir Putin", "Vladimir Putin", "RUS"));
        assertThrows(IllegalArgumentException.class, () -> new Actor("RUS", ActorKind.STATE, "Russia", "EU"));
        assertThrows(IllegalArgumentException.class, () -> new Actor("unnamed-FRA", ActorKind.UNNAMED, "x", "DEU"));
        assertThrows(NullPointerException.class, () -> new Actor(null, ActorKind.STATE, "x", null));
    }

    @Test
    void actorPrintsReadably() {
        String s = Actor.person("dmitry-peskov", "Dmitry Peskov", "RUS").toString();
        assertTrue(s.contains("dmitry-peskov") && s.contains("Dmitry Peskov") && s.contains("RUS"), s);
    }

    @Test
    void stancesKnowTheirPolarityAndNegation() {
        assertEquals(Polarity.AGAINST, Stance.OPPOSES.polarity());
        for (Stance s : Stance.values()) {
            if (s != Stance.OPPOSES) {
                assertEquals(Polarity.FOR, s.polarity());
                assertEquals(Stance.OPPOSES, s.negated());
            }
        }
        assertEquals(Stance.SUPPORTS, Stance.OPPOSES.negated());
    }

    @Test
    void evidenceSpansExactlyItsSentence() {
        new Evidence("Kiev wil praten.", 10, 26);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Evidence("Kiev wil praten.", 10, 20));
        assertTrue(e.getMessage().contains("10..20"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Evidence("x", -1, 0));
    }

    @Test
    void positionCopiesItsConditions() {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition(Issue.NEUTRALITY, Actor.state("UKR", "Ukraine"), "Oekraïne moet neutraal worden"));
        Position p = new Position(Actor.state("RUS", "Russia"), Stance.SUPPORTS, Issue.NEGOTIATIONS, null, conditions,
                Attribution.REPORTED, false, PartialDate.ofMonth(2022, 2), new Evidence("Moskou wil praten.", 0, 18));
        conditions.clear();
        assertEquals(1, p.conditions().size());
        assertThrows(UnsupportedOperationException.class, () -> p.conditions().clear());
        assertEquals(Polarity.FOR, p.polarity());
        String s = p.toString();
        assertTrue(s.startsWith("RUS SUPPORTS NEGOTIATIONS") && s.contains("NEUTRALITY of UKR") && s.contains("2022-02"), s);
        assertThrows(NullPointerException.class, () -> new Position(null, Stance.SUPPORTS, Issue.NEGOTIATIONS, null,
                List.of(), Attribution.REPORTED, false, null, new Evidence("", 0, 0)));
    }

    @Test
    void onlyBoilerplateNamesARule() {
        new Part(PartKind.BOILERPLATE, 0, 4, "READ", "read-link");
        assertThrows(IllegalArgumentException.class, () -> new Part(PartKind.BOILERPLATE, 0, 4, "READ", null));
        assertThrows(IllegalArgumentException.class, () -> new Part(PartKind.PARAGRAPH, 0, 4, "Kiev", "read-link"));
        assertThrows(IllegalArgumentException.class, () -> new Part(PartKind.PARAGRAPH, 0, 5, "Kiev", null));
    }

    @Test
    void articlePartsMustBeContiguous() {
        Part title = new Part(PartKind.TITLE, 0, 4, "Kiev", null);
        Part gap = new Part(PartKind.PARAGRAPH, 5, 9, "wil.", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.parsed("a", "a.txt", 0, null, List.of(title, gap), List.of()));
        assertTrue(e.getMessage().contains("contiguous"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Article.parsed(" ", "a.txt", 0, null, List.of(), List.of()));
    }

    @Test
    void problemsAddedToAnArticleFollowItsOwnAndAreNotRepeated() {
        Problem parse = new Problem("a.txt", 1, 6, "not a real date");
        Problem extract = new Problem("a.txt", 3, 1, "sentence too long");
        Article a = Article.parsed("a", "a.txt", 0, null, List.of(new Part(PartKind.PARAGRAPH, 0, 4, "Kiev", null)), List.of(parse));
        Article more = a.withProblems(List.of(extract, parse));
        assertEquals(List.of(parse, extract), more.problems());
        assertEquals(more, more.withProblems(List.of(extract)), "a problem already listed is not added again");
        assertTrue(a.withProblems(List.of()) == a, "nothing new gives the same article");
        assertEquals(List.of(parse), a.problems(), "the original is unchanged");
    }

    @Test
    void articleDerivesTitleTextAndSource() {
        String src = "date 2023-02 Kiev wil praten\n\nEerste\u00A0alinea.\r\nTweede alinea.";
        List<Part> parts = List.of(
                new Part(PartKind.DATE, 0, 12, "date 2023-02", null),
                new Part(PartKind.SPACE, 12, 13, " ", null),
                new Part(PartKind.TITLE, 13, 28, "Kiev wil praten", null),
                new Part(PartKind.SPACE, 28, 30, "\n\n", null),
                new Part(PartKind.PARAGRAPH, 30, 44, "Eerste\u00A0alinea.", null),
                new Part(PartKind.SPACE, 44, 46, "\r\n", null),
                new Part(PartKind.PARAGRAPH, 46, 60, "Tweede alinea.", null));
        Article a = Article.parsed("a", "a.txt", 0, PartialDate.ofMonth(2023, 2), parts, List.of());
        assertEquals(src, a.source());
        assertEquals("Kiev wil praten", a.title());
        assertEquals("Eerste alinea.\n\nTweede alinea.", a.text());
        assertEquals(DatePrecision.MONTH, a.datePrecision());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.toString().contains("2023-02") && a.toString().contains("2 paragraphs"), a.toString());
        assertThrows(UnsupportedOperationException.class, () -> a.parts().clear());
    }

    @Test
    void problemsPrintLikeCompilerMessages() {
        assertEquals("a.txt:3:7: bad date", new Problem("a.txt", 3, 7, "bad date").toString());
        assertEquals("a.txt: unreadable", new Problem("a.txt", 0, 0, "unreadable").toString());
        assertThrows(IllegalArgumentException.class, () -> new Problem("a.txt", -1, 0, "x"));
    }
}

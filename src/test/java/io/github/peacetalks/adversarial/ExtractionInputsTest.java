package io.github.peacetalks.adversarial;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.extract.ActorLexicon;
import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.extract.PositionExtractor;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.json.PeacetalksJson;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile inputs to extraction and to the actor lexicon; each outcome is listed in docs/quality.md. */
class ExtractionInputsTest {

    private static final String SENTENCE = "Poetin wijst vredesbesprekingen af.";

    private static Article extract(Extractor x, String body) {
        return x.extract(SourceParser.lenient().parseArticle("date 2023-02-15 Kop\n\n" + body, "t"));
    }

    private static ObjectNode defaultLexiconJson() throws IOException {
        try (InputStream in = ActorLexicon.class.getResourceAsStream("actors.json")) {
            return (ObjectNode) PeacetalksJson.createMapper().readTree(in);
        }
    }

    private static ObjectNode group(ObjectNode root, String id, String affiliation, String... names) {
        ObjectNode a = root.objectNode();
        a.put("id", id).put("kind", "GROUP").put("name", id);
        if (affiliation == null) {
            a.putNull("affiliation");
        } else {
            a.put("affiliation", affiliation);
        }
        ArrayNode n = a.putArray("names");
        for (String s : names) {
            n.add(s);
        }
        a.putArray("metonyms");
        a.putArray("demonyms");
        a.putArray("ambiguous");
        ((ArrayNode) root.get("actors")).add(a);
        return a;
    }

    @Test
    void nestedAndUnbalancedQuotesNeverThrow() {
        String nested = "«\u201C\"'" .repeat(200) + "Poetin wijst vredesbesprekingen af" + "'\"\u201D»".repeat(200) + ", zei hij.";
        String unbalanced = "\u201EPoetin zegt: \"ja, 'nee, \u00ABmisschien " + SENTENCE + " En Zelensky wil praten.\n\n"
                + "\"".repeat(999) + " Kiev wil onderhandelen. \u201D\u201D\u201D'''";
        String manyOpen = "\"Rusland wil praten, ".repeat(2_000) + "zei Lavrov.";
        for (String body : List.of(nested, unbalanced, manyOpen, "\"", "\"\"", "\u201C", "' \" ' \" \u00BB \u00AB")) {
            Article a = assertDoesNotThrow(() -> extract(Extractor.defaults(), body));
            for (Position p : a.positions()) {
                assertTrue(a.actors().contains(p.holder()), p.toString());
            }
        }
        assertFalse(extract(Extractor.defaults(), unbalanced).actors().isEmpty(), "actors are still found");
    }

    @Test
    void aSentenceOfAHundredThousandTokensYieldsNoPosition() {
        String body = "Poetin wijst vredesbesprekingen af en ".repeat(20_000) + "dat is alles.";
        Article a = extract(Extractor.defaults(), body);
        assertTrue(a.positions().isEmpty(), "a sentence over the word limit is not read for positions");
        assertFalse(a.actors().isEmpty(), "its actors are still recognized");
        Article next = extract(Extractor.defaults(), body + " " + SENTENCE);
        assertEquals(1, next.positions().size(), "the sentence after it is still read: " + next.positions());
        assertEquals(1, a.problems().size(), a.problems().toString());
        Problem p = a.problems().get(0);
        assertEquals("t", p.source());
        assertEquals(3, p.line(), "the body starts on the third line: " + p);
        assertEquals(1, p.column());
        assertTrue(p.message().contains("more than " + PositionExtractor.MAX_SENTENCE_WORDS + " words"), p.message());
    }

    @Test
    void eachOverLongSentenceIsLocatedAndTheListIsBounded() {
        String longSentence = "Kiev wil praten en ".repeat(300) + "meer niet.";
        Article two = extract(Extractor.defaults(), "Eerst dit. " + longSentence + "\r\nTussendoor.\r" + longSentence);
        assertEquals(2, two.problems().size(), two.problems().toString());
        assertEquals(List.of(12, 1), two.problems().stream().map(Problem::column).toList(),
                "after \"Eerst dit. \" on line 3, and at the start of line 5: " + two.problems());
        assertEquals(List.of(3, 5), two.problems().stream().map(Problem::line).toList(), "\\r\\n and a lone \\r end lines");
        Article many = extract(Extractor.defaults(), (longSentence + "\n").repeat(15));
        assertEquals(11, many.problems().size(), "ten listed and one that counts the rest");
        Problem last = many.problems().get(10);
        assertEquals(0, last.line());
        assertTrue(last.message().startsWith("5 more sentences"), last.message());
        assertEquals(many, Extractor.defaults().extract(many), "extracting again adds no problem twice");
    }

    @Test
    void aProblemInALaterArticleOfAStreamNamesItsFileAndOrdinal() {
        String stream = "date 2023-02-15 Een\n\nKiev wil praten.\n\ndate 2023-02-16 Twee\n\n"
                + "Moskou wil praten en ".repeat(300) + "verder niets.\n";
        List<Article> all = SourceParser.lenient().parse(stream, "stroom.txt");
        assertEquals(2, all.size());
        Article first = Extractor.defaults().extract(all.get(0));
        Article second = Extractor.defaults().extract(all.get(1));
        assertTrue(first.problems().isEmpty(), first.problems().toString());
        assertEquals(1, second.problems().size());
        assertEquals("stroom.txt#2", second.problems().get(0).source(), "lines count from the article's own start");
        assertEquals(3, second.problems().get(0).line());
    }

    @Test
    void anArticleOverTheCharacterLimitIsKeptAsParsedWithAProblem() {
        Extractor small = Extractor.builder().maxArticleChars(100).build();
        Article parsed = SourceParser.lenient().parseArticle("date 2023-02-15 Kop\n\n" + SENTENCE + " " + "Ja. ".repeat(30), "groot.txt");
        Article a = small.extract(parsed);
        assertTrue(a.positions().isEmpty());
        assertTrue(a.actors().isEmpty());
        assertEquals(parsed.parts(), a.parts(), "the parse is kept whole");
        assertEquals(1, a.problems().size());
        assertEquals("groot.txt", a.problems().get(0).source());
        assertTrue(a.problems().get(0).message().contains(parsed.length() + " characters"), a.problems().toString());
        Extractor exact = Extractor.builder().maxArticleChars(parsed.length()).build();
        assertEquals(1, exact.extract(parsed).positions().size(), "an article of exactly the limit is read");
        assertTrue(exact.extract(parsed).problems().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxArticleChars(0));
        assertEquals(Extractor.DEFAULT_MAX_ARTICLE_CHARS, Extractor.defaults().maxArticleChars());
    }

    @Test
    void theSentenceLimitIsConfigurable() {
        assertEquals(1, extract(Extractor.defaults(), SENTENCE).positions().size());
        Extractor tight = Extractor.builder().maxSentenceWords(3).build();
        assertTrue(extract(tight, SENTENCE).positions().isEmpty(), "four words are over a limit of three");
        Extractor exact = Extractor.builder().maxSentenceWords(4).build();
        assertEquals(1, extract(exact, SENTENCE).positions().size());
        String longer = "Poetin wijst vredesbesprekingen af en ".repeat(100) + "dat is alles.";
        Extractor loose = Extractor.builder().maxSentenceWords(1_000).build();
        assertFalse(extract(loose, longer).positions().isEmpty(), "a raised limit reads a 500-word sentence");
        assertTrue(extract(Extractor.defaults(), longer).positions().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxSentenceWords(0));
        assertEquals(PositionExtractor.MAX_SENTENCE_WORDS, PositionExtractor.defaults().maxSentenceWords());
    }

    @Test
    void aLexiconWithAnAffiliationCycleFailsNamingTheIds() throws IOException {
        // only persons and unnamed officials have an affiliation, and it must be a state, organisation or group,
        // which have none: so every cycle is refused at load, naming the actors
        ObjectNode persons = defaultLexiconJson();
        group(persons, "cyc-a", "cyc-b", "Cyclus Een").put("kind", "PERSON");
        group(persons, "cyc-b", "cyc-a", "Cyclus Twee").put("kind", "PERSON");
        DataFileException e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(persons, "cycle.json"));
        assertEquals("cycle.json", e.source());
        assertTrue(e.getMessage().contains("cyc-a") && e.getMessage().contains("cyc-b"), e.getMessage());
        ObjectNode self = defaultLexiconJson();
        group(self, "cyc-self", "cyc-self", "Zelfgroep");
        DataFileException s = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(self, "self.json"));
        assertEquals("self.json", s.source());
        assertTrue(s.getMessage().contains("cyc-self has no affiliation") || s.getMessage().contains("got cyc-self"), s.getMessage());
        ObjectNode selfPerson = defaultLexiconJson();
        group(selfPerson, "cyc-me", "cyc-me", "Zelfpersoon").put("kind", "PERSON");
        DataFileException m = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(selfPerson, "me.json"));
        assertTrue(m.getMessage().contains("cyc-me"), m.getMessage());
        ObjectNode member = defaultLexiconJson();
        group(member, "chain-b", null, "Ketengroep");
        group(member, "chain-a", "chain-b", "Ketenlid").put("kind", "PERSON");
        assertDoesNotThrow(() -> ActorLexicon.fromJson(member, "member.json"), "a person of a group loads");
    }

    @Test
    void aLexiconWithADuplicateIdFailsNamingSourceAndId() throws IOException {
        ObjectNode root = defaultLexiconJson();
        group(root, "dup-1", null, "Dubbelgroep");
        group(root, "dup-1", null, "Dubbelgroep Twee");
        DataFileException e = assertThrows(DataFileException.class, () -> ActorLexicon.fromJson(root, "dup.json"));
        assertEquals("dup.json", e.source());
        assertTrue(e.getMessage().contains("duplicate actor id \"dup-1\""), e.getMessage());
    }

    @Test
    void aLexiconWithAHugeAliasListLoadsAndIsUsed() throws IOException {
        ObjectNode root = defaultLexiconJson();
        String[] names = new String[100_000];
        for (int i = 0; i < names.length; i++) {
            names[i] = "Alias" + i + "groep";
        }
        group(root, "huge", null, names);
        ActorLexicon lexicon = assertDoesNotThrow(() -> ActorLexicon.fromJson(root, "huge.json"));
        assertEquals(100_000, lexicon.entry("huge").orElseThrow().names().size());
        Extractor x = Extractor.builder().lexicon(lexicon).build();
        Article a = extract(x, "Alias99999groep en Alias0groep spraken met Kiev.");
        assertTrue(a.actors().stream().anyMatch(act -> act.id().equals("huge")), a.actors().toString());
    }
}

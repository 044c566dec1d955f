package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's settings, the stages it runs, and the problems it records. */
class ExtractorTest {

    private static Article parse(String text) {
        return SourceParser.lenient().parseArticle(text, "t");
    }

    @Test
    void theBuilderUsesTheGivenLexiconsAndTagger(@TempDir Path dir) throws IOException {
        ActorLexicon mine = ActorLexicon.defaults().with(ActorLexicon.fromJson(new ObjectMapper().readTree(
                "{\"actors\": [{\"id\": \"piet-pietersen\", \"kind\": \"PERSON\", \"name\": \"Piet Pietersen\", \"names\": [\"Pietersen\"]}]}"),
                "mine.json"));
        Path timex = dir.resolve("timex.json");
        try (var in = TemporalTagger.class.getResourceAsStream("timex.json")) {
            Files.write(timex, in.readAllBytes());
        }
        TemporalTagger times = TemporalTagger.load(timex);
        PositionLexicon words = PositionLexicon.defaults();
        Extractor x = Extractor.builder().lexicon(mine).times(times).positions(words).build();
        assertSame(times, x.times());
        assertSame(mine, x.actors().lexicon());
        Article a = x.extract(parse(" date 2023-02-15 Kop\n\nPietersen sprak gisteren met Poetin."));
        assertEquals(List.of("piet-pietersen", "vladimir-putin"), a.actors().stream().map(Actor::id).toList());
        assertEquals(List.of("vladimir-putin"), Extractor.defaults().extract(a).actors().stream().map(Actor::id).toList(),
                "the default lexicon does not know him");
        assertSame(TemporalTagger.defaults(), Extractor.defaults().times());
        assertSame(ActorRecognizer.defaults(), Extractor.defaults().actors());
        assertSame(ActorRecognizer.defaults(), Extractor.builder().build().actors(), "the default lexicon needs no new recognizer");
        assertTrue(x.toString().startsWith("Extractor[ActorRecognizer[ActorLexicon["), x.toString());
    }

    @Test
    void aLoadedCopyOfThePositionFilesFindsWhatTheDefaultsFind(@TempDir Path dir) throws IOException {
        Path[] files = ExtractFixtures.shippedPositionFiles(dir);
        Extractor x = Extractor.builder().positions(PositionLexicon.load(files[0], files[1], files[2])).build();
        Article a = parse(" date 2023-02-15 Kop\n\nHet Kremlin wijst een staakt-het-vuren af.");
        assertEquals(1, x.extract(a).positions().size());
        assertEquals(Extractor.defaults().extract(a), x.extract(a));
    }

    @Test
    void aPositionLexiconWithoutCuesFindsNoPositions() throws IOException {
        ObjectMapper m = new ObjectMapper();
        PositionLexicon none = PositionLexicon.fromJson(m.readTree("{\"cues\": []}"), "stances.json",
                m.readTree("{\"issues\": [{\"issue\": \"CEASEFIRE\", \"terms\": [\"staakt-het-vuren\"]}]}"), "issues.json",
                m.readTree("{}"), "syntax.json");
        Article a = parse(" date 2023-02-15 Kop\n\nHet Kremlin wijst een staakt-het-vuren af.");
        assertEquals(1, Extractor.defaults().extract(a).positions().size());
        Article read = Extractor.builder().positions(none).build().extract(a);
        assertEquals(List.of(), read.positions());
        assertEquals(List.of("RUS"), read.actors().stream().map(Actor::id).toList(), "the other stages still run");
    }

    @Test
    void anArticleOfExactlyTheLimitIsRead() {
        Article a = parse("Zelensky is bereid te onderhandelen.");
        Extractor exact = Extractor.builder().maxArticleChars(a.length()).build();
        assertEquals(1, exact.extract(a).positions().size());
        assertEquals(a.length(), exact.maxArticleChars());
        Extractor under = Extractor.builder().maxArticleChars(a.length() - 1).build();
        Article skipped = under.extract(a);
        assertTrue(skipped.positions().isEmpty());
        assertEquals(1, skipped.problems().size());
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxArticleChars(-1));
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxSentenceWords(-1));
        assertEquals(1, Extractor.builder().maxSentenceWords(1).maxArticleChars(1).build().maxArticleChars());
    }

    @Test
    void tenOverLongSentencesAreListedWithoutACount() {
        String longSentence = "Moskou wil praten en ".repeat(10) + "verder niets.";
        Extractor x = Extractor.builder().maxSentenceWords(20).build();
        Article ten = x.extract(parse((longSentence + "\n").repeat(10)));
        assertEquals(10, ten.problems().size(), ten.problems().toString());
        assertTrue(ten.problems().stream().allMatch(p -> p.line() > 0 && p.message().contains("more than 20 words")));
        Article eleven = x.extract(parse((longSentence + "\n").repeat(11)));
        assertEquals(11, eleven.problems().size());
        Problem rest = eleven.problems().get(10);
        assertEquals(0, rest.line());
        assertTrue(rest.message().startsWith("1 more sentences have more than 20 words"), rest.message());
    }

    @Test
    void aProblemOfALaterArticleNamesTheOriginAndTheArticle() {
        String text = "Moskou wil praten en ".repeat(10) + "verder niets.";
        Part p = new Part(PartKind.PARAGRAPH, 0, text.length(), text, null);
        Extractor x = Extractor.builder().maxSentenceWords(20).build();
        Article second = Article.parsed("bundel#2", "bundel.txt", 500, PartialDate.ofDay(2023, 2, 15), List.of(p), List.of());
        assertEquals("bundel.txt#2", x.extract(second).problems().get(0).source());
        Article named = Article.parsed("verslag", "bundel.txt", 500, null, List.of(p), List.of());
        assertEquals("bundel.txt#verslag", x.extract(named).problems().get(0).source());
        Article hashed = Article.parsed("#3", "bundel.txt", 500, null, List.of(p), List.of());
        assertEquals("bundel.txt#3", x.extract(hashed).problems().get(0).source(), "an id that is only an ordinal");
        Article first = Article.parsed("bundel#1", "bundel.txt", 0, null, List.of(p), List.of());
        assertEquals("bundel.txt", x.extract(first).problems().get(0).source());
        assertNull(x.extract(second).dating(), "a dated article whose text names no date needs no dating");
    }
}

package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parts are cut into sentences, and where the sentences lie. */
class SentencesTest {

    @Test
    void theTitleAndParagraphsButNeverBoilerplate() {
        Article a = SourceParser.lenient().parseArticle(
                " date 2023-03-01 Kop\n\nEerste alinea. Nog een.\n\nLees ook: Poetin wil praten.\n\nLaatste alinea.", "t");
        List<Sentence> s = Sentences.defaults().split(a);
        assertEquals(List.of("Kop", "Eerste alinea.", "Nog een.", "Laatste alinea."), s.stream().map(Sentence::text).toList());
        assertEquals(List.of(true, false, false, false), s.stream().map(Sentence::title).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), a.source().substring(x.begin(), x.end()));
        }
    }

    @Test
    void aTextIsSplitWithItsOffsetsShifted() {
        assertEquals(List.of(new Sentence("Eerste zin.", 100, 111, false), new Sentence("Tweede zin.", 112, 123, false),
                new Sentence("Derde zin.", 124, 134, false)), Sentences.defaults().split("Eerste zin. Tweede zin. Derde zin.", 100));
        assertEquals(List.of(new Sentence("Zonder punt", 7, 18, false)), Sentences.defaults().split("  Zonder punt \n", 5));
        assertEquals(List.of(), Sentences.defaults().split(" \n\t ", 0));
    }
}

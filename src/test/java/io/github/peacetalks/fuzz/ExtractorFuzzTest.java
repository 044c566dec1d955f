package io.github.peacetalks.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Evidence;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.source.SourceParser;

/**
 * The whole extraction on articles parsed from arbitrary bytes: no exception; every position's evidence lies
 * inside its article's source and is exactly the text at those offsets.
 */
class ExtractorFuzzTest {

    private static final SourceParser PARSER = SourceParser.lenient();
    private static final Extractor EXTRACTOR = Extractor.defaults();

    @FuzzTest
    void extract(byte[] input) {
        for (Article parsed : PARSER.parse(input, "fuzz.txt")) {
            Article a = EXTRACTOR.extract(parsed);
            String source = a.source();
            for (Position p : a.positions()) {
                Evidence e = p.evidence();
                assertTrue(0 <= e.begin() && e.begin() <= e.end() && e.end() <= source.length(),
                        () -> "evidence " + e + " inside an article of " + source.length());
                assertEquals(source.substring(e.begin(), e.end()), e.sentence(), () -> "evidence " + e + " spans its sentence");
            }
        }
    }
}

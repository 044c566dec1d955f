package io.github.peacetalks.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;
import java.util.List;

/**
 * The lenient parser on arbitrary bytes: it never throws, the parts of every article are contiguous and cover
 * its source, the articles follow each other without gaps, and parsing the same bytes again gives the same result.
 */
class ParserFuzzTest {

    private static final SourceParser PARSER = SourceParser.lenient();

    @FuzzTest
    void parse(byte[] input) {
        List<Article> articles = PARSER.parse(input, "fuzz.txt");
        assertFalse(articles.isEmpty(), "at least one article");
        int origin = 0;
        for (Article a : articles) {
            assertEquals(origin, a.originOffset(), () -> a.id() + " starts where the previous article ends");
            int at = 0;
            StringBuilder source = new StringBuilder();
            for (Part p : a.parts()) {
                assertEquals(at, p.begin(), () -> a.id() + ": part " + p + " is contiguous");
                assertTrue(p.end() >= p.begin());
                assertEquals(p.end() - p.begin(), p.text().length());
                source.append(p.text());
                at = p.end();
            }
            assertEquals(at, a.length(), "parts cover the article");
            assertEquals(source.toString(), a.source());
            for (Problem pr : a.problems()) {
                assertTrue(pr.line() >= 0 && pr.column() >= 0, () -> "problem location " + pr);
            }
            origin += a.length();
        }
        assertEquals(articles, PARSER.parse(input.clone(), "fuzz.txt"), "re-parsing is deterministic");
    }
}

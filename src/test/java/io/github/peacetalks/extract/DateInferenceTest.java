package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Dating;
import io.github.peacetalks.source.SourceParser;
import org.junit.jupiter.api.Test;

/** What the text says about an article's date (docs/extraction.md, What the text says about the article's date). */
class DateInferenceTest {

    private static final DateInference D = new DateInference(TemporalTagger.defaults(), Sentences.defaults());

    private static Dating infer(String text) {
        return D.infer(SourceParser.lenient().parseArticle(text, "t"));
    }

    @Test
    void aCaptureDateLiesMoreThan366DaysAfterTheTextsLatestDate() {
        assertNull(infer(" date 2023-03-01 Kop\n\nDe gesprekken van 28 februari 2022 mislukten."), "366 days is not more than 366");
        Dating d = infer(" date 2023-03-02 Kop\n\nDe gesprekken van 28 februari 2022 mislukten.");
        assertTrue(d.captureDate());
        assertNull(d.earliest());
        assertNull(d.latest());
        assertEquals("the date 2023-03-02 lies 367 days after the latest date the text mentions (\"28 februari 2022\", 2022-02-28)",
                d.basis());
    }

    @Test
    void anUndatedTextWithoutAnAbsoluteDateSaysSo() {
        Dating d = infer("De gesprekken mislukten gisteren.");
        assertNull(d.earliest());
        assertNull(d.latest());
        assertEquals("the text mentions no absolute date", d.basis());
        assertEquals(false, d.captureDate());
        assertNull(infer(" date 2023-03-01 Kop\n\nDe gesprekken mislukten gisteren."), "a dated text without dates needs nothing");
    }
}

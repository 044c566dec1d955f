package io.github.peacetalks.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peacetalks.extract.TemporalTagger;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.TimeExpression;

/**
 * The temporal tagger (which normalises Dutch dates) on arbitrary text and reference dates: no exception; every
 * expression lies inside the text and spans its own text; every value is a valid date that survives a round
 * trip through its ISO form.
 */
class TemporalTaggerFuzzTest {

    private static final TemporalTagger TAGGER = TemporalTagger.defaults();

    @FuzzTest
    void tag(FuzzedDataProvider data) {
        PartialDate reference = FuzzDates.reference(data);
        String text = data.consumeRemainingAsString();
        int previousEnd = 0;
        for (TimeExpression t : TAGGER.tag(text, reference)) {
            assertTrue(0 <= t.begin() && t.begin() < t.end() && t.end() <= text.length(),
                    () -> "expression " + t + " inside a text of " + text.length());
            assertEquals(text.substring(t.begin(), t.end()), t.text(), () -> "expression " + t + " spans its text");
            assertTrue(t.begin() >= previousEnd, () -> "expression " + t + " does not overlap the one before");
            previousEnd = t.end();
            PartialDate v = t.value();
            if (v != null) {
                assertEquals(v, PartialDate.parse(v.toString()), () -> "value of " + t + " is a valid date");
                assertTrue(!v.end().isBefore(v.start()));
            }
        }
    }
}

package io.github.peacetalks.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peacetalks.extract.ActorRecognizer;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Mention;
import io.github.peacetalks.model.PartialDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The actor recogniser on arbitrary text and dates: no exception; every mention lies inside the text, is not
 * empty and spans exactly its own text; every actor is listed once.
 */
class ActorRecognizerFuzzTest {

    private static final ActorRecognizer RECOGNIZER = ActorRecognizer.defaults();

    @FuzzTest
    void recognize(FuzzedDataProvider data) {
        PartialDate date = FuzzDates.reference(data);
        String text = data.consumeRemainingAsString();
        ActorRecognizer.Recognition r = RECOGNIZER.recognize(text, date);
        for (Mention m : r.mentions()) {
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(),
                    () -> "mention " + m + " inside a text of " + text.length());
            assertEquals(text.substring(m.begin(), m.end()), m.text(), () -> "mention " + m + " spans its text");
        }
        Set<String> seen = new HashSet<>();
        for (Actor a : r.actors()) {
            assertTrue(seen.add(a.id()), () -> "actor " + a.id() + " listed once");
        }
    }
}

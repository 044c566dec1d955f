package io.github.peacetalks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NearestTest {

    @Test
    void distanceBasics() {
        assertEquals(0, Nearest.distance("", ""));
        assertEquals(0, Nearest.distance("RUS", "RUS"));
        assertEquals(3, Nearest.distance("abc", ""));
        assertEquals(3, Nearest.distance("", "abc"));
        assertEquals(1, Nearest.distance("RUS", "RUSS"));
        assertEquals(1, Nearest.distance("RUS", "RUB"));
        assertEquals(1, Nearest.distance("UKR", "UR"));
        assertEquals(3, Nearest.distance("kitten", "sitting"));
        assertEquals(2, Nearest.distance("flaw", "lawn"));
        assertEquals(9, Nearest.distance("putin", "vladimir-putin"));
        assertEquals(3, Nearest.distance("RUS", "rus")); // the distance itself counts case
    }

    @Test
    void nearestIgnoresCaseCountsContainmentAndLimits() {
        List<String> known = List.of("RUS", "UKR", "USA", "vladimir-putin", "volodymyr-zelensky", "NATO", "AUS", "BLR");
        assertEquals("RUS", Nearest.of("rus", known, 3).get(0));
        assertEquals(List.of("RUS", "AUS", "USA"), Nearest.of("RUSS", known, 3));
        assertEquals(List.of("RUS"), Nearest.of("RUSS", known, 1));
        assertEquals(List.of("vladimir-putin"), Nearest.of("putin", known, 3));
        assertEquals(List.of("volodymyr-zelensky"), Nearest.of("zelensky", known, 3));
        assertTrue(Nearest.of("xxxxxxxxxxxx", known, 3).isEmpty());
        assertTrue(Nearest.of("RUS", List.of(), 3).isEmpty());
    }

    @Property
    void distanceIsAMetricOnShortStrings(@ForAll @AlphaChars @StringLength(max = 8) String a,
                                         @ForAll @AlphaChars @StringLength(max = 8) String b,
                                         @ForAll @AlphaChars @StringLength(max = 8) String c) {
        assertEquals(Nearest.distance(a, b), Nearest.distance(b, a));
        assertEquals(a.equals(b), Nearest.distance(a, b) == 0);
        assertTrue(Nearest.distance(a, c) <= Nearest.distance(a, b) + Nearest.distance(b, c));
        assertTrue(Nearest.distance(a, b) >= Math.abs(a.length() - b.length()));
        assertTrue(Nearest.distance(a, b) <= Math.max(a.length(), b.length()));
        assertEquals(1, Nearest.distance(a, a + "x"));
    }
}

package io.github.peacetalks.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PartialDateProperties {

    @Property
    void printsAndParsesBackAtEveryPrecision(@ForAll @IntRange(min = 1, max = 9999) int year,
                                              @ForAll @IntRange(min = 1, max = 12) int month,
                                              @ForAll @IntRange(min = 1, max = 31) int dayWish) {
        int day = Math.min(dayWish, java.time.YearMonth.of(year, month).lengthOfMonth());
        for (PartialDate d : new PartialDate[] {PartialDate.ofYear(year), PartialDate.ofMonth(year, month),
                PartialDate.ofDay(year, month, day)}) {
            assertEquals(d, PartialDate.parse(d.toString()));
            assertFalse(d.end().isBefore(d.start()));
            assertTrue(d.contains(d));
        }
        assertEquals(LocalDate.of(year, month, day), PartialDate.ofDay(year, month, day).start());
    }
}

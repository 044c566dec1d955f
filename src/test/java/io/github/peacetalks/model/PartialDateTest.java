package io.github.peacetalks.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void monthIsNotItsFirstDay() {
        PartialDate month = PartialDate.parse("2023-02");
        PartialDate day = PartialDate.parse("2023-02-01");
        assertEquals(DatePrecision.MONTH, month.precision());
        assertEquals(DatePrecision.DAY, day.precision());
        assertFalse(month.equals(day));
        assertEquals("2023-02", month.toString());
        assertEquals("2023-02-01", day.toString());
    }

    @Test
    void spansCoverTheirWholePeriod() {
        PartialDate feb = PartialDate.ofMonth(2024, 2);
        assertEquals(LocalDate.of(2024, 2, 1), feb.start());
        assertEquals(LocalDate.of(2024, 2, 29), feb.end());
        assertEquals(LocalDate.of(2023, 12, 31), PartialDate.ofYear(2023).end());
        assertTrue(PartialDate.ofYear(2024).contains(feb));
        assertTrue(feb.contains(PartialDate.ofDay(2024, 2, 29)));
        assertFalse(feb.contains(PartialDate.ofYear(2024)));
    }

    @Test
    void leapDaysAreChecked() {
        PartialDate.ofDay(2024, 2, 29);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.ofDay(2023, 2, 29));
        assertTrue(e.getMessage().contains("1..28"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2023-00", "2023-02-30", "0000", "23-02", "2023/02", "", "2023-2-1x", "februari 2023"})
    void rejectsWhatIsNotAnIsoDate(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains(text), "the message names the text: " + e.getMessage());
    }

    @Test
    void precisionNoneIsNotAValue() {
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2023, 0, 0, DatePrecision.NONE));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2023, 5, 0, DatePrecision.YEAR));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2023, 5, 3, DatePrecision.MONTH));
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        PartialDate year = PartialDate.ofYear(2023);
        PartialDate jan = PartialDate.ofMonth(2023, 1);
        PartialDate first = PartialDate.ofDay(2023, 1, 1);
        PartialDate feb = PartialDate.ofMonth(2023, 2);
        assertTrue(year.compareTo(jan) < 0);
        assertTrue(jan.compareTo(first) < 0);
        assertTrue(first.compareTo(feb) < 0);
    }

    @Test
    void truncatesToCoarserPrecision() {
        PartialDate d = PartialDate.ofDay(2022, 2, 24);
        assertEquals(PartialDate.ofMonth(2022, 2), d.truncatedTo(DatePrecision.MONTH));
        assertEquals(PartialDate.ofYear(2022), d.truncatedTo(DatePrecision.YEAR));
        assertEquals(d, d.truncatedTo(DatePrecision.DAY));
    }
}

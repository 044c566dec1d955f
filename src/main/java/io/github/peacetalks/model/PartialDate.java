package io.github.peacetalks.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A calendar date known to a year, a month or a day: {@code 2023-02} is a month, not the first of February.
 *
 * <p>Fields below the precision are zero. Values print and parse as ISO-8601 at their own precision
 * ({@code 2022}, {@code 2022-02}, {@code 2022-02-24}).
 *
 * @param year the year, 1 to 9999
 * @param month the month 1 to 12, or 0 when the precision is {@link DatePrecision#YEAR}
 * @param day the day of the month, or 0 unless the precision is {@link DatePrecision#DAY}
 * @param precision how much is known; never {@link DatePrecision#NONE} (an unknown date is absent, not a value)
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::start)
            .thenComparing(PartialDate::precision);

    /** Checks that the fields form a real date at the given precision. */
    public PartialDate {
        if (precision == null) {
            throw new IllegalArgumentException("precision must not be null");
        }
        if (precision == DatePrecision.NONE) {
            throw new IllegalArgumentException("a PartialDate has a precision of YEAR, MONTH or DAY; an unknown date is null");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1..9999: " + year);
        }
        if (precision == DatePrecision.YEAR) {
            if (month != 0 || day != 0) {
                throw new IllegalArgumentException("a YEAR date has month and day 0: " + year + "-" + month + "-" + day);
            }
        } else {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 1..12: " + month);
            }
            if (precision == DatePrecision.MONTH && day != 0) {
                throw new IllegalArgumentException("a MONTH date has day 0: " + day);
            }
            if (precision == DatePrecision.DAY) {
                int length = YearMonth.of(year, month).lengthOfMonth();
                if (day < 1 || day > length) {
                    throw new IllegalArgumentException(
                            "day must be 1.." + length + " in " + YearMonth.of(year, month) + ": " + day);
                }
            }
        }
    }

    /** A date known only to its year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, DatePrecision.YEAR);
    }

    /** A date known to its month. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, DatePrecision.MONTH);
    }

    /** A date known to the day. */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, DatePrecision.DAY);
    }

    /** The day-precision date of a {@link LocalDate}. */
    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses ISO-8601 at any precision: {@code 2022}, {@code 2022-02} or {@code 2022-02-24}.
     *
     * @throws IllegalArgumentException when the text is not such a date, naming the text
     */
    public static PartialDate parse(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        try {
            if (n == 4 && digits(s, 0, 4)) {
                return ofYear(Integer.parseInt(s));
            }
            if (n == 7 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)) {
                return ofMonth(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10));
            }
            if (n == 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-' && digits(s, 8, 10)) {
                return ofDay(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: \"" + s + "\": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"" + s + "\"");
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first day this date covers. */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            default -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this date covers (inclusive). */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            default -> LocalDate.of(year, month, day);
        };
    }

    /** Whether every day of {@code other} lies within this date's span. */
    public boolean contains(PartialDate other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /** This date reduced to a coarser precision (or itself when it is already that coarse). */
    public PartialDate truncatedTo(DatePrecision coarser) {
        if (coarser == DatePrecision.NONE) {
            throw new IllegalArgumentException("cannot truncate to NONE");
        }
        if (coarser.compareTo(precision) >= 0) {
            return this;
        }
        return coarser == DatePrecision.YEAR ? ofYear(year) : ofMonth(year, month);
    }

    /** Orders by first day, then coarser before finer at the same first day. */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The ISO-8601 form at this date's precision. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            default -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}

package io.github.peacetalks.source;

import io.github.peacetalks.model.PartialDate;

/**
 * A date found in text: the stretch it covers and either its value or why a date-shaped text is not a
 * real date ({@code 2023-13}, {@code 31 februari 2024}).
 *
 * @param begin offset of the first character
 * @param end offset just past the last character
 * @param date the date, or null when the text only looks like one
 * @param error why the text is not a real date, or null when it is
 */
public record DateMatch(int begin, int end, PartialDate date, String error) {

    /** Checks that exactly one of date and error is present. */
    public DateMatch {
        if ((date == null) == (error == null)) {
            throw new IllegalArgumentException("a date match has either a date or an error");
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
        }
    }

    /** Whether the text is a real date. */
    public boolean valid() {
        return date != null;
    }
}

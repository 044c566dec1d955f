package io.github.peacetalks.model;

import java.util.Objects;

/**
 * A temporal expression found in text ("vrijdag", "24 februari 2022", "vorig jaar") and the date it names.
 *
 * @param text the words, verbatim
 * @param begin offset of the first character in the source
 * @param end offset just past the last character (exclusive)
 * @param value the date at the precision the expression and the reference allow, or null when it is relative
 *     and there is no reference date
 * @param relative whether the value was worked out from the reference date (the article's date)
 */
public record TimeExpression(String text, int begin, int end, PartialDate value, boolean relative) {

    /** Checks the offsets against the text. */
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end - begin != text.length()) {
            throw new IllegalArgumentException("time expression offsets " + begin + ".." + end + " do not span \"" + text + "\"");
        }
    }

    /** The value's precision, {@link DatePrecision#NONE} when there is no value. */
    public DatePrecision precision() {
        return value == null ? DatePrecision.NONE : value.precision();
    }

    @Override
    public String toString() {
        return "\"" + text + "\" [" + begin + ".." + end + "] = " + (value == null ? "?" : value) + (relative ? " (relative)" : "");
    }
}

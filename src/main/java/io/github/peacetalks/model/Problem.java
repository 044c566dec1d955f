package io.github.peacetalks.model;

import java.util.Objects;

/**
 * Something wrong with the input, located: the source, its 1-based line and column, and what is wrong.
 * In lenient mode problems are recorded on the article; in strict mode they are thrown.
 *
 * @param source the file or stream name
 * @param line 1-based line in the source, or 0 when the problem concerns the whole source
 * @param column 1-based column (in characters) on that line, or 0 when not known
 * @param message what is wrong, in one sentence
 */
public record Problem(String source, int line, int column, String message) {

    /** Checks that the location is not negative and the message present. */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** The compiler-style form {@code source:line:column: message}. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}

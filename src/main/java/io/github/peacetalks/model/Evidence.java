package io.github.peacetalks.model;

import java.util.Objects;

/**
 * The sentence a position was read from, verbatim, and where it stands in the source.
 *
 * @param sentence the sentence exactly as it stands in the source
 * @param begin offset of its first character in the source (UTF-16 code units)
 * @param end offset just past its last character (exclusive)
 */
public record Evidence(String sentence, int begin, int end) {

    /** Checks that the offsets are ordered and span exactly the sentence. */
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("evidence offsets must satisfy 0 <= begin <= end: " + begin + ".." + end);
        }
        if (end - begin != sentence.length()) {
            throw new IllegalArgumentException("evidence offsets " + begin + ".." + end + " span " + (end - begin)
                    + " characters but the sentence has " + sentence.length());
        }
    }

    @Override
    public String toString() {
        return "[" + begin + ".." + end + "] \"" + sentence + "\"";
    }
}

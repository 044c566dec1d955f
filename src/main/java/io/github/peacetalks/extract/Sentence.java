package io.github.peacetalks.extract;

import java.util.Objects;

/**
 * One sentence of an article's title or body, with its offsets in the article's source.
 *
 * @param text the sentence, verbatim
 * @param begin offset of its first character
 * @param end offset just past its last character
 * @param title whether it belongs to the title
 */
public record Sentence(String text, int begin, int end, boolean title) {

    /** Checks the offsets against the text. */
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end - begin != text.length()) {
            throw new IllegalArgumentException("sentence offsets " + begin + ".." + end + " do not span its text");
        }
    }
}

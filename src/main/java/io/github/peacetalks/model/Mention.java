package io.github.peacetalks.model;

import java.util.Objects;

/**
 * One place where an article names an actor.
 *
 * @param actor the actor named
 * @param text the words that name it, verbatim
 * @param begin offset of the first character in the article's source
 * @param end offset just past the last character (exclusive)
 * @param kind how the words name the actor
 * @param locative whether the words only name a place ("in Moskou", "de akkoorden van Minsk") rather than a party
 */
public record Mention(Actor actor, String text, int begin, int end, MentionKind kind, boolean locative) {

    /** Checks the offsets against the text. */
    public Mention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (begin < 0 || end - begin != text.length()) {
            throw new IllegalArgumentException("mention offsets " + begin + ".." + end + " do not span \"" + text + "\"");
        }
    }

    @Override
    public String toString() {
        return "\"" + text + "\" [" + begin + ".." + end + "] -> " + actor.id() + " (" + kind + (locative ? ", place" : "") + ")";
    }
}

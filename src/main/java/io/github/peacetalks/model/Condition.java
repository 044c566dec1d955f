package io.github.peacetalks.model;

import java.util.Objects;

/**
 * Something a holder requires before, or in exchange for, its position.
 *
 * @param issue what is required
 * @param requiredOf the actor that must fulfil it, or null when the text does not say
 * @param text the clause that states it, verbatim
 */
public record Condition(Issue issue, Actor requiredOf, String text) {

    /** Checks that the issue and text are present. */
    public Condition {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("condition text must not be blank");
        }
    }

    @Override
    public String toString() {
        return issue + (requiredOf == null ? "" : " of " + requiredOf.id()) + ": \"" + text + "\"";
    }
}

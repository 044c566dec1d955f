package io.github.peacetalks.query;

import io.github.peacetalks.model.Condition;

import java.util.Objects;

/**
 * One condition and the position that sets it.
 *
 * @param statement the position the condition belongs to, with its article
 * @param condition the condition
 */
public record ConditionEntry(Statement statement, Condition condition) {

    /** Checks that both parts are present. */
    public ConditionEntry {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String toString() {
        var p = statement.position();
        return p.holder().id() + " " + p.stance() + " " + p.issue() + " if " + condition
                + " (" + (p.date() == null ? "undated" : p.date()) + ", " + statement.article() + ")";
    }
}

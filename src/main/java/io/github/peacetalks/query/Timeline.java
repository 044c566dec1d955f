package io.github.peacetalks.query;

import io.github.peacetalks.internal.TextTable;
import io.github.peacetalks.model.Condition;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Positions in date order with their evidence: how a holder's stance on an issue developed.
 *
 * @param title what the timeline shows (the filters that chose its positions)
 * @param entries the positions, in {@link Statement#CHRONOLOGICAL} order
 */
public record Timeline(String title, List<Statement> entries) {

    /** Checks the parts and freezes the entries. */
    public Timeline {
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /** Whether the timeline has no positions. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The title, then one aligned row per position: date, holder, stance, issue, conditions and evidence. */
    @Override
    public String toString() {
        TextTable t = new TextTable("date", "holder", "stance", "issue", "conditions", "evidence");
        for (Statement s : entries) {
            var p = s.position();
            t.row(s.date() == null ? "undated" : s.date().toString(), p.holder().id(), p.stance().name(), p.issue().name(),
                    p.conditions().isEmpty() ? "-" : p.conditions().stream().map(Timeline::condition).collect(Collectors.joining("; ")),
                    p.evidence().sentence());
        }
        return title + " (" + entries.size() + (entries.size() == 1 ? " position" : " positions") + ")\n" + t;
    }

    private static String condition(Condition c) {
        return c.issue() + (c.requiredOf() == null ? "" : " of " + c.requiredOf().id());
    }
}

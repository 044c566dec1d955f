package io.github.peacetalks.query;

import io.github.peacetalks.internal.TextTable;
import io.github.peacetalks.model.Issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The conditions of a set of positions that pass a set of filters. Immutable like {@link PositionQuery}: each
 * filter returns a new query; results follow the positions' chronological order.
 */
public final class ConditionQuery {

    private final PositionQuery positions;
    private final Predicate<ConditionEntry> filter;
    private final List<String> terms;

    ConditionQuery(PositionQuery positions, Predicate<ConditionEntry> filter, List<String> terms) {
        this.positions = positions;
        this.filter = filter;
        this.terms = List.copyOf(terms);
    }

    private ConditionQuery and(String term, Predicate<ConditionEntry> more) {
        List<String> t = new ArrayList<>(terms);
        t.add(term);
        return new ConditionQuery(positions, filter.and(more), t);
    }

    /** Conditions set by the actor {@code id} or by anyone who speaks for it. */
    public ConditionQuery setBy(String id) {
        return new ConditionQuery(positions.holder(id), filter, terms);
    }

    /** Conditions required of the actor {@code id} or of anyone who speaks for it. */
    public ConditionQuery requiredOf(String id) {
        positions.corpus().requireKnown(id);
        return and("required of " + id, e -> Parties.rollsUpTo(e.condition().requiredOf(), id));
    }

    /** Conditions set on positions about one of the given issues ("the conditions for a ceasefire"). */
    public ConditionQuery forIssue(Issue... issues) {
        return new ConditionQuery(positions.issue(issues), filter, terms);
    }

    /** Conditions that are themselves about the given issue ("demands a withdrawal first"). */
    public ConditionQuery requiring(Issue issue) {
        Objects.requireNonNull(issue, "issue");
        return and("requiring " + issue, e -> e.condition().issue() == issue);
    }

    /** The conditions, in the order of their positions. */
    public Stream<ConditionEntry> stream() {
        return positions.stream()
                .flatMap(s -> s.position().conditions().stream().map(c -> new ConditionEntry(s, c)))
                .filter(filter);
    }

    /** The conditions as an unmodifiable list. */
    public List<ConditionEntry> list() {
        return stream().toList();
    }

    /** How many conditions pass. */
    public long count() {
        return stream().count();
    }

    /** The conditions by the party that sets them (persons and officials under their state or organisation). */
    public Map<String, List<ConditionEntry>> groupBySetter() {
        Map<String, List<ConditionEntry>> m = new LinkedHashMap<>();
        stream().forEach(e -> m.computeIfAbsent(e.statement().party(), k -> new ArrayList<>()).add(e));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /** The conditions as an aligned text table: date, setter, stance and issue, condition, required of. */
    public String toTable() {
        TextTable t = new TextTable("date", "holder", "position", "condition", "required of", "article");
        for (ConditionEntry e : list()) {
            var p = e.statement().position();
            t.row(p.date() == null ? "undated" : p.date().toString(), p.holder().id(), p.stance() + " " + p.issue(),
                    e.condition().issue() + ": " + e.condition().text(),
                    e.condition().requiredOf() == null ? "-" : e.condition().requiredOf().id(), e.statement().article());
        }
        return t.toString();
    }

    @Override
    public String toString() {
        return "ConditionQuery[" + positions + (terms.isEmpty() ? "" : "; " + String.join(", ", terms)) + "]";
    }
}

package io.github.peacetalks.query;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Polarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change of polarity: a party was for an issue and then against it, or the reverse, in two consecutive dated
 * positions. Persons and unnamed officials count for the party they speak for, so the Kremlin open to talks and
 * Putin later rejecting them is a shift of {@code RUS}.
 *
 * <p>Positions are compared in date order. Two positions whose dates are equal (same day, or same month at month
 * precision) are not ordered in time, so a difference between them is no shift; the later one in
 * {@link Statement#CHRONOLOGICAL} order becomes the reference for the next date. A date that contains another
 * ({@code 2023} and {@code 2023-05}) is treated as earlier, as it sorts first. Undated positions are ignored.
 *
 * @param party the party whose polarity changed
 * @param issue the issue it changed on
 * @param before the last position with the old polarity
 * @param after the first position with the new polarity
 */
public record Shift(String party, Issue issue, Statement before, Statement after) {

    /** Checks that the two positions are present, dated and of opposite polarity. */
    public Shift {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.position().polarity() == after.position().polarity()) {
            throw new IllegalArgumentException("a shift needs two polarities, got " + before.position().polarity() + " twice");
        }
    }

    /** The polarity before the change. */
    public Polarity from() {
        return before.position().polarity();
    }

    /** The polarity after the change. */
    public Polarity to() {
        return after.position().polarity();
    }

    static List<Shift> find(List<Statement> chronological) {
        Map<String, List<Statement>> groups = new LinkedHashMap<>();
        for (Statement s : chronological) {
            if (s.date() != null) {
                groups.computeIfAbsent(s.party() + " " + s.position().issue(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Shift> shifts = new ArrayList<>();
        for (List<Statement> g : groups.values()) {
            Statement ref = null;
            for (Statement s : g) {
                if (ref != null && s.date().compareTo(ref.date()) > 0 && !s.date().equals(ref.date())
                        && s.position().polarity() != ref.position().polarity()) {
                    shifts.add(new Shift(s.party(), s.position().issue(), ref, s));
                }
                ref = s;
            }
        }
        shifts.sort(java.util.Comparator.comparing(Shift::after, Statement.CHRONOLOGICAL));
        return List.copyOf(shifts);
    }

    @Override
    public String toString() {
        return party + " " + issue + ": " + from() + " -> " + to()
                + "\n  " + before.date() + " " + before.holder().id() + " " + before.position().stance() + " (" + before.article() + "): \""
                + before.position().evidence().sentence() + "\""
                + "\n  " + after.date() + " " + after.holder().id() + " " + after.position().stance() + " (" + after.article() + "): \""
                + after.position().evidence().sentence() + "\"";
    }
}

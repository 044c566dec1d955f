package io.github.peacetalks.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor's stance on one issue, as one article reports it.
 *
 * @param holder who holds the position
 * @param stance how the holder relates to the issue
 * @param issue what the position is about
 * @param counterpart the actor the position is directed at, or null
 * @param conditions what the holder requires for it (never null, may be empty)
 * @param attribution how the article knows it
 * @param hedged whether the article distances itself ("naar verluidt", "zou")
 * @param date when it was stated, or null when neither the text nor the article gives a date
 * @param evidence the sentence it was read from, with offsets
 */
public record Position(Actor holder, Stance stance, Issue issue, Actor counterpart, List<Condition> conditions,
                       Attribution attribution, boolean hedged, PartialDate date, Evidence evidence) {

    /** Checks required fields and freezes the conditions. */
    public Position {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(evidence, "evidence");
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
    }

    /** Whether the stance is for or against the issue. */
    public Polarity polarity() {
        return stance.polarity();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(holder.id()).append(' ').append(stance).append(' ').append(issue);
        if (counterpart != null) {
            b.append(" with ").append(counterpart.id());
        }
        b.append(" (").append(date == null ? "undated" : date).append(", ").append(attribution);
        if (hedged) {
            b.append(", hedged");
        }
        b.append(')');
        for (Condition c : conditions) {
            b.append("\n  if ").append(c);
        }
        b.append("\n  \"").append(evidence.sentence()).append('"');
        return b.toString();
    }
}

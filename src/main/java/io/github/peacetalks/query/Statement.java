package io.github.peacetalks.query;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;

import java.util.Comparator;
import java.util.Objects;

/**
 * One position as a corpus knows it: the position and the article it was read from.
 *
 * @param article the id of the article
 * @param position the position
 */
public record Statement(String article, Position position) {

    /** Date order (undated last), then article id, then place in the article: the order every query returns. */
    public static final Comparator<Statement> CHRONOLOGICAL = Comparator
            .comparing(Statement::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Statement::article)
            .thenComparingInt(s -> s.position().evidence().begin());

    /** Checks that both parts are present. */
    public Statement {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(position, "position");
    }

    /** The date the position was stated, or null when neither the sentence nor the article dates it. */
    public PartialDate date() {
        return position.date();
    }

    /** The actor that holds the position. */
    public Actor holder() {
        return position.holder();
    }

    /** The party the holder speaks for: its affiliation for persons and unnamed officials, else itself. */
    public String party() {
        return Parties.party(position.holder());
    }

    @Override
    public String toString() {
        return article + ": " + position;
    }
}

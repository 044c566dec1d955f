package io.github.peacetalks.query;

import io.github.peacetalks.model.Actor;

import java.util.Objects;

/**
 * An actor of a corpus and how much the corpus says of it.
 *
 * @param actor the actor
 * @param articles how many articles name it
 * @param positions how many positions it holds
 */
public record ActorUse(Actor actor, int articles, int positions) {

    /** Checks the actor and the counts. */
    public ActorUse {
        Objects.requireNonNull(actor, "actor");
        if (articles < 0 || positions < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + articles + ", " + positions);
        }
    }

    @Override
    public String toString() {
        return actor.id() + " (" + actor.kind() + ", " + actor.name() + "): " + articles + " articles, " + positions + " positions";
    }
}

package io.github.peacetalks.query;

import java.util.List;

/** Thrown when a query names an actor id that neither the corpus nor the actor lexicon knows. */
public final class UnknownActorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final List<String> nearest;

    /** An error for {@code id}, suggesting the known ids closest to it. */
    public UnknownActorException(String id, List<String> nearest) {
        super("unknown actor id \"" + id + "\"" + (nearest.isEmpty() ? "" : "; nearest known: " + String.join(", ", nearest)));
        this.id = id;
        this.nearest = List.copyOf(nearest);
    }

    /** The id that was not found. */
    public String id() {
        return id;
    }

    /** The known ids closest to it, best first. */
    public List<String> nearest() {
        return nearest;
    }
}

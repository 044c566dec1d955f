package io.github.peacetalks.query;

import io.github.peacetalks.model.Actor;

/** How actors roll up to the states and organisations they speak for. */
final class Parties {

    private Parties() {
    }

    /** The party an actor speaks for: the affiliation of a person or unnamed official, else the actor itself. */
    static String party(Actor a) {
        return a.affiliation() != null ? a.affiliation() : a.id();
    }

    /** Whether {@code a} is the actor {@code id} or speaks for it. */
    static boolean rollsUpTo(Actor a, String id) {
        return a != null && (a.id().equals(id) || id.equals(a.affiliation()));
    }
}

package io.github.peacetalks.model;

/** How a holder relates to an issue: a closed set, each with its polarity. */
public enum Stance {
    /** Is open to, willing, in favour ("staat open voor", "is bereid", "steunt"). */
    SUPPORTS(Polarity.FOR),
    /** Rejects, refuses, rules out ("wijst af", "weigert", "sluit uit"). */
    OPPOSES(Polarity.AGAINST),
    /** Requires ("eist", "stelt als voorwaarde"). */
    DEMANDS(Polarity.FOR),
    /** Puts forward a plan or offer ("stelt voor", "biedt aan"). */
    PROPOSES(Polarity.FOR),
    /** Calls on others ("roept op", "dringt aan"). */
    URGES(Polarity.FOR);

    private final Polarity polarity;

    Stance(Polarity polarity) {
        this.polarity = polarity;
    }

    /** Whether this stance is for or against its issue. */
    public Polarity polarity() {
        return polarity;
    }

    /** The stance a negation turns this one into: OPPOSES becomes SUPPORTS, every other becomes OPPOSES. */
    public Stance negated() {
        return this == OPPOSES ? SUPPORTS : OPPOSES;
    }
}

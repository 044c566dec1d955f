package io.github.peacetalks.model;

/** Whether a stance is for or against its issue. */
public enum Polarity {
    /** The holder wants the issue to happen. */
    FOR,
    /** The holder does not want it. */
    AGAINST
}

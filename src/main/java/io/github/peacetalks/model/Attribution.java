package io.github.peacetalks.model;

/** How the article knows of a position. */
public enum Attribution {
    /** The holder's own words, in quotation marks. */
    DIRECT_QUOTE,
    /** Reported by the article in its own words. */
    REPORTED,
    /** Known through a source the article does not name. */
    UNNAMED_SOURCE
}

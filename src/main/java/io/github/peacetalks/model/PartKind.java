package io.github.peacetalks.model;

/** The role a stretch of source text plays in an article. */
public enum PartKind {
    /** The date marker: {@code date 2023-02} or a date line such as {@code november 23, 2024}. */
    DATE,
    /** The headline. */
    TITLE,
    /** A paragraph of the body. */
    PARAGRAPH,
    /** Page chrome or other boilerplate, removed from the body by a named rule. */
    BOILERPLATE,
    /** White space and line breaks between the other parts. */
    SPACE
}

package io.github.peacetalks.model;

/** What sort of party an {@link Actor} is. */
public enum ActorKind {
    /** A sovereign state, id in ISO 3166-1 alpha-3 ({@code RUS}). */
    STATE,
    /** A named person, id a hyphenated transliteration ({@code vladimir-putin}). */
    PERSON,
    /** An international organisation, id its English acronym ({@code NATO}). */
    ORGANIZATION,
    /** Several states spoken of as one ({@code europe}, {@code west}). */
    GROUP,
    /** An official the article does not name, id {@code unnamed-} plus the affiliation. */
    UNNAMED
}

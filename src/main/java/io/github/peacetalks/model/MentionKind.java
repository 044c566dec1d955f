package io.github.peacetalks.model;

/** How a mention named its actor. */
public enum MentionKind {
    /** A proper name or spelling variant ("Poetin", "Oekraïne", "NAVO"). */
    NAME,
    /** A capital or seat of government standing for a state ("Moskou", "het Kremlin"). */
    METONYM,
    /** A demonym adjective on a political head ("de Russische regering"). */
    DEMONYM,
    /** A role resolved through the article's date ("de Russische president", "Kremlinwoordvoerder"). */
    ROLE,
    /** An official the text does not name ("een hoge Franse ambtenaar"). */
    UNNAMED
}

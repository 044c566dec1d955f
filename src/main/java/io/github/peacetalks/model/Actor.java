package io.github.peacetalks.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A party that holds positions or is named in an article: a state, person, organisation, group of
 * states or unnamed official.
 *
 * @param id the stable id in the ontology's form ({@code RUS}, {@code NATO}, {@code europe},
 *     {@code vladimir-putin}, {@code unnamed-FRA})
 * @param kind what sort of party this is
 * @param name the display name in English
 * @param affiliation for persons and unnamed officials, the id of the state or organisation they
 *     speak for (may be null for a person who speaks for no one); null for every other kind
 */
public record Actor(String id, ActorKind kind, String name, String affiliation) {

    private static final Pattern STATE_ID = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORGANIZATION_ID = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern LOWER_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern UNNAMED_ID = Pattern.compile("unnamed-([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)");

    /** Checks the id against the form its kind requires, and the affiliation against the kind. */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor " + id + ": name must not be blank");
        }
        Pattern form = switch (kind) {
            case STATE -> STATE_ID;
            case ORGANIZATION -> ORGANIZATION_ID;
            case GROUP, PERSON -> LOWER_ID;
            case UNNAMED -> UNNAMED_ID;
        };
        if (!form.matcher(id).matches()) {
            throw new IllegalArgumentException("actor id \"" + id + "\" is not of the form " + form + " required for " + kind);
        }
        switch (kind) {
            case STATE, ORGANIZATION, GROUP -> {
                if (affiliation != null) {
                    throw new IllegalArgumentException("actor " + id + ": a " + kind + " has no affiliation, got " + affiliation);
                }
            }
            case UNNAMED -> {
                String expected = id.substring("unnamed-".length());
                if (!expected.equals(affiliation)) {
                    throw new IllegalArgumentException(
                            "actor " + id + ": an unnamed official's affiliation must be " + expected + ", got " + affiliation);
                }
            }
            case PERSON -> {
                if (affiliation != null && affiliation.isBlank()) {
                    throw new IllegalArgumentException("actor " + id + ": affiliation must be null or an id, not blank");
                }
            }
        }
    }

    /** A state. */
    public static Actor state(String id, String name) {
        return new Actor(id, ActorKind.STATE, name, null);
    }

    /** A named person speaking for {@code affiliation}. */
    public static Actor person(String id, String name, String affiliation) {
        return new Actor(id, ActorKind.PERSON, name, affiliation);
    }

    /** An international organisation. */
    public static Actor organization(String id, String name) {
        return new Actor(id, ActorKind.ORGANIZATION, name, null);
    }

    /** A group of states spoken of as one. */
    public static Actor group(String id, String name) {
        return new Actor(id, ActorKind.GROUP, name, null);
    }

    /** An unnamed official of {@code affiliation}, id {@code unnamed-<affiliation>}. */
    public static Actor unnamed(String affiliation, String affiliationName) {
        return new Actor("unnamed-" + affiliation, ActorKind.UNNAMED, "unnamed official of " + affiliationName, affiliation);
    }

    /** The state or organisation this actor stands for: its affiliation where it has one, else its own id. */
    public String party() {
        return affiliation != null ? affiliation : id;
    }

    @Override
    public String toString() {
        return id + " (" + kind + ", " + name + (affiliation == null ? "" : ", for " + affiliation) + ")";
    }
}

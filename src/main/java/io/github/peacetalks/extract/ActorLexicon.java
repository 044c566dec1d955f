package io.github.peacetalks.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.PartialDate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actors the library knows and every way Dutch news names them: names and spelling variants, metonyms,
 * demonyms, roles with their holders over time, compound role nouns, and the words around them (political
 * heads, nouns for unnamed officials, media outlets that are never actors). Loaded from {@code actors.json};
 * users add or replace entries with {@link #with(ActorLexicon)}. Immutable and thread-safe.
 */
public final class ActorLexicon {

    /**
     * An office a person held: a role of a state or organisation between two days.
     *
     * @param role the role id ({@code president}, {@code foreign-minister}, ...)
     * @param of the id of the state or organisation
     * @param from the first day (inclusive)
     * @param to the last day (inclusive), or null while still held
     */
    public record Office(String role, String of, LocalDate from, LocalDate to) {

        /** Checks that the office has a role, an owner and ordered days. */
        public Office {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("office " + role + " of " + of + " ends before it starts: " + from + ".." + to);
            }
        }

        /** Whether the office was held on {@code day}. */
        public boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * One actor and its surface forms.
     *
     * @param actor the actor
     * @param names proper names and spelling variants, as written in news
     * @param metonyms places that stand for it (capitals, seats of government)
     * @param demonyms adjectives that name it when they qualify a political head
     * @param ambiguous forms that also have another meaning: they count only where the actor is named otherwise too
     * @param offices the offices a person held
     */
    public record Entry(Actor actor, List<String> names, List<String> metonyms, List<String> demonyms, Set<String> ambiguous,
                        List<Office> offices) {

        /** Freezes the lists. */
        public Entry {
            Objects.requireNonNull(actor, "actor");
            names = List.copyOf(names);
            metonyms = List.copyOf(metonyms);
            demonyms = List.copyOf(demonyms);
            ambiguous = Set.copyOf(ambiguous);
            offices = List.copyOf(offices);
        }
    }

    /**
     * A compound noun that names a role of a given state or organisation ({@code Kremlinwoordvoerder}).
     *
     * @param form the compound as written
     * @param role the role id
     * @param of the id of the state or organisation
     */
    public record Compound(String form, String role, String of) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, List<String>> roles;
    private final List<Compound> compounds;
    private final Set<String> heads;
    private final Set<String> unnamed;
    private final Set<String> nonActors;
    private final Set<String> locatives;
    private final Set<String> agreementNouns;
    private final Set<String> indefinites;
    private final Set<String> modifiers;
    private final Set<String> former;
    private final Set<String> demonymWords;
    private final Map<String, List<Entry>> holders;

    private ActorLexicon(Map<String, Entry> entries, Map<String, List<String>> roles, List<Compound> compounds,
                         Map<String, Set<String>> words, String source) {
        this.entries = Map.copyOf(entries);
        this.roles = Map.copyOf(roles);
        this.compounds = List.copyOf(compounds);
        this.heads = lower(words.get("heads"));
        this.unnamed = lower(words.get("unnamed"));
        this.nonActors = Set.copyOf(words.get("nonActors"));
        this.locatives = lower(words.get("locatives"));
        this.agreementNouns = lower(words.get("agreementNouns"));
        this.indefinites = lower(words.get("indefinites"));
        this.modifiers = lower(words.get("modifiers"));
        this.former = lower(words.get("former"));
        Set<String> dem = new LinkedHashSet<>();
        for (Entry e : entries.values()) {
            for (String d : e.demonyms()) {
                dem.add(d.toLowerCase(Locale.ROOT));
            }
        }
        this.demonymWords = Set.copyOf(dem);
        validate(source);
        Map<String, List<Entry>> byOffice = new HashMap<>();
        for (Entry e : entries.values()) {
            for (Office o : e.offices()) {
                byOffice.computeIfAbsent(o.role() + "@" + o.of(), k -> new ArrayList<>()).add(e);
            }
        }
        byOffice.replaceAll((k, v) -> List.copyOf(v));
        this.holders = Map.copyOf(byOffice);
    }

    private static Set<String> lower(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private void validate(String source) {
        for (Entry e : entries.values()) {
            String aff = e.actor().affiliation();
            if (aff != null) {
                Entry target = entries.get(aff);
                if (target == null) {
                    throw new DataFileException(source, "$.actors[id=" + e.actor().id() + "].affiliation",
                            "\"" + aff + "\" is not an actor in the lexicon");
                }
                ActorKind k = target.actor().kind();
                if (k == ActorKind.PERSON || k == ActorKind.UNNAMED) {
                    throw new DataFileException(source, "$.actors[id=" + e.actor().id() + "].affiliation",
                            "must be a state, organisation or group, not the " + k + " " + aff);
                }
            }
            for (Office o : e.offices()) {
                if (!roles.containsKey(o.role())) {
                    throw new DataFileException(source, "$.actors[id=" + e.actor().id() + "].offices",
                            "unknown role \"" + o.role() + "\"; known: " + roles.keySet());
                }
                if (!entries.containsKey(o.of())) {
                    throw new DataFileException(source, "$.actors[id=" + e.actor().id() + "].offices",
                            "\"" + o.of() + "\" is not an actor in the lexicon");
                }
            }
        }
        for (Compound c : compounds) {
            if (!roles.containsKey(c.role()) || !entries.containsKey(c.of())) {
                throw new DataFileException(source, "$.compounds[form=" + c.form() + "]",
                        "role \"" + c.role() + "\" or owner \"" + c.of() + "\" is unknown");
            }
        }
        Map<String, String> owner = new HashMap<>();
        for (Entry e : entries.values()) {
            for (String f : surfaceForms(e)) {
                String other = owner.putIfAbsent(f, e.actor().id());
                if (other != null && !other.equals(e.actor().id()) && !e.ambiguous().contains(f)
                        && !entries.get(other).ambiguous().contains(f)) {
                    throw new DataFileException(source, "$.actors[id=" + e.actor().id() + "]",
                            "the form \"" + f + "\" also names " + other + "; mark it ambiguous in one of them");
                }
            }
        }
    }

    private static List<String> surfaceForms(Entry e) {
        List<String> all = new ArrayList<>(e.names());
        all.addAll(e.metonyms());
        all.addAll(e.demonyms());
        return all;
    }

    /** The library's own lexicon. */
    public static ActorLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final ActorLexicon DEFAULTS = fromJson(DataFiles.resource(ActorLexicon.class, "actors.json"),
                "io/github/peacetalks/extract/actors.json");
    }

    /** A lexicon read from a file in the shape of {@code actors.json}. */
    public static ActorLexicon load(Path file) throws IOException {
        return fromJson(DataFiles.file(file), file.toString());
    }

    /** A lexicon from a parsed JSON tree; a malformed tree fails naming the source and the JSON path. */
    public static ActorLexicon fromJson(JsonNode root, String source) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonNode actors = DataFiles.array(root, "actors", source, "$");
        for (int i = 0; i < actors.size(); i++) {
            String path = "$.actors[" + i + "]";
            Entry e = entry(actors.get(i), source, path);
            if (entries.put(e.actor().id(), e) != null) {
                throw new DataFileException(source, path + ".id", "duplicate actor id \"" + e.actor().id() + "\"");
            }
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        JsonNode rs = DataFiles.array(root, "roles", source, "$");
        for (int i = 0; i < rs.size(); i++) {
            String path = "$.roles[" + i + "]";
            String role = DataFiles.text(rs.get(i), "role", source, path);
            if (roles.put(role, DataFiles.strings(rs.get(i), "forms", source, path)) != null) {
                throw new DataFileException(source, path + ".role", "duplicate role \"" + role + "\"");
            }
        }
        List<Compound> compounds = new ArrayList<>();
        JsonNode cs = DataFiles.array(root, "compounds", source, "$");
        for (int i = 0; i < cs.size(); i++) {
            String path = "$.compounds[" + i + "]";
            JsonNode c = cs.get(i);
            compounds.add(new Compound(DataFiles.text(c, "form", source, path), DataFiles.text(c, "role", source, path),
                    DataFiles.text(c, "of", source, path)));
        }
        Map<String, Set<String>> words = new HashMap<>();
        for (String list : List.of("heads", "unnamed", "nonActors", "locatives", "agreementNouns", "indefinites", "modifiers",
                "former")) {
            words.put(list, new LinkedHashSet<>(DataFiles.strings(root, list, source, "$")));
        }
        return new ActorLexicon(entries, roles, compounds, words, source);
    }

    private static Entry entry(JsonNode n, String source, String path) {
        if (!n.isObject()) {
            throw new DataFileException(source, path, "must be an object");
        }
        String id = DataFiles.text(n, "id", source, path);
        String kindName = DataFiles.text(n, "kind", source, path);
        ActorKind kind;
        try {
            kind = ActorKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source, path + ".kind", "must be one of " + List.of(ActorKind.values()) + ", not " + kindName);
        }
        Actor actor;
        try {
            actor = new Actor(id, kind, DataFiles.text(n, "name", source, path), DataFiles.text(n, "affiliation", null, source, path));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataFileException(source, path, e.getMessage());
        }
        List<Office> offices = new ArrayList<>();
        JsonNode os = DataFiles.array(n, "offices", source, path);
        for (int i = 0; i < os.size(); i++) {
            String op = path + ".offices[" + i + "]";
            JsonNode o = os.get(i);
            try {
                String to = DataFiles.text(o, "to", null, source, op);
                offices.add(new Office(DataFiles.text(o, "role", source, op), DataFiles.text(o, "of", source, op),
                        LocalDate.parse(DataFiles.text(o, "from", source, op)), to == null ? null : LocalDate.parse(to)));
            } catch (DateTimeParseException e) {
                throw new DataFileException(source, op, "dates must be ISO days (YYYY-MM-DD): " + e.getParsedString());
            } catch (IllegalArgumentException e) {
                if (e instanceof DataFileException d) {
                    throw d;
                }
                throw new DataFileException(source, op, e.getMessage());
            }
        }
        return new Entry(actor, DataFiles.strings(n, "names", source, path), DataFiles.strings(n, "metonyms", source, path),
                DataFiles.strings(n, "demonyms", source, path), new LinkedHashSet<>(DataFiles.strings(n, "ambiguous", source, path)),
                offices);
    }

    /**
     * This lexicon with {@code more} added: an entry of {@code more} replaces the entry with the same id, roles are
     * replaced by role id, and the word lists are merged.
     */
    public ActorLexicon with(ActorLexicon more) {
        Map<String, Entry> e = new LinkedHashMap<>(entries);
        e.putAll(more.entries);
        Map<String, List<String>> r = new LinkedHashMap<>(roles);
        r.putAll(more.roles);
        List<Compound> c = new ArrayList<>(compounds);
        c.addAll(more.compounds);
        Map<String, Set<String>> words = new HashMap<>();
        words.put("heads", union(heads, more.heads));
        words.put("unnamed", union(unnamed, more.unnamed));
        words.put("nonActors", union(nonActors, more.nonActors));
        words.put("locatives", union(locatives, more.locatives));
        words.put("agreementNouns", union(agreementNouns, more.agreementNouns));
        words.put("indefinites", union(indefinites, more.indefinites));
        words.put("modifiers", union(modifiers, more.modifiers));
        words.put("former", union(former, more.former));
        return new ActorLexicon(e, r, c, words, "merged lexicon");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    /** The actor with this id. */
    public Optional<Actor> actor(String id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.actor());
    }

    /** The entry with this id. */
    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every entry. */
    public Collection<Entry> entries() {
        return entries.values();
    }

    /** Role ids and their Dutch forms. */
    public Map<String, List<String>> roles() {
        return roles;
    }

    /** The compound role nouns. */
    public List<Compound> compounds() {
        return compounds;
    }

    /**
     * Who held {@code role} of {@code of} at {@code date}: the person, or empty when nobody or (for a coarse date)
     * more than one person held it then.
     */
    public Optional<Actor> holder(String role, String of, PartialDate date) {
        if (date == null) {
            return Optional.empty();
        }
        List<Entry> candidates = holders.getOrDefault(role + "@" + of, List.of());
        Actor found = null;
        for (Entry e : candidates) {
            for (Office o : e.offices()) {
                if (o.role().equals(role) && o.of().equals(of) && overlaps(o, date)) {
                    if (found != null && !found.equals(e.actor())) {
                        // the office changed hands within the date's span: do not guess
                        return Optional.empty();
                    }
                    found = e.actor();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean overlaps(Office o, PartialDate date) {
        return !date.end().isBefore(o.from()) && (o.to() == null || !date.start().isAfter(o.to()));
    }

    Set<String> heads() {
        return heads;
    }

    Set<String> unnamedNouns() {
        return unnamed;
    }

    Set<String> nonActors() {
        return nonActors;
    }

    Set<String> locatives() {
        return locatives;
    }

    Set<String> agreementNouns() {
        return agreementNouns;
    }

    Set<String> indefinites() {
        return indefinites;
    }

    Set<String> modifiers() {
        return modifiers;
    }

    Set<String> former() {
        return former;
    }

    Set<String> demonymWords() {
        return demonymWords;
    }

    @Override
    public String toString() {
        long persons = entries.values().stream().filter(e -> e.actor().kind() == ActorKind.PERSON).count();
        long forms = entries.values().stream().mapToLong(e -> e.names().size() + e.metonyms().size() + e.demonyms().size()).sum()
                + compounds.size();
        return "ActorLexicon[" + entries.size() + " actors, " + persons + " persons, " + forms + " surface forms, "
                + roles.size() + " roles]";
    }
}

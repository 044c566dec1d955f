package io.github.peacetalks.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Stance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words position extraction reads: stance cues ({@code stances.json}), issue terms ({@code issues.json}) and
 * the function words of Dutch clauses ({@code syntax.json}). Users replace any of the three files. Immutable.
 */
public final class PositionLexicon {

    /** How a cue appears in a clause. */
    public enum CueKind {
        /** One of the forms, as a whole word. */
        VERB,
        /** One of the forms with its particle later in the same clause, or a joined form on its own. */
        PARTICLE_VERB,
        /** A contiguous run of words. */
        PHRASE,
        /** A predicate adjective ("bereid", "onaanvaardbaar"). */
        ADJECTIVE,
        /** A noun that carries the stance of whoever it belongs to ("voorstel", "eis"). */
        NOUN
    }

    /**
     * One stance cue.
     *
     * @param stance the stance it signals
     * @param kind how it appears
     * @param forms its forms, lower case
     * @param particle for a particle verb, the particle ("af", "op")
     * @param joined for a particle verb, forms with the particle joined ("afwijzen", "afgewezen")
     * @param negated whether the cue's meaning already holds a negation ("sluit niet uit")
     * @param issue the issue the cue implies when its clause names none, or null
     */
    public record Cue(Stance stance, CueKind kind, List<String> forms, String particle, List<String> joined, boolean negated,
                      Issue issue) {

        /** Freezes the lists. */
        public Cue {
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(kind, "kind");
            forms = List.copyOf(forms);
            joined = List.copyOf(joined);
        }
    }

    /**
     * The terms for one issue. A term is lower case and matches whole words; {@code *} at the start or end of a
     * one-word term stands for any letters within the word; multiword terms match contiguous words.
     *
     * @param issue the issue
     * @param terms its terms
     */
    public record Terms(Issue issue, List<String> terms) {

        /** Freezes the list. */
        public Terms {
            Objects.requireNonNull(issue, "issue");
            terms = List.copyOf(terms);
        }
    }

    private final List<Cue> cues;
    private final List<Terms> issues;
    private final Set<String> negations;
    private final Set<String> negatingVerbs;
    private final Map<String, Set<String>> syntax;
    private final Map<String, String> pronouns;
    private final Map<String, String> referringNouns;
    private final Map<String, Object> shifts;

    private PositionLexicon(List<Cue> cues, List<Terms> issues, Set<String> negations, Set<String> negatingVerbs,
                            Map<String, Set<String>> syntax, Map<String, String> pronouns, Map<String, String> referringNouns,
                            Map<String, Object> shifts) {
        this.cues = List.copyOf(cues);
        this.issues = List.copyOf(issues);
        this.negations = Set.copyOf(negations);
        this.negatingVerbs = Set.copyOf(negatingVerbs);
        this.syntax = Map.copyOf(syntax);
        this.pronouns = Map.copyOf(pronouns);
        this.referringNouns = Map.copyOf(referringNouns);
        this.shifts = Map.copyOf(shifts);
    }

    /** The library's own lexicon. */
    public static PositionLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final PositionLexicon DEFAULTS = fromJson(
                DataFiles.resource(PositionLexicon.class, "stances.json"), "io/github/peacetalks/extract/stances.json",
                DataFiles.resource(PositionLexicon.class, "issues.json"), "io/github/peacetalks/extract/issues.json",
                DataFiles.resource(PositionLexicon.class, "syntax.json"), "io/github/peacetalks/extract/syntax.json");
    }

    /** A lexicon from three files in the shapes of {@code stances.json}, {@code issues.json} and {@code syntax.json}. */
    public static PositionLexicon load(Path stances, Path issues, Path syntax) throws IOException {
        return fromJson(DataFiles.file(stances), stances.toString(), DataFiles.file(issues), issues.toString(),
                DataFiles.file(syntax), syntax.toString());
    }

    /** A lexicon from parsed trees; a malformed tree fails naming its source and the JSON path. */
    public static PositionLexicon fromJson(JsonNode stances, String stancesSource, JsonNode issues, String issuesSource,
                                           JsonNode syntax, String syntaxSource) {
        List<Cue> cues = new ArrayList<>();
        JsonNode cs = DataFiles.array(stances, "cues", stancesSource, "$");
        for (int i = 0; i < cs.size(); i++) {
            cues.add(cue(cs.get(i), stancesSource, "$.cues[" + i + "]"));
        }
        List<Terms> terms = new ArrayList<>();
        JsonNode is = DataFiles.array(issues, "issues", issuesSource, "$");
        for (int i = 0; i < is.size(); i++) {
            String path = "$.issues[" + i + "]";
            JsonNode n = is.get(i);
            Issue issue = enumValue(Issue.class, DataFiles.text(n, "issue", issuesSource, path), issuesSource, path + ".issue");
            List<String> ts = new ArrayList<>();
            for (String t : DataFiles.strings(n, "terms", issuesSource, path)) {
                if (t.isBlank() || t.equals("*") || t.equals("**")) {
                    throw new DataFileException(issuesSource, path + ".terms", "a term must hold letters: \"" + t + "\"");
                }
                ts.add(t.toLowerCase(Locale.ROOT));
            }
            terms.add(new Terms(issue, ts));
        }
        Map<String, Set<String>> words = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = syntax.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().isArray()) {
                words.put(e.getKey(), lower(DataFiles.strings(syntax, e.getKey(), syntaxSource, "$")));
            }
        }
        // hedges may sit in either file
        Set<String> hedges = new LinkedHashSet<>(words.getOrDefault("hedges", Set.of()));
        hedges.addAll(lower(DataFiles.strings(stances, "hedges", stancesSource, "$")));
        words.put("hedges", hedges);
        Map<String, String> pronouns = stringMap(syntax, "personalPronouns", syntaxSource);
        Map<String, String> referring = stringMap(syntax, "referringNouns", syntaxSource);
        Map<String, Object> shifts = new HashMap<>();
        JsonNode sh = syntax.get("issueShifts");
        if (sh != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sh.fields(); it.hasNext(); ) {
                var e = it.next();
                String path = "$.issueShifts." + e.getKey();
                enumValue(Issue.class, e.getKey(), syntaxSource, path);
                Issue to = enumValue(Issue.class, DataFiles.text(e.getValue(), "to", syntaxSource, path), syntaxSource, path + ".to");
                shifts.put(e.getKey(), new Object[] {to, lower(DataFiles.strings(e.getValue(), "words", syntaxSource, path))});
            }
        }
        return new PositionLexicon(cues, terms, lower(DataFiles.strings(stances, "negations", stancesSource, "$")),
                lower(DataFiles.strings(stances, "negatingVerbs", stancesSource, "$")), words, pronouns, referring, shifts);
    }

    private static Map<String, String> stringMap(JsonNode root, String name, String source) {
        Map<String, String> out = new HashMap<>();
        JsonNode n = root.get(name);
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            throw new DataFileException(source, "$." + name, "must be an object of words");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
        }
        return out;
    }

    private static Cue cue(JsonNode n, String source, String path) {
        Stance stance = enumValue(Stance.class, DataFiles.text(n, "stance", source, path), source, path + ".stance");
        CueKind kind = enumValue(CueKind.class, DataFiles.text(n, "kind", source, path), source, path + ".kind");
        List<String> forms = new ArrayList<>(lower(DataFiles.strings(n, "forms", source, path)));
        if (forms.isEmpty()) {
            throw new DataFileException(source, path + ".forms", "a cue needs at least one form");
        }
        String particle = DataFiles.text(n, "particle", null, source, path);
        if (kind == CueKind.PARTICLE_VERB && (particle == null || particle.isBlank())) {
            throw new DataFileException(source, path + ".particle", "a PARTICLE_VERB needs its particle");
        }
        String issueName = DataFiles.text(n, "issue", null, source, path);
        Issue issue = issueName == null ? null : enumValue(Issue.class, issueName, source, path + ".issue");
        return new Cue(stance, kind, forms, particle == null ? null : particle.toLowerCase(Locale.ROOT),
                new ArrayList<>(lower(DataFiles.strings(n, "joined", source, path))), n.path("negated").asBoolean(false), issue);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String source, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source, path, "\"" + name + "\" is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT).strip());
        }
        return out;
    }

    /** The stance cues. */
    public List<Cue> cues() {
        return cues;
    }

    /** The issue terms. */
    public List<Terms> issues() {
        return issues;
    }

    /** Words that negate. */
    public Set<String> negations() {
        return negations;
    }

    /** Verbs that deny what follows them ("ontkende dat ..."). */
    public Set<String> negatingVerbs() {
        return negatingVerbs;
    }

    /** A word list of {@code syntax.json} by its name (empty when absent). */
    public Set<String> words(String list) {
        return syntax.getOrDefault(list, Set.of());
    }

    /** Pronouns that refer back, and to what sort of actor. */
    public Map<String, String> pronouns() {
        return pronouns;
    }

    /** Noun phrases that refer back ("het land", "de president"), and to what sort of actor. */
    public Map<String, String> referringNouns() {
        return referringNouns;
    }

    /** Issues that become another near certain words ("sancties ... opgeheven" is sanctions relief): issue name to {to, words}. */
    Map<String, Object> shifts() {
        return shifts;
    }

    @Override
    public String toString() {
        int terms = issues.stream().mapToInt(t -> t.terms().size()).sum();
        return "PositionLexicon[" + cues.size() + " cues, " + terms + " issue terms]";
    }
}

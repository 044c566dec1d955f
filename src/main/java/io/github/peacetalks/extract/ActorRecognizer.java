package io.github.peacetalks.extract;

import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Mention;
import io.github.peacetalks.model.MentionKind;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the actors an article's title and body name and resolves each mention to one canonical {@link Actor}:
 * names and spelling variants, metonyms, demonyms on a political head, roles by the article's date, compound role
 * nouns and unnamed officials. Boilerplate is never searched. Immutable and thread-safe: build it once from a
 * lexicon and share it.
 */
public final class ActorRecognizer {

    /** What the recognizer found in one article. */
    public record Recognition(List<Actor> actors, List<Mention> mentions) {

        /** Freezes the lists. */
        public Recognition {
            actors = List.copyOf(actors);
            mentions = List.copyOf(mentions);
        }
    }

    private enum Kind { NON_ACTOR, COMPOUND, NAME, METONYM, DEMONYM, ROLE, UNNAMED_NOUN }

    private record Form(Kind kind, ActorLexicon.Entry entry, String role, String of, boolean ambiguous) {
    }

    /** A mention before the ambiguous ones are checked against the rest of the article. */
    private record Candidate(Mention mention, boolean ambiguous) {
    }

    private final ActorLexicon lexicon;
    private final FormTrie<Form> trie;
    private final Map<String, String> roleByForm;

    private ActorRecognizer(ActorLexicon lexicon) {
        this.lexicon = lexicon;
        FormTrie.Builder<Form> b = new FormTrie.Builder<>();
        for (String media : lexicon.nonActors()) {
            b.add(media, new Form(Kind.NON_ACTOR, null, null, null, false));
        }
        for (ActorLexicon.Compound c : lexicon.compounds()) {
            b.add(c.form(), new Form(Kind.COMPOUND, null, c.role(), c.of(), false));
        }
        Map<String, String> byForm = new HashMap<>();
        for (var r : lexicon.roles().entrySet()) {
            for (String f : r.getValue()) {
                b.add(f, new Form(Kind.ROLE, null, r.getKey(), null, false));
                byForm.put(FormTrie.normalize(f), r.getKey());
            }
        }
        this.roleByForm = Map.copyOf(byForm);
        for (String noun : lexicon.unnamedNouns()) {
            b.add(noun, new Form(Kind.UNNAMED_NOUN, null, null, null, false));
        }
        for (ActorLexicon.Entry e : lexicon.entries()) {
            for (String n : e.names()) {
                b.add(n, new Form(Kind.NAME, e, null, null, e.ambiguous().contains(n)));
            }
            for (String n : e.metonyms()) {
                b.add(n, new Form(Kind.METONYM, e, null, null, e.ambiguous().contains(n)));
            }
            for (String n : e.demonyms()) {
                b.add(n, new Form(Kind.DEMONYM, e, null, null, e.ambiguous().contains(n)));
            }
        }
        this.trie = b.build();
    }

    /** A recognizer for the given lexicon. */
    public static ActorRecognizer of(ActorLexicon lexicon) {
        return new ActorRecognizer(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** A recognizer for the library's own lexicon. */
    public static ActorRecognizer defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final ActorRecognizer DEFAULTS = of(ActorLexicon.defaults());
    }

    /** The lexicon this recognizer reads. */
    public ActorLexicon lexicon() {
        return lexicon;
    }

    /**
     * The actors and mentions of an article's title and paragraphs (never its boilerplate). Roles resolve by the
     * article's date. Actors come once each, in order of first mention; an actor named only as a place ("in
     * Boedapest") is not listed, though its mentions are.
     */
    public Recognition recognize(Article article) {
        List<Candidate> found = new ArrayList<>();
        for (Part p : article.parts()) {
            if (p.kind() == PartKind.TITLE || p.kind() == PartKind.PARAGRAPH) {
                scan(p.text(), p.begin(), article.date(), found);
            }
        }
        return finish(found);
    }

    /** The actors and mentions of a plain text, roles resolved at {@code date} (which may be null). */
    public Recognition recognize(String text, PartialDate date) {
        List<Candidate> found = new ArrayList<>();
        scan(text, 0, date, found);
        return finish(found);
    }

    private Recognition finish(List<Candidate> found) {
        // source order: "de president van Rusland" finds its owner before the role that precedes it (a stable sort
        // keeps a party's mention before the official it names at the same offset, as in "EU-diplomaat")
        found.sort(Comparator.comparingInt(c -> c.mention().begin()));
        Set<String> supported = new LinkedHashSet<>();
        for (Candidate c : found) {
            if (!c.ambiguous()) {
                supported.add(c.mention().actor().id());
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : found) {
            if (!c.ambiguous() || supported.contains(c.mention().actor().id())) {
                mentions.add(c.mention());
            }
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (!m.locative()) {
                actors.putIfAbsent(m.actor().id(), m.actor());
            }
        }
        return new Recognition(new ArrayList<>(actors.values()), mentions);
    }

    private void scan(String text, int offset, PartialDate date, List<Candidate> out) {
        int to = text.length();
        int i = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            List<FormTrie.Hit<Form>> best = longest(text, i, to);
            if (best.isEmpty()) {
                i = wordEnd(text, i, to);
                continue;
            }
            i = handle(text, offset, i, best, date, out);
        }
    }

    /** The valid hits of greatest length at {@code i}: a word boundary after them and the right case. */
    private List<FormTrie.Hit<Form>> longest(String text, int i, int to) {
        List<FormTrie.Hit<Form>> hits = trie.match(text, i, to);
        List<FormTrie.Hit<Form>> best = new ArrayList<>(2);
        int bestEnd = -1;
        for (FormTrie.Hit<Form> h : hits) {
            int e = h.end();
            if (e < to && Character.isLetterOrDigit(text.charAt(e))) {
                continue;
            }
            if (!caseMatches(text, i, e, h.form(), h.value().kind())) {
                continue;
            }
            if (e > bestEnd) {
                best.clear();
                bestEnd = e;
            }
            if (e == bestEnd) {
                best.add(h);
            }
        }
        if (best.size() > 1) {
            int top = Integer.MAX_VALUE;
            for (FormTrie.Hit<Form> h : best) {
                top = Math.min(top, h.value().kind().ordinal());
            }
            final int keep = top;
            best.removeIf(h -> h.value().kind().ordinal() != keep);
        }
        return best;
    }

    /** Names keep their case (only a lower-case first letter may be capitalised); role words ignore it. */
    private static boolean caseMatches(String text, int from, int to, String form, Kind kind) {
        if (kind == Kind.ROLE || kind == Kind.UNNAMED_NOUN) {
            return true;
        }
        int f = 0;
        int i = from;
        while (i < to && f < form.length()) {
            char a = text.charAt(i);
            char b = form.charAt(f);
            if (Chars.isSpace(a)) {
                i = Chars.skipSpace(text, i, to);
                while (f < form.length() && Chars.isSpace(form.charAt(f))) {
                    f++;
                }
                continue;
            }
            boolean same = a == b || (isApostrophe(a) && isApostrophe(b))
                    || (f == 0 && Character.isLowerCase(b) && Character.toLowerCase(a) == b);
            if (!same) {
                return false;
            }
            i++;
            f++;
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private int handle(String text, int offset, int i, List<FormTrie.Hit<Form>> hits, PartialDate date, List<Candidate> out) {
        FormTrie.Hit<Form> hit = hits.get(0);
        Form form = hit.value();
        int end = hit.end();
        switch (form.kind()) {
            case NON_ACTOR -> {
                return end;
            }
            case COMPOUND -> {
                Actor owner = lexicon.actor(form.of()).orElseThrow();
                role(text, offset, i, end, form.role(), owner, date, out);
                return end;
            }
            case NAME, METONYM -> {
                return name(text, offset, i, hits, date, out);
            }
            case DEMONYM -> {
                return demonym(text, offset, i, form.entry(), end, date, out);
            }
            case ROLE, UNNAMED_NOUN -> {
                return ofPhrase(text, offset, i, form, end, date, out);
            }
            default -> throw new IllegalStateException(form.kind().toString());
        }
    }

    private int name(String text, int offset, int i, List<FormTrie.Hit<Form>> hits, PartialDate date, List<Candidate> out) {
        int end = hits.get(0).end();
        ActorLexicon.Entry first = hits.get(0).value().entry();
        boolean party = first.actor().kind() != ActorKind.PERSON;
        if (party && end < text.length() - 1 && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
            int restEnd = end + 1;
            while (restEnd < text.length() && (Character.isLetter(text.charAt(restEnd)) || text.charAt(restEnd) == '-')) {
                restEnd++;
            }
            String rest = text.substring(end + 1, restEnd).toLowerCase(Locale.ROOT);
            String role = roleByForm.get(rest);
            if (lexicon.unnamedNouns().contains(rest)) {
                add(out, first.actor(), text, offset, i, end, kindOf(hits.get(0)), false, false);
                if (!nameFollows(text, restEnd)) {
                    add(out, unnamed(first.actor().id()), text, offset, i, restEnd, MentionKind.UNNAMED, false, false);
                }
                return restEnd;
            }
            if (role != null) {
                add(out, first.actor(), text, offset, i, end, kindOf(hits.get(0)), false, false);
                role(text, offset, i, restEnd, role, first.actor(), date, out);
                return restEnd;
            }
            boolean agreement = startsWithAny(rest, lexicon.agreementNouns());
            add(out, first.actor(), text, offset, i, end, kindOf(hits.get(0)), agreement, hits.get(0).value().ambiguous());
            return restEnd;
        }
        boolean locative = party && (locativeBefore(text, i) || agreementBefore(text, i));
        // the same actor may be listed under forms that differ only in case: one candidate per actor
        Map<String, FormTrie.Hit<Form>> byActor = new LinkedHashMap<>();
        for (FormTrie.Hit<Form> h : hits) {
            byActor.putIfAbsent(h.value().entry().actor().id(), h);
        }
        for (FormTrie.Hit<Form> h : byActor.values()) {
            add(out, h.value().entry().actor(), text, offset, i, end, kindOf(h), locative,
                    h.value().ambiguous() || byActor.size() > 1);
        }
        return end;
    }

    private static MentionKind kindOf(FormTrie.Hit<Form> h) {
        return h.value().kind() == Kind.METONYM ? MentionKind.METONYM : MentionKind.NAME;
    }

    /** A demonym names its state only on a political head, a role or an unnamed official that follows it. */
    private int demonym(String text, int offset, int i, ActorLexicon.Entry state, int end, PartialDate date, List<Candidate> out) {
        if ((i > 0 && text.charAt(i - 1) == '-') || (end < text.length() && text.charAt(end) == '-')) {
            return end;
        }
        int p = end;
        for (int skipped = 0; skipped <= 2; skipped++) {
            int w = Chars.skipSpace(text, p, text.length());
            if (w >= text.length() || !Character.isLetter(text.charAt(w))) {
                return end;
            }
            int we = wordEnd(text, w, text.length());
            String word = text.substring(w, we).toLowerCase(Locale.ROOT);
            FormTrie.Hit<Form> role = roleAt(text, w);
            if (role != null) {
                add(out, state.actor(), text, offset, i, end, MentionKind.DEMONYM, false, false);
                role(text, offset, i, role.end(), role.value().role(), state.actor(), date, out);
                return role.end();
            }
            if (lexicon.unnamedNouns().contains(word)) {
                add(out, state.actor(), text, offset, i, end, MentionKind.DEMONYM, false, false);
                if (!nameFollows(text, we)) {
                    add(out, unnamed(state.actor().id()), text, offset, i, we, MentionKind.UNNAMED, false, false);
                }
                return we;
            }
            if (isHead(word)) {
                add(out, state.actor(), text, offset, i, we, MentionKind.DEMONYM, false, false);
                return we;
            }
            boolean modifier = lexicon.modifiers().contains(word)
                    || (Character.isLowerCase(text.charAt(w)) && word.length() > 3 && word.endsWith("e"));
            if (!modifier) {
                return end;
            }
            p = we;
        }
        return end;
    }

    /**
     * A role of {@code owner} over [b, e): a named person right after it is that role's holder (the name is
     * its own mention); "een" before it makes an unnamed official; "voormalige" or "toenmalige" before it keeps
     * the article's date from choosing a holder; otherwise the holder on the article's date, or the owner.
     */
    private void role(String text, int offset, int b, int e, String role, Actor owner, PartialDate date, List<Candidate> out) {
        if (nameFollows(text, e) || formerBefore(text, b)) {
            return;
        }
        if (indefiniteBefore(text, b)) {
            add(out, unnamed(owner.id()), text, offset, b, e, MentionKind.UNNAMED, false, false);
            return;
        }
        Actor a = resolve(role, owner.id(), date);
        add(out, a, text, offset, b, e, MentionKind.ROLE, false, false);
    }

    /** Whether a capitalised word (a name, known or not) follows {@code e} after white space. */
    private static boolean nameFollows(String text, int e) {
        int w = Chars.skipSpace(text, e, text.length());
        return w > e && w < text.length() && Character.isUpperCase(text.charAt(w));
    }

    private boolean formerBefore(String text, int b) {
        int p = b;
        for (int k = 0; k < 4; k++) {
            int[] w = previousWord(text, p);
            if (w == null) {
                // "oud-president": the prefix sits before a hyphen
                int h = p - 1;
                if (h > 0 && text.charAt(h) == '-') {
                    int s = h;
                    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                        s--;
                    }
                    return lexicon.former().contains(text.substring(s, h).toLowerCase(Locale.ROOT));
                }
                return false;
            }
            String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            if (lexicon.former().contains(word)) {
                return true;
            }
            boolean skippable = lexicon.modifiers().contains(word) || word.equals("de") || word.equals("het")
                    || lexicon.indefinites().contains(word) || lexicon.demonymWords().contains(word);
            if (!skippable) {
                return false;
            }
            p = w[0];
        }
        return false;
    }

    private boolean isHead(String word) {
        if (lexicon.heads().contains(word)) {
            return true;
        }
        // compounds ending in a head or a role: regeringswoordvoerder, onderminister
        for (String h : lexicon.heads()) {
            if (h.length() >= 5 && word.length() > h.length() + 2 && word.endsWith(h)) {
                return true;
            }
        }
        return false;
    }

    private FormTrie.Hit<Form> roleAt(String text, int w) {
        FormTrie.Hit<Form> best = null;
        for (FormTrie.Hit<Form> h : trie.match(text, w, text.length())) {
            int e = h.end();
            if (h.value().kind() == Kind.ROLE && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))
                    && (best == null || e > best.end())) {
                best = h;
            }
        }
        return best;
    }

    /** "de president van Rusland", "een woordvoerder van het Witte Huis": a role or official of a named party. */
    private int ofPhrase(String text, int offset, int i, Form form, int end, PartialDate date, List<Candidate> out) {
        int p = Chars.skipSpace(text, end, text.length());
        if (!text.startsWith("van ", p)) {
            return end;
        }
        p = Chars.skipSpace(text, p + 4, text.length());
        // "het Witte Huis" carries its article in the form, "de NAVO" does not: try both
        List<FormTrie.Hit<Form>> owner = longest(text, p, text.length());
        if (owner.isEmpty() && (text.startsWith("de ", p) || text.startsWith("het ", p))) {
            p = Chars.skipSpace(text, text.indexOf(' ', p), text.length());
            owner = longest(text, p, text.length());
        }
        if (owner.isEmpty()) {
            return end;
        }
        Form o = owner.get(0).value();
        if ((o.kind() != Kind.NAME && o.kind() != Kind.METONYM) || o.entry().actor().kind() == ActorKind.PERSON
                || o.entry().actor().kind() == ActorKind.UNNAMED) {
            return end;
        }
        Actor ownerActor = o.entry().actor();
        int e = owner.get(0).end();
        add(out, ownerActor, text, offset, p, e, kindOf(owner.get(0)), false, false);
        if (form.kind() == Kind.UNNAMED_NOUN) {
            if (!nameFollows(text, e)) {
                add(out, unnamed(ownerActor.id()), text, offset, i, e, MentionKind.UNNAMED, false, false);
            }
        } else {
            role(text, offset, i, e, form.role(), ownerActor, date, out);
        }
        return e;
    }

    private Actor resolve(String role, String of, PartialDate date) {
        return lexicon.holder(role, of, date).orElseGet(() -> lexicon.actor(of).orElseThrow());
    }

    private Actor unnamed(String of) {
        Actor owner = lexicon.actor(of).orElseThrow();
        return Actor.unnamed(owner.id(), owner.name());
    }

    private boolean indefiniteBefore(String text, int i) {
        int p = i;
        for (int k = 0; k < 4; k++) {
            int[] w = previousWord(text, p);
            if (w == null) {
                return false;
            }
            String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            if (lexicon.indefinites().contains(word)) {
                return true;
            }
            if (!lexicon.modifiers().contains(word)) {
                return false;
            }
            p = w[0];
        }
        return false;
    }

    private boolean locativeBefore(String text, int i) {
        int[] w1 = previousWord(text, i);
        if (w1 == null) {
            return false;
        }
        String one = text.substring(w1[0], w1[1]).toLowerCase(Locale.ROOT);
        if (lexicon.locatives().contains(one)) {
            return true;
        }
        int[] w2 = previousWord(text, w1[0]);
        return w2 != null && lexicon.locatives().contains(text.substring(w2[0], w2[1]).toLowerCase(Locale.ROOT) + " " + one);
    }

    private boolean agreementBefore(String text, int i) {
        int[] van = previousWord(text, i);
        if (van == null || !text.substring(van[0], van[1]).equalsIgnoreCase("van")) {
            return false;
        }
        int[] noun = previousWord(text, van[0]);
        return noun != null && startsWithAny(text.substring(noun[0], noun[1]).toLowerCase(Locale.ROOT), lexicon.agreementNouns());
    }

    private static boolean startsWithAny(String word, Set<String> prefixes) {
        for (String p : prefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The word just before {@code i} (only white space between), as {begin, end}, or null. */
    private static int[] previousWord(String text, int i) {
        int e = i;
        while (e > 0 && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e == i && i > 0 && !Chars.isSpace(text.charAt(i - 1))) {
            return null;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e ? new int[] {b, e} : null;
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static void add(List<Candidate> out, Actor actor, String text, int offset, int b, int e, MentionKind kind,
                            boolean locative, boolean ambiguous) {
        out.add(new Candidate(new Mention(actor, text.substring(b, e), offset + b, offset + e, kind, locative), ambiguous));
    }

    @Override
    public String toString() {
        return "ActorRecognizer[" + lexicon + "]";
    }
}

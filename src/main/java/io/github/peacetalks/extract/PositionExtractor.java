package io.github.peacetalks.extract;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Evidence;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Mention;
import io.github.peacetalks.model.MentionKind;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.model.TimeExpression;
import io.github.peacetalks.extract.PositionLexicon.Cue;
import io.github.peacetalks.extract.PositionLexicon.CueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads positions from an article's sentences: finds stance cues and issue terms, decides each cue's clause, its
 * holder (the subject, with verb-second and inversion, coordination, reported speech, pronouns and passives),
 * negation, conditions, attribution, hedging and date. Immutable and thread-safe; every call keeps its own state.
 */
public final class PositionExtractor {

    /** A cue found in a sentence: which, and the tokens it spans. */
    private record CueHit(Cue cue, int first, int last) {
    }

    /** An issue term found in a sentence. */
    private record IssueHit(Issue issue, int first, int last) {
    }

    /** A word of a sentence. */
    private record Tok(int begin, int end, String lower, boolean quoted, boolean boundaryBefore) {
    }

    /**
     * Sentences longer than this many words are not read for positions: news sentences are far shorter, and the
     * clause analysis is quadratic in a sentence's length, so a run-on text must not cost more than linear time.
     */
    public static final int MAX_SENTENCE_WORDS = 250;

    private final PositionLexicon lexicon;
    private final int maxSentenceWords;
    private final FormTrie<Object> phrases;
    private final List<String[]> wildTerms;
    private final int maxPhraseWords;
    private final List<String> paddedHedges;
    // the word lists of syntax.json, looked up once
    private final Set<String> clauseBoundariesWords;
    private final Set<String> elaborationsWords;
    private final Set<String> subjectLeadersWords;
    private final Set<String> determinersWords;
    private final Set<String> governedLinksWords;
    private final Set<String> partyCoordinatorsWords;
    private final Set<String> notNegatingPairsWords;
    private final Set<String> closingNegationsWords;
    private final Set<String> subjectPronounsWords;
    private final Set<String> speakerPrepositionsWords;
    private final Set<String> counterpartPrepositionsWords;
    private final Set<String> adjectiveEndingsWords;
    private final Set<String> correlativeNegationsWords;
    private final Set<String> governingNegationsWords;
    private final Set<String> comparativeAsNounsWords;
    private final Set<String> relativePronounsWords;
    private final Set<String> comparativeAsWords;
    private final Set<String> thatComplementizersWords;
    private final Set<String> purposeMarkersWords;
    private final Set<String> infinitiveMarkersWords;
    private final Set<String> infinitiveEndingsWords;
    private final Set<String> participlePrefixesWords;
    private final Set<String> participleEndingsWords;
    private final Set<String> definiteArticlesWords;
    private final Set<String> indefiniteArticlesWords;
    private final Set<String> topicPrepositionsWords;
    private final Set<String> ownerPrepositionsWords;
    private final Set<String> judgementPrepositionsWords;
    private final Set<String> ambiguousConditionMarkersWords;
    private final Set<String> comparativeAsFollowersWords;
    private final Set<String> conditionMarkersWords;
    private final Set<String> conditionNounsWords;
    private final Set<String> coordinatorsWords;
    private final Set<String> deonticModalsWords;
    private final Set<String> hardBoundariesWords;
    private final Set<String> hedgesWords;
    private final Set<String> listMarkersWords;
    private final Set<String> nonAgentCompoundsWords;
    private final Set<String> passiveAgentWords;
    private final Set<String> passiveAuxiliariesWords;
    private final Set<String> prepositionsWords;
    private final Set<String> reversingVerbsWords;
    private final Set<String> sourcePrepositionsWords;
    private final Set<String> speechVerbsWords;
    /** First words of the two-word speech verbs ("liet" of "liet weten"), which may stand around their subject. */
    private final Set<String> splitSpeechVerbStarts;
    private final Set<String> temporalPrepositionsWords;
    private final Set<String> undatingPrepositionsWords;
    private final Set<String> reversingPrepositions;
    private final Set<String> unnamedSourcesWords;
    private final Set<String> weaponRecipientsWords;

    private PositionExtractor(PositionLexicon lexicon, int maxSentenceWords) {
        this.lexicon = lexicon;
        this.maxSentenceWords = maxSentenceWords;
        this.clauseBoundariesWords = lexicon.words("clauseBoundaries");
        this.elaborationsWords = lexicon.words("elaborations");
        this.subjectLeadersWords = lexicon.words("subjectLeaders");
        this.determinersWords = lexicon.words("determiners");
        this.governedLinksWords = lexicon.words("governedLinks");
        this.partyCoordinatorsWords = lexicon.words("partyCoordinators");
        this.notNegatingPairsWords = lexicon.words("notNegatingPairs");
        this.closingNegationsWords = lexicon.words("closingNegations");
        this.subjectPronounsWords = lexicon.words("subjectPronouns");
        this.speakerPrepositionsWords = lexicon.words("speakerPrepositions");
        this.counterpartPrepositionsWords = lexicon.words("counterpartPrepositions");
        this.adjectiveEndingsWords = lexicon.words("adjectiveEndings");
        this.correlativeNegationsWords = lexicon.words("correlativeNegations");
        this.governingNegationsWords = lexicon.words("governingNegations");
        this.comparativeAsNounsWords = lexicon.words("comparativeAsNouns");
        this.relativePronounsWords = lexicon.words("relativePronouns");
        this.comparativeAsWords = lexicon.words("comparativeAs");
        this.thatComplementizersWords = lexicon.words("thatComplementizers");
        this.purposeMarkersWords = lexicon.words("purposeMarkers");
        this.infinitiveMarkersWords = lexicon.words("infinitiveMarkers");
        this.infinitiveEndingsWords = lexicon.words("infinitiveEndings");
        this.participlePrefixesWords = lexicon.words("participlePrefixes");
        this.participleEndingsWords = lexicon.words("participleEndings");
        this.definiteArticlesWords = lexicon.words("definiteArticles");
        this.indefiniteArticlesWords = lexicon.words("indefiniteArticles");
        this.topicPrepositionsWords = lexicon.words("topicPrepositions");
        this.ownerPrepositionsWords = lexicon.words("ownerPrepositions");
        this.judgementPrepositionsWords = lexicon.words("judgementPrepositions");
        this.ambiguousConditionMarkersWords = lexicon.words("ambiguousConditionMarkers");
        this.comparativeAsFollowersWords = lexicon.words("comparativeAsFollowers");
        this.conditionMarkersWords = lexicon.words("conditionMarkers");
        this.conditionNounsWords = lexicon.words("conditionNouns");
        this.coordinatorsWords = lexicon.words("coordinators");
        this.deonticModalsWords = lexicon.words("deonticModals");
        this.hardBoundariesWords = lexicon.words("hardBoundaries");
        this.hedgesWords = lexicon.words("hedges");
        this.listMarkersWords = lexicon.words("listMarkers");
        this.nonAgentCompoundsWords = lexicon.words("nonAgentCompounds");
        this.passiveAgentWords = lexicon.words("passiveAgent");
        this.passiveAuxiliariesWords = lexicon.words("passiveAuxiliaries");
        this.prepositionsWords = lexicon.words("prepositions");
        this.reversingVerbsWords = lexicon.words("reversingVerbs");
        // the prepositions that end a reversing verb ("afzien van", "een einde maken aan"), read from the data
        Set<String> ends = new java.util.HashSet<>();
        for (String form : reversingVerbsWords) {
            String last = form.substring(form.lastIndexOf(' ') + 1);
            if (form.contains(" ") && lexicon.words("prepositions").contains(last)) {
                ends.add(last);
            }
        }
        this.reversingPrepositions = Set.copyOf(ends);
        this.sourcePrepositionsWords = lexicon.words("sourcePrepositions");
        this.speechVerbsWords = lexicon.words("speechVerbs");
        this.splitSpeechVerbStarts = speechVerbsWords.stream().filter(v -> v.split(" ").length == 2)
                .map(v -> v.substring(0, v.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.temporalPrepositionsWords = lexicon.words("temporalPrepositions");
        this.undatingPrepositionsWords = lexicon.words("undatingPrepositions");
        this.unnamedSourcesWords = lexicon.words("unnamedSources");
        this.weaponRecipientsWords = lexicon.words("weaponRecipients");

        FormTrie.Builder<Object> b = new FormTrie.Builder<>();
        int max = 1;
        for (Cue c : lexicon.cues()) {
            for (String f : c.forms()) {
                b.add(f, new Object[] {c, Boolean.FALSE});
                max = Math.max(max, f.split(" ").length);
            }
            for (String f : c.joined()) {
                b.add(f, new Object[] {c, Boolean.TRUE});
                max = Math.max(max, f.split(" ").length);
            }
        }
        List<String[]> wild = new ArrayList<>();
        for (PositionLexicon.Terms t : lexicon.issues()) {
            for (String term : t.terms()) {
                if (term.startsWith("*") || term.endsWith("*")) {
                    wild.add(new String[] {term.replace("*", ""), t.issue().name(), term.startsWith("*") ? "*" : "",
                            term.endsWith("*") ? "*" : ""});
                } else {
                    b.add(term, t.issue());
                    max = Math.max(max, term.split(" ").length);
                }
            }
        }
        for (String marker : conditionMarkersWords) {
            b.add(marker, "condition");
        }
        this.phrases = b.build();
        this.wildTerms = List.copyOf(wild);
        this.maxPhraseWords = max;
        List<String> padded = new ArrayList<>();
        for (String h : hedgesWords) {
            if (h.contains(" ")) {
                padded.add(" " + h + " ");
            }
        }
        this.paddedHedges = List.copyOf(padded);
    }

    /** An extractor for the given lexicon. */
    public static PositionExtractor of(PositionLexicon lexicon) {
        return new PositionExtractor(Objects.requireNonNull(lexicon, "lexicon"), MAX_SENTENCE_WORDS);
    }

    /**
     * This extractor with another limit on the words of a sentence read for positions (default {@link
     * #MAX_SENTENCE_WORDS}); longer sentences are skipped.
     */
    public PositionExtractor withMaxSentenceWords(int maxSentenceWords) {
        if (maxSentenceWords < 1) {
            throw new IllegalArgumentException("maxSentenceWords must be positive: " + maxSentenceWords);
        }
        return maxSentenceWords == this.maxSentenceWords ? this : new PositionExtractor(lexicon, maxSentenceWords);
    }

    /** The longest sentence, in words, read for positions. */
    public int maxSentenceWords() {
        return maxSentenceWords;
    }

    /** The extractor with the library's own lexicon. */
    public static PositionExtractor defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final PositionExtractor DEFAULTS = of(PositionLexicon.defaults());
    }

    /** The lexicon this extractor reads. */
    public PositionLexicon lexicon() {
        return lexicon;
    }

    /**
     * The positions of an article, given its sentences, actor mentions and temporal expressions (resolved
     * against the article's date). One position per distinct holder, stance and issue in a sentence.
     */
    public List<Position> extract(Article article, List<Sentence> sentences, List<Mention> mentions, List<TimeExpression> times) {
        return extract(article, sentences, mentions, times, s -> { });
    }

    /**
     * As {@link #extract(Article, List, List, List)}, telling {@code skipped} of each sentence that is not read
     * because it has more than {@link #maxSentenceWords()} words.
     */
    public List<Position> extract(Article article, List<Sentence> sentences, List<Mention> mentions, List<TimeExpression> times,
                                  Consumer<Sentence> skipped) {
        Discourse d = new Discourse();
        List<Position> out = new ArrayList<>();
        // who speaks in each sentence; a quoted sentence without a tag borrows it from its neighbours
        Actor[] speakers = new Actor[sentences.size()];
        boolean[] quoted = new boolean[sentences.size()];
        List<List<Tok>> tokens = new ArrayList<>(sentences.size());
        boolean open = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            // a sentence between the opening and the closing mark of a quotation is quoted without a mark of its own
            List<Tok> toks = tokens(s.text(), open);
            tokens.add(toks);
            speakers[i] = speaker(s.text(), toks, parties(mentionsIn(mentions, s)), s.begin());
            quoted[i] = open || hasQuoteMark(s.text());
            open = openAfter(s.text(), open);
        }
        for (int i = 0; i < sentences.size(); i++) {
            Actor speaker = speakers[i];
            if (speaker == null && quoted[i]) {
                for (int j = i + 1; j < Math.min(sentences.size(), i + 4) && quoted[j - 1]; j++) {
                    if (speakers[j] != null) {
                        speaker = speakers[j];
                        break;
                    }
                }
            }
            if (tokens.get(i).size() > maxSentenceWords) {
                skipped.accept(sentences.get(i));
            }
            sentence(article, sentences.get(i), tokens.get(i), mentionsIn(mentions, sentences.get(i)), timesIn(times, sentences.get(i)),
                    d, speaker, out);
        }
        return out;
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (openingQuote(text.charAt(i)) || closingQuote(text.charAt(i)) || text.charAt(i) == '"') {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation is still open after {@code text}, given whether one was open before it. */
    private static boolean openAfter(String text, boolean open) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                open = !open;
            } else if (openingQuote(c)) {
                open = true;
            } else if (closingQuote(c)) {
                open = false;
            }
        }
        return open;
    }

    private static boolean openingQuote(char c) {
        return c == '„' || c == '“' || c == '«';
    }

    private static boolean closingQuote(char c) {
        return c == '”' || c == '»';
    }

    private static List<Mention> parties(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.locative()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mentions inside a sentence; mentions come in source order, so two binary searches find them. */
    private static List<Mention> mentionsIn(List<Mention> mentions, Sentence s) {
        int from = firstAtOrAfter(mentions.size(), k -> mentions.get(k).begin(), s.begin());
        List<Mention> out = new ArrayList<>();
        for (int k = from; k < mentions.size() && mentions.get(k).begin() < s.end(); k++) {
            if (mentions.get(k).end() <= s.end()) {
                out.add(mentions.get(k));
            }
        }
        return out;
    }

    private static List<TimeExpression> timesIn(List<TimeExpression> times, Sentence s) {
        int from = firstAtOrAfter(times.size(), k -> times.get(k).begin(), s.begin());
        List<TimeExpression> out = new ArrayList<>();
        for (int k = from; k < times.size() && times.get(k).begin() < s.end(); k++) {
            if (times.get(k).end() <= s.end()) {
                out.add(times.get(k));
            }
        }
        return out;
    }

    private static int firstAtOrAfter(int size, java.util.function.IntUnaryOperator begin, int at) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin.applyAsInt(mid) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** What earlier sentences said: who held positions, who was named, who spoke. */
    private static final class Discourse {
        List<Actor> lastHolders = List.of();
        /** The last distinct parties and persons named, oldest first. */
        List<Actor> recent = new ArrayList<>();
        /** The subject of the last sentence that had one. */
        List<Actor> lastSubject = List.of();
        /** Positions whose sentence set conditions without naming them ("verbindt voorwaarden aan"), by index in the output. */
        List<Integer> awaitingConditions = new ArrayList<>();
        int awaitingFor;
        Actor lastPerson;
        Actor lastParty;
        Actor lastSpeaker;
    }

    private void sentence(Article article, Sentence s, List<Tok> toks, List<Mention> mentions, List<TimeExpression> times,
                          Discourse d, Actor speaker, List<Position> out) {
        String text = s.text();
        if (toks.isEmpty() || toks.size() > maxSentenceWords) {
            return;
        }
        List<CueHit> cues = new ArrayList<>();
        List<IssueHit> issues = new ArrayList<>();
        List<int[]> conditions = new ArrayList<>();
        scan(text, toks, cues, issues, conditions);
        List<Mention> parties = parties(mentions);
        boolean hedged = hedged(toks);
        List<Position> here = new ArrayList<>();
        List<Integer> awaiting = new ArrayList<>();
        if (text.strip().endsWith("?")) {
            // a question asks; it does not state a position
            cues.clear();
        }
        cues.removeIf(c -> nominal(toks, c) || topicNoun(toks, c) || inCondition(c.first(), conditions)
                || (c.cue().kind() == CueKind.NOUN && c.cue().stance() == Stance.SUPPORTS && owner(text, toks, c, parties, s.begin()).isEmpty()));
        boolean forRussia = issues.stream().anyMatch(h -> toRussia(text, toks, h, parties, s.begin()));
        issues.removeIf(h -> toRussia(text, toks, h, parties, s.begin()) || temporal(toks, h));
        absorbWithdrawn(toks, issues);
        shiftIssues(toks, issues);
        for (CueHit c : cues) {
            if (conditionNounsWords.contains(toks.get(c.first()).lower())) {
                for (int k = c.last() + 1; k < toks.size(); k++) {
                    String w = toks.get(k).lower();
                    String two = k + 1 < toks.size() ? w + " " + toks.get(k + 1).lower() : "";
                    if (listMarkersWords.contains(w) || listMarkersWords.contains(two)) {
                        conditions.add(new int[] {k, toks.size(), 1});
                        break;
                    }
                }
            }
        }
        Set<CueHit> owned = new HashSet<>();
        for (CueHit c : cues) {
            if (c.cue().kind() == CueKind.NOUN && !owner(text, toks, c, parties, s.begin()).isEmpty()) {
                owned.add(c);
            }
        }
        Map<CueHit, List<IssueHit>> assigned = assign(toks, cues, issues, conditions, owned);
        for (CueHit c : cues) {
            int clauseStart = clauseStart(toks, c.first());
            int scopeEnd = scopeEnd(toks, c.last(), conditions);
            List<IssueHit> mine = assigned.getOrDefault(c, List.of());
            List<Issue> found = new ArrayList<>();
            for (IssueHit h : mine) {
                if (!found.contains(h.issue())) {
                    found.add(h.issue());
                }
            }
            if (found.isEmpty() && c.cue().issue() != null && !(infinitive(toks, c) && governed(toks, cues, c, conditions))
                    && !(c.cue().issue() == Issue.WEAPONS_SUPPLY && (forRussia || russianRecipientAfter(text, toks, c.last(), parties, s.begin())))) {
                found.add(c.cue().issue());
            }
            if (found.isEmpty()) {
                for (CueHit inner : cues) {
                    if (inner != c && inner.first() > c.first() && inner.cue().issue() != null && infinitive(toks, inner)
                            && inner.first() < scopeEnd && clauseStart(toks, inner.first()) == clauseStart && assigned.getOrDefault(inner, List.of()).isEmpty()) {
                        found.add(inner.cue().issue());
                        break;
                    }
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            Set<Integer> issueTokens = new HashSet<>();
            for (IssueHit h : issues) {
                for (int k = h.first(); k <= h.last(); k++) {
                    issueTokens.add(k);
                }
            }
            List<Actor> holders = elaboration(toks) && !d.lastHolders.isEmpty() ? d.lastHolders
                    : holders(text, toks, c, clauseStart, parties, s.begin(), speaker, d, issueTokens);
            if (holders.isEmpty()) {
                continue;
            }
            for (Issue issue : found) {
                IssueHit at = null;
                for (IssueHit h : mine) {
                    if (h.issue() == issue) {
                        at = h;
                        break;
                    }
                }
                Stance stance = c.cue().stance();
                int negEnd = Math.max(c.cue().kind() == CueKind.PARTICLE_VERB ? c.last() : c.first(), at == null ? c.first() : at.first());
                if (negated(toks, clauseStart, negEnd, c, conditions) != trailingNegation(toks, Math.max(c.last(), at == null ? c.last() : at.last()), scopeEnd)) {
                    stance = stance.negated();
                }
                if (deniedBefore(toks, clauseStart)) {
                    stance = stance.negated();
                }
                if (at != null && (reversedAfter(toks, at.last(), nextIssueStart(issues, at), scopeEnd, c)
                        || reversedBefore(toks, at.first(), c))) {
                    stance = stance == Stance.OPPOSES ? Stance.SUPPORTS : Stance.OPPOSES;
                }
                List<Condition> conds = conditionsFor(text, toks, conditions, issues, parties, s.begin(), c);
                for (Actor h : holders) {
                    Attribution attribution = attribution(text, toks, c, h, speaker);
                    Position p = new Position(h, stance, issue, counterpart(toks, parties, s.begin(), c, scopeEnd, h), conds,
                            attribution, hedged, date(article, times, s), new Evidence(text, s.begin(), s.end()));
                    if (here.stream().noneMatch(x -> x.holder().equals(p.holder()) && x.stance() == p.stance() && x.issue() == p.issue())) {
                        here.add(p);
                        if (conds.isEmpty() && namesConditions(toks, c)) {
                            awaiting.add(here.size() - 1);
                        }
                    }
                }
            }
            d.lastHolders = holders;
        }
        // "Moskou verbindt voorwaarden aan besprekingen. Zo eist Poetin dat ...": the demands that follow are the conditions
        if (!d.awaitingConditions.isEmpty()) {
            for (Position p : here) {
                if (p.stance() != Stance.DEMANDS) {
                    continue;
                }
                for (int index : d.awaitingConditions) {
                    Position waiting = out.get(index);
                    if (!waiting.holder().party().equals(p.holder().party())) {
                        continue;
                    }
                    Actor requiredOf = p.counterpart();
                    if (requiredOf == null) {
                        for (Mention m : parties) {
                            if (!m.actor().party().equals(p.holder().party())) {
                                requiredOf = m.actor();
                                break;
                            }
                        }
                    }
                    List<Condition> more = new ArrayList<>(waiting.conditions());
                    addOnce(more, new Condition(p.issue(), requiredOf, text));
                    out.set(index, new Position(waiting.holder(), waiting.stance(), waiting.issue(), waiting.counterpart(), more,
                            waiting.attribution(), waiting.hedged(), waiting.date(), waiting.evidence()));
                }
            }
            if (++d.awaitingFor >= 2) {
                d.awaitingConditions = new ArrayList<>();
            }
        }
        int base = out.size();
        out.addAll(here);
        if (!awaiting.isEmpty()) {
            d.awaitingConditions = new ArrayList<>();
            for (int a : awaiting) {
                d.awaitingConditions.add(base + a);
            }
            d.awaitingFor = 0;
        }
        List<Actor> subject = List.of();
        for (int k = 0; k < toks.size() && subject.isEmpty(); k++) {
            if (k > 0 && (prepositionsWords.contains(toks.get(k - 1).lower())
                    || sourcePrepositionsWords.contains(toks.get(k - 1).lower()))) {
                continue;
            }
            subject = groupAt(text, toks, k, parties, s.begin());
        }
        if (!subject.isEmpty()) {
            d.lastSubject = subject;
        }
        for (Mention m : parties) {
            d.recent.remove(m.actor());
            d.recent.add(m.actor());
            if (d.recent.size() > 6) {
                d.recent.remove(0);
            }
            if (m.actor().kind() == ActorKind.PERSON) {
                d.lastPerson = m.actor();
            }
            if (m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.ORGANIZATION || m.actor().kind() == ActorKind.GROUP) {
                d.lastParty = m.actor();
            }
        }
        if (speaker != null) {
            d.lastSpeaker = speaker;
        }
    }

    /**
     * Gives every issue term to one cue: the nearest cue before it whose clause and scope hold it, or else the first
     * cue after it in the same clause ("alle onderhandelingen ... afgewezen"). Terms inside a condition belong to the
     * condition.
     */
    private Map<CueHit, List<IssueHit>> assign(List<Tok> toks, List<CueHit> cues, List<IssueHit> issues, List<int[]> conditions,
                                               Set<CueHit> owned) {
        Map<CueHit, List<IssueHit>> out = new LinkedHashMap<>();
        for (IssueHit h : issues) {
            if (inCondition(h.first(), conditions)) {
                continue;
            }
            CueHit best = null;
            CueHit governing = null;
            for (CueHit c : cues) {
                boolean covers = c.first() <= h.first() && h.first() < scopeEnd(toks, c.last(), conditions)
                        && clauseStart(toks, c.first()) <= h.first();
                if (!covers) {
                    continue;
                }
                // an infinitive under another cue ("weigert te praten") and a noun it governs ("wees de plannen af")
                // lend their words to that cue
                boolean subordinate = best != null && (infinitive(toks, c) || (c.cue().kind() == CueKind.NOUN && best.cue().kind() != CueKind.NOUN)
                        || inComplementOf(toks, best, c));
                if (best == null || (c.first() > best.first() && !subordinate)) {
                    governing = best;
                    best = c;
                }
            }
            if (best == null) {
                for (CueHit c : cues) {
                    if (c.first() > h.last() && clauseStart(toks, c.first()) <= h.first()) {
                        best = c;
                        break;
                    }
                }
            }
            if (best != null) {
                out.computeIfAbsent(best, k -> new ArrayList<>()).add(h);
                // "het door de VS gesteunde plan ... bestreden": an attributive participle passes the noun on
                if (best.last() + 1 >= h.first() - 1 && best.last() < h.first() && best.cue().kind() == CueKind.VERB && participle(toks.get(best.last()).lower())) {
                    // "Moskou verwerpt het door de VS gesteunde plan": the phrase is the object of the verb before it
                    if (governing != null && governing.cue().kind() != CueKind.NOUN && governing.last() < best.first()) {
                        out.computeIfAbsent(governing, k -> new ArrayList<>()).add(h);
                    }
                    for (CueHit c : cues) {
                        if (c.first() > h.last() && clauseStart(toks, c.first()) <= h.first() && c.cue().kind() != CueKind.NOUN) {
                            out.computeIfAbsent(c, k -> new ArrayList<>()).add(h);
                            break;
                        }
                    }
                }
            }
            // "het vredesplan werd door Kiev verworpen": an unowned noun cue passes its own issue to the verb of its clause
            if (best != null && best.cue().kind() == CueKind.NOUN && !owned.contains(best) && h.first() >= best.first() && h.last() <= best.last()) {
                for (CueHit c : cues) {
                    if (c.first() > best.last() && c.cue().kind() != CueKind.NOUN && clauseStart(toks, c.first()) <= best.first()) {
                        out.get(best).remove(h);
                        out.computeIfAbsent(c, k -> new ArrayList<>()).add(h);
                        break;
                    }
                }
            }
            // a noun cue with its own owner ("de Oekraïense plannen") keeps the issues of its phrase too
            for (CueHit c : cues) {
                if (c != best && c.cue().kind() == CueKind.NOUN && h.first() >= c.first() && h.first() <= c.last() + 6
                        && owned.contains(c)) {
                    out.computeIfAbsent(c, k -> new ArrayList<>()).add(h);
                }
            }
        }
        // "het NAVO-lidmaatschap, een stap die Rusland tegenstond": a relative clause without an issue takes its antecedent's
        for (CueHit c : cues) {
            if (out.containsKey(c)) {
                continue;
            }
            int start = clauseStart(toks, c.first());
            int rel = -1;
            for (int k = start; k < c.first() && k <= start + 2; k++) {
                if (relativePronounsWords.contains(toks.get(k).lower())) {
                    rel = k;
                }
            }
            if (rel < 0) {
                continue;
            }
            IssueHit antecedent = null;
            for (IssueHit h : issues) {
                if (h.last() < rel && !inCondition(h.first(), conditions)) {
                    antecedent = h;
                }
            }
            if (antecedent != null && rel - antecedent.last() <= 8) {
                out.computeIfAbsent(c, k -> new ArrayList<>()).add(antecedent);
            }
        }
        return out;
    }

    private boolean participle(String w) {
        return w.length() > 5 && participleEndingsWords.stream().anyMatch(w::endsWith) && participlePrefixesWords.stream().anyMatch(w::contains);
    }

    /** "Dat houdt in dat ...", "Dit betekent dat ...": the sentence spells out the previous one's position. */
    private boolean elaboration(List<Tok> toks) {
        for (String e : elaborationsWords) {
            String[] words = e.split(" ");
            if (matchesAt(toks, 0, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue speaks of conditions ("voorwaarden", "verbindt voorwaarden aan") without naming them. */
    private boolean namesConditions(List<Tok> toks, CueHit c) {
        for (int k = c.first(); k <= Math.min(toks.size() - 1, c.last() + 2); k++) {
            if (conditionNounsWords.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "eist dat Oekraïne akkoord gaat met ...": a cue in the dat-clause of a demand, call or proposal is its content. */
    private boolean inComplementOf(List<Tok> toks, CueHit governing, CueHit c) {
        Stance s = governing.cue().stance();
        if (s != Stance.DEMANDS && s != Stance.URGES && s != Stance.PROPOSES) {
            return false;
        }
        for (int k = governing.last() + 1; k <= c.first(); k++) {
            String w = toks.get(k).lower();
            if (thatComplementizersWords.contains(w) || purposeMarkersWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another cue before {@code c} in its clause governs it. */
    private boolean governed(List<Tok> toks, List<CueHit> cues, CueHit c, List<int[]> conditions) {
        for (CueHit o : cues) {
            if (o != c && o.first() < c.first() && c.first() < scopeEnd(toks, o.last(), conditions)
                    && clauseStart(toks, o.first()) <= c.first()) {
                return true;
            }
        }
        return false;
    }

    /** "te praten", "om ... te vermijden": a cue that is the infinitive of another. */
    private boolean infinitive(List<Tok> toks, CueHit c) {
        if (infinitiveMarkersWords.contains(toks.get(c.first()).lower())
                || (c.first() > 0 && infinitiveMarkersWords.contains(toks.get(c.first() - 1).lower()))) {
            return true;
        }
        for (int k = c.first() - 1; k >= Math.max(0, c.first() - 5); k--) {
            if (purposeMarkersWords.contains(toks.get(k).lower())) {
                return true;
            }
            if (toks.get(k).boundaryBefore()) {
                break;
            }
        }
        return false;
    }

    /** Weapons for Russia are not weapons for Ukraine: "wapens aan Rusland", "munitie naar Moskou". */
    private boolean toRussia(String text, List<Tok> toks, IssueHit h, List<Mention> parties, int offset) {
        return h.issue() == Issue.WEAPONS_SUPPLY && russianRecipientAfter(text, toks, h.last(), parties, offset);
    }

    /** Whether "aan" or "naar" and a Russian party follow within four words after token {@code last}. */
    private boolean russianRecipientAfter(String text, List<Tok> toks, int last, List<Mention> parties, int offset) {
        for (int k = last + 1; k < Math.min(toks.size(), last + 5); k++) {
            if (weaponRecipientsWords.contains(toks.get(k).lower()) && k + 1 < toks.size()) {
                Mention m = mentionStartingAt(parties, offset + toks.get(k + 1).begin());
                if (m != null && m.actor().party().equals("RUS")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "sinds het begin van de invasie", "tijdens het offensief": an issue in a time adverbial is not a stance's object. */
    private boolean temporal(List<Tok> toks, IssueHit h) {
        for (int k = h.first() - 1; k >= Math.max(0, h.first() - 5); k--) {
            if (temporalPrepositionsWords.contains(toks.get(k).lower())) {
                // "sinds het begin van de invasie" is a time; "sinds 2022 de levering van wapens" is not
                String next = toks.get(k + 1).lower();
                return definiteArticlesWords.contains(next) || k + 1 == h.first();
            }
            if (toks.get(k).boundaryBefore() && k < h.first() - 1) {
                return false;
            }
        }
        return false;
    }

    /** "terugtrekking van alle NAVO-troepen": what a withdrawal governs is the withdrawal. */
    private void absorbWithdrawn(List<Tok> toks, List<IssueHit> issues) {
        List<IssueHit> drop = new ArrayList<>();
        for (IssueHit w : issues) {
            if (w.issue() != Issue.WITHDRAWAL) {
                continue;
            }
            for (IssueHit o : issues) {
                if (o != w && o.first() > w.last() && o.first() <= w.last() + 4 && o.issue() != Issue.WITHDRAWAL) {
                    boolean linked = true;
                    for (int k = w.last() + 1; k < o.first(); k++) {
                        if (!governedLinksWords.contains(toks.get(k).lower())) {
                            linked = false;
                        }
                    }
                    if (linked) {
                        drop.add(o);
                    }
                }
            }
        }
        issues.removeAll(drop);
    }

    /** "de sancties worden opgeheven": a lifting word near a sanctions term makes it sanctions relief. */
    private void shiftIssues(List<Tok> toks, List<IssueHit> issues) {
        Map<String, Object> shifts = lexicon.shifts();
        for (int i = 0; i < issues.size(); i++) {
            IssueHit h = issues.get(i);
            Object shift = shifts.get(h.issue().name());
            if (!(shift instanceof Object[] pair)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Set<String> words = (Set<String>) pair[1];
            int from = Math.max(0, h.first() - 3);
            int to = Math.min(toks.size(), h.last() + 8);
            for (int k = from; k < to; k++) {
                String w = toks.get(k).lower();
                String two = k + 1 < toks.size() ? w + " " + toks.get(k + 1).lower() : "";
                String three = k + 2 < toks.size() ? two + " " + toks.get(k + 2).lower() : "";
                if (words.contains(w) || words.contains(two) || words.contains(three)) {
                    issues.set(i, new IssueHit((Issue) pair[0], h.first(), h.last()));
                    break;
                }
            }
        }
    }

    /** A verb cue used as a noun ("het afbreken van de gesprekken") names an event, not a stance. */
    private boolean nominal(List<Tok> toks, CueHit c) {
        if (c.cue().kind() == CueKind.NOUN || c.first() == 0) {
            return false;
        }
        String before = toks.get(c.first() - 1).lower();
        // only an infinitive is a noun after "het" ("het afbreken"); "het weigert" has a pronoun subject
        String cue = toks.get(c.first()).lower();
        return definiteArticlesWords.contains(before) && !toks.get(c.first()).boundaryBefore()
                && infinitiveEndingsWords.stream().anyMatch(cue::endsWith) && c.first() == c.last();
    }

    /** A noun cue after a preposition ("gevraagd naar het voorstel") is a topic, unless its owner follows ("van X"). */
    private boolean topicNoun(List<Tok> toks, CueHit c) {
        if (c.cue().kind() != CueKind.NOUN) {
            return false;
        }
        for (int k = c.first() - 1; k >= Math.max(0, c.first() - 4); k--) {
            String w = toks.get(k).lower();
            if (prepositionsWords.contains(w)) {
                return topicPrepositionsWords.contains(w)
                        || !(c.last() + 1 < toks.size() && ownerPrepositionsWords.contains(toks.get(c.last() + 1).lower()));
            }
            boolean adjective = Character.isLetter(w.charAt(0)) && w.length() > 3 && adjectiveEndingsWords.stream().anyMatch(w::endsWith);
            if (!determinersWords.contains(w) && !adjective) {
                return false;
            }
        }
        return false;
    }

    // ---- tokens and matching ----

    private static List<Tok> tokens(String text) {
        return tokens(text, false);
    }

    /** The words of a sentence; {@code inQuote} when a quotation opened in an earlier sentence is still open. */
    private static List<Tok> tokens(String text, boolean inQuote) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int quote = inQuote ? 1 : 0;
        boolean boundary = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || ((text.charAt(j) == '-' || text.charAt(j) == '\'' || text.charAt(j) == '’')
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Tok(i, j, text.substring(i, j).toLowerCase(Locale.ROOT), quote > 0, boundary));
                boundary = false;
                i = j;
                continue;
            }
            if (openingQuote(c)) {
                quote++;
                boundary = true;
            } else if (closingQuote(c) && quote > 0) {
                quote--;
                boundary = true;
            } else if (c == '"') {
                quote = quote > 0 ? 0 : 1;
                boundary = true;
            } else if (",;:()–—".indexOf(c) >= 0 || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                boundary = true;
            }
            i++;
        }
        return out;
    }

    private void scan(String text, List<Tok> toks, List<CueHit> cues, List<IssueHit> issues, List<int[]> conditions) {
        int coveredIssue = -1;
        int coveredCue = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            CueHit bestCue = null;
            IssueHit bestIssue = null;
            for (FormTrie.Hit<Object> h : phrases.match(text, t.begin(), text.length())) {
                int last = lastToken(toks, i, h.end());
                if (last < 0) {
                    continue;
                }
                Object v = h.value();
                if (v instanceof Object[] pair) {
                    Cue cue = (Cue) pair[0];
                    boolean joined = (Boolean) pair[1];
                    if (cue.kind() == CueKind.PARTICLE_VERB && !joined) {
                        int p = particle(toks, last, cue.particle());
                        if (p < 0) {
                            continue;
                        }
                        last = p;
                    }
                    if (bestCue == null || last - i > bestCue.last() - bestCue.first()) {
                        bestCue = new CueHit(cue, i, last);
                    }
                } else if (v instanceof Issue issue) {
                    if (bestIssue == null || last > bestIssue.last()) {
                        bestIssue = new IssueHit(issue, i, last);
                    }
                } else if ("condition".equals(v) && !comparative(toks, i, last)) {
                    conditions.add(new int[] {i, conditionEnd(toks, last)});
                }
            }
            if (bestCue != null && i > coveredCue) {
                cues.add(bestCue);
                coveredCue = toks.get(bestCue.first()) == t && bestCue.cue().kind() == CueKind.PARTICLE_VERB
                        && bestCue.last() > i + 3 ? i : bestCue.last();
            }
            if (bestIssue == null && i > coveredIssue) {
                Issue w = wild(t.lower());
                if (w != null) {
                    bestIssue = new IssueHit(w, i, i);
                }
            }
            if (bestIssue != null && i > coveredIssue) {
                issues.add(bestIssue);
                coveredIssue = bestIssue.last();
            }
        }
        // a condition marker inside a longer one ("als" in "alleen als") is the same condition
        conditions.removeIf(c -> conditions.stream().anyMatch(o -> o != c && o[0] < c[0] && o[1] >= c[1]));
    }

    /** "zien het als een manier", "zowel ... als": "als" that compares, not a condition. */
    private boolean comparative(List<Tok> toks, int i, int last) {
        if (last != i || !ambiguousConditionMarkersWords.contains(toks.get(i).lower())) {
            return false;
        }
        if (i + 1 < toks.size() && comparativeAsFollowersWords.contains(toks.get(i + 1).lower())) {
            return true;
        }
        if (i + 2 < toks.size() && comparativeAsFollowersWords.contains(toks.get(i + 1).lower() + " " + toks.get(i + 2).lower())) {
            return true;
        }
        // "als een manier om ...", "als een signaal": a comparison, not a condition
        if (i + 2 < toks.size() && indefiniteArticlesWords.contains(toks.get(i + 1).lower())
                && comparativeAsNounsWords.contains(toks.get(i + 2).lower())) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (comparativeAsWords.contains(toks.get(k).lower())) {
                return true;
            }
            if (toks.get(k + 1).boundaryBefore()) {
                break;
            }
        }
        return false;
    }

    private Issue wild(String word) {
        if (word.length() < 4) {
            return null;
        }
        char last = word.charAt(word.length() - 1);
        for (String[] w : wildTerms) {
            String core = w[0];
            // a suffix term ends where the word ends: a cheap test before endsWith
            if (w[3].isEmpty() && !w[2].isEmpty() && core.charAt(core.length() - 1) != last) {
                continue;
            }
            boolean any = !w[2].isEmpty();
            boolean tail = !w[3].isEmpty();
            boolean hit;
            if (any && tail) {
                hit = word.contains(core);
            } else if (any) {
                hit = word.endsWith(core);
            } else {
                hit = word.startsWith(core);
            }
            if (hit) {
                return Issue.valueOf(w[1]);
            }
        }
        return null;
    }

    /** The index of the token that ends at {@code end}, or -1 when the match stops inside a word. */
    private static int lastToken(List<Tok> toks, int from, int end) {
        for (int k = from; k < toks.size() && toks.get(k).begin() < end; k++) {
            if (toks.get(k).end() == end) {
                return k;
            }
            if (toks.get(k).end() > end) {
                return -1;
            }
        }
        return -1;
    }

    /** The particle of a separable verb, later in the same clause, or -1. */
    private int particle(List<Tok> toks, int verb, String particle) {
        String[] words = particle.split(" ");
        for (int k = verb + 1; k < toks.size(); k++) {
            if (k > verb + 1 && toks.get(k).boundaryBefore() && !toks.get(k).quoted()) {
                return -1;
            }
            if (isBoundaryWord(toks.get(k).lower()) && k > verb + 1) {
                return -1;
            }
            if (matchesAt(toks, k, words)) {
                return k + words.length - 1;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<Tok> toks, int k, String[] words) {
        if (k + words.length > toks.size()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!toks.get(k + w).lower().equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    private boolean isBoundaryWord(String w) {
        return clauseBoundariesWords.contains(w);
    }

    private int conditionEnd(List<Tok> toks, int from) {
        int k = from + 1;
        while (k < toks.size() && !(toks.get(k).boundaryBefore() && k > from + 1) && !hardBoundariesWords.contains(toks.get(k).lower())) {
            k++;
        }
        return k;
    }

    private static boolean inCondition(int token, List<int[]> conditions) {
        for (int[] c : conditions) {
            if (token >= c[0] && token < c[1]) {
                return true;
            }
        }
        return false;
    }

    // ---- clauses ----

    private int clauseStart(List<Tok> toks, int cue) {
        for (int k = cue; k > 0; k--) {
            Tok t = toks.get(k);
            if (t.boundaryBefore() && !t.quoted()) {
                return k;
            }
            if (k < cue && isBoundaryWord(t.lower())) {
                return k;
            }
        }
        return 0;
    }

    private int scopeEnd(List<Tok> toks, int cueLast, List<int[]> conditions) {
        for (int k = cueLast + 1; k < toks.size(); k++) {
            String w = toks.get(k).lower();
            if (hardBoundariesWords.contains(w)) {
                return k;
            }
            for (int[] c : conditions) {
                if (c[0] == k) {
                    return k;
                }
            }
            if (toks.get(k).boundaryBefore() && speechVerbsWords.contains(w)) {
                return k;
            }
        }
        return toks.size();
    }

    // ---- holders ----

    private List<Actor> holders(String text, List<Tok> toks, CueHit c, int clauseStart, List<Mention> all, int offset,
                                Actor speaker, Discourse d, Set<Integer> issueTokens) {
        // a party named inside an issue term ("NAVO-lidmaatschap") or a document ("VN-Handvest") holds nothing
        List<Mention> parties = new ArrayList<>();
        for (Mention m : all) {
            int k = tokenEndingAt(toks, m.begin() - offset + 1);
            if (!issueTokens.contains(k) && !nonAgent(text, m, offset)) {
                parties.add(m);
            }
        }
        // the owner of a noun cue: "het voorstel van Rusland", "de Russische eisen", "Poetins eis"
        if (c.cue().kind() == CueKind.NOUN) {
            List<Actor> owner = owner(text, toks, c, parties, offset);
            if (!owner.isEmpty()) {
                return owner;
            }
        }
        // a predicate judged for or by someone: "is voor Moskou onacceptabel", "is volgens Kiev onaanvaardbaar"
        if (c.cue().kind() == CueKind.ADJECTIVE || c.cue().kind() == CueKind.PHRASE) {
            for (int k = Math.max(clauseStart, c.first() - 6); k < c.first(); k++) {
                String w = toks.get(k).lower();
                if (judgementPrepositionsWords.contains(w)) {
                    for (int j = k + 1; j < c.first(); j++) {
                        List<Actor> g = groupAt(text, toks, j, parties, offset);
                        if (!g.isEmpty()) {
                            return g;
                        }
                    }
                }
            }
        }
        // "Kiev moet volgens hem ... inwilligen": what someone says another must do is the sayer's position
        if (speaker != null) {
            for (int k = clauseStart; k < c.first(); k++) {
                if (deonticModalsWords.contains(toks.get(k).lower())) {
                    return List.of(speaker);
                }
            }
        }
        // a passive: "werd door Trump uitgesloten"
        for (int k = clauseStart; k < Math.min(toks.size(), c.last() + 4); k++) {
            if (passiveAgentWords.contains(toks.get(k).lower()) && passiveNear(toks, k, c, clauseStart)) {
                List<Actor> agent = groupAt(text, toks, k + 1, parties, offset);
                if (!agent.isEmpty()) {
                    return agent;
                }
            }
        }
        // a clause that opens with its verb ("..., maar riep Rusland op") has the governing clause's subject
        int opening = clauseStart;
        while (opening < c.first() && coordinatorsWords.contains(toks.get(opening).lower())) {
            opening++;
        }
        if (opening == c.first() && clauseStart > 0 && c.cue().kind() != CueKind.NOUN) {
            return holders(text, toks, c, clauseStart(toks, clauseStart - 1), all, offset, speaker, d, issueTokens);
        }
        // the subject: the first party of the clause that does not follow a preposition (or a pronoun for one)
        for (int k = clauseStart; k < Math.min(toks.size(), c.last() + 4); k++) {
            if (k > c.last() && opensClause(toks.get(k))) {
                // "... niet te praten valt zolang Poetin president is": a party of the next clause is not the subject
                break;
            }
            if (k - 1 >= clauseStart && (prepositionsWords.contains(toks.get(k - 1).lower())
                    || sourcePrepositionsWords.contains(toks.get(k - 1).lower()))) {
                continue;
            }
            List<Actor> g = groupAt(text, toks, k, parties, offset);
            if (!g.isEmpty()) {
                int from = k == clauseStart ? listStart(text, toks, k, parties, offset) : k;
                return from == k ? g : groupAt(text, toks, from, parties, offset);
            }
            List<Actor> ref = referring(toks, k, d);
            if (!ref.isEmpty()) {
                return ref;
            }
            String w = toks.get(k).lower();
            if (lexicon.pronouns().containsKey(w)) {
                List<Actor> p = pronoun(text, toks, k, w, parties, offset, d, speaker);
                if (!p.isEmpty()) {
                    return p;
                }
            }
        }
        if (speaker != null) {
            return List.of(speaker);
        }
        if (clauseStart > 0) {
            // an infinitive or a subordinate clause without its own subject: the governing clause's
            return holders(text, toks, c, clauseStart(toks, clauseStart - 1), all, offset, speaker, d, issueTokens);
        }
        return List.of();
    }

    /**
     * Where a list of parties that ends at token {@code k} begins: "Frankrijk, Duitsland en Italië" is one subject, though
     * the comma starts a clause at "Duitsland". The list must open the sentence or a clause of its own.
     */
    private static int listStart(String text, List<Tok> toks, int k, List<Mention> parties, int offset) {
        int start = k;
        while (start > 0 && toks.get(start).boundaryBefore()
                && text.substring(toks.get(start - 1).end(), toks.get(start).begin()).strip().equals(",")) {
            Mention before = null;
            for (Mention m : parties) {
                if (m.end() - offset == toks.get(start - 1).end()) {
                    before = m;
                }
            }
            int first = before == null ? -1 : tokenStartingAt(toks, before.begin() - offset);
            if (first < 0 || first >= start) {
                break;
            }
            start = first;
        }
        return start == 0 || toks.get(start).boundaryBefore() ? start : k;
    }

    private static int tokenStartingAt(List<Tok> toks, int at) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).begin() == at) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a token after a cue starts another clause: a boundary, a subordinator, a one-word condition marker. */
    private boolean opensClause(Tok t) {
        return t.boundaryBefore() || clauseBoundariesWords.contains(t.lower())
                || (conditionMarkersWords.contains(t.lower()) && !ambiguousConditionMarkersWords.contains(t.lower()));
    }

    /** Who a noun cue belongs to: "van X" after it, or a party or demonym right before it. */
    private List<Actor> owner(String text, List<Tok> toks, CueHit c, List<Mention> parties, int offset) {
        int after = c.last() + 1;
        if (after < toks.size() && ownerPrepositionsWords.contains(toks.get(after).lower())) {
            List<Actor> g = groupAt(text, toks, after + 1, parties, offset);
            if (g.isEmpty() && after + 2 < toks.size()) {
                g = groupAt(text, toks, after + 2, parties, offset);
            }
            if (!g.isEmpty()) {
                return g;
            }
        }
        int before = c.first() - 1;
        if (before >= 0) {
            for (Mention m : parties) {
                if (m.end() - offset <= toks.get(c.first()).begin() && m.end() - offset >= toks.get(before).begin()) {
                    return List.of(m.actor());
                }
            }
        }
        return List.of();
    }

    /** "VN-Handvest", "NAVO-top": a party inside a compound for a thing, not an agent. */
    private boolean nonAgent(String text, Mention m, int offset) {
        int e = m.end() - offset;
        if (e >= text.length() || text.charAt(e) != '-') {
            return false;
        }
        int j = e + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return nonAgentCompoundsWords.contains(text.substring(e + 1, j).toLowerCase(Locale.ROOT));
    }

    private boolean passiveNear(List<Tok> toks, int door, CueHit c, int clauseStart) {
        if (door < c.first() && door > c.last() - 3) {
            return true; // "werd door Trump uitgesloten"
        }
        // farther from the cue, or after it, "door" is an agent only in a passive clause: "door de VS werd uitgesloten",
        // "werd afgewezen door Kiev", not "weigert het door Washington gesteunde plan"
        boolean auxiliary = false;
        for (int k = clauseStart; k < Math.max(door, c.first()) && !auxiliary; k++) {
            auxiliary = passiveAuxiliariesWords.contains(toks.get(k).lower());
        }
        if (door < c.first()) {
            return auxiliary && door >= c.first() - 5;
        }
        return auxiliary && door > c.last() && door <= c.last() + 3;
    }

    /** The parties that start at token {@code k}, with the ones coordinated after them ("Frankrijk en Duitsland"). */
    private List<Actor> groupAt(String text, List<Tok> toks, int k, List<Mention> parties, int offset) {
        if (k >= toks.size()) {
            return List.of();
        }
        List<Actor> group = new ArrayList<>();
        int at = k;
        while (at < toks.size()) {
            int skip = at;
            // "de", "het", "zowel" may stand before a party
            while (skip < toks.size() && skip < at + 2 && subjectLeadersWords.contains(toks.get(skip).lower())) {
                skip++;
            }
            if (skip >= toks.size()) {
                break;
            }
            Mention m = mentionStartingAt(parties, offset + toks.get(skip).begin());
            if (m == null && skip != at) {
                m = mentionStartingAt(parties, offset + toks.get(at).begin());
            }
            if (m == null) {
                break;
            }
            // a role or demonym followed by the person's name is one party: the person
            int endTok = tokenEndingAt(toks, m.end() - offset);
            Mention next = endTok + 1 < toks.size() ? mentionStartingAt(parties, offset + toks.get(endTok + 1).begin()) : null;
            Actor chosen = m.actor();
            if (next == null && m.kind() == MentionKind.DEMONYM) {
                for (int j = endTok + 1; j < Math.min(toks.size(), endTok + 6) && next == null; j++) {
                    if (toks.get(j).boundaryBefore()) {
                        break;
                    }
                    Mention later = mentionStartingAt(parties, offset + toks.get(j).begin());
                    if (later != null && later.actor().kind() == ActorKind.PERSON && sameParty(m.actor(), later.actor())) {
                        next = later;
                    }
                }
            }
            while (next != null && sameParty(chosen, next.actor())) {
                chosen = specific(chosen, next.actor());
                endTok = tokenEndingAt(toks, next.end() - offset);
                next = endTok + 1 < toks.size() ? mentionStartingAt(parties, offset + toks.get(endTok + 1).begin()) : null;
            }
            if (!group.contains(chosen)) {
                group.add(chosen);
            }
            int after = endTok + 1;
            if (after < toks.size() && partyCoordinatorsWords.contains(toks.get(after).lower())) {
                at = after + 1;
                continue;
            }
            if (after < toks.size() && toks.get(after).boundaryBefore() && text.charAt(toks.get(after).begin() - 2) == ','
                    && mentionStartingAt(parties, offset + toks.get(after).begin()) != null) {
                at = after;
                continue;
            }
            break;
        }
        return group;
    }

    private static boolean sameParty(Actor a, Actor b) {
        return a.party().equals(b.party()) || a.id().equals(b.party()) || b.id().equals(a.party());
    }

    private static Actor specific(Actor a, Actor b) {
        int ra = rank(a);
        int rb = rank(b);
        return rb > ra ? b : a;
    }

    private static int rank(Actor a) {
        return switch (a.kind()) {
            case PERSON -> 3;
            case UNNAMED -> 2;
            default -> 1;
        };
    }

    /** The mention that starts at {@code offset}; of several, the most specific (a person, then an unnamed official). */
    private static Mention mentionStartingAt(List<Mention> parties, int offset) {
        Mention best = null;
        for (Mention m : parties) {
            if (m.begin() == offset && (best == null || rank(m.actor()) > rank(best.actor()))) {
                best = m;
            }
        }
        return best;
    }

    private static int tokenEndingAt(List<Tok> toks, int end) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).end() >= end) {
                return k;
            }
        }
        return toks.size() - 1;
    }

    /** "het land", "de regering", "de president", "beide landen": what earlier sentences named. */
    private List<Actor> referring(List<Tok> toks, int k, Discourse d) {
        for (int len = 3; len >= 2; len--) {
            if (k + len > toks.size()) {
                continue;
            }
            StringBuilder b = new StringBuilder(toks.get(k).lower());
            for (int w = 1; w < len; w++) {
                b.append(' ').append(toks.get(k + w).lower());
            }
            String kind = lexicon.referringNouns().get(b.toString());
            if (kind != null) {
                Actor one = switch (kind) {
                    case "PERSON" -> d.lastPerson;
                    case "STATE" -> d.lastParty;
                    default -> null;
                };
                if (kind.equals("PAIR")) {
                    if (d.lastSubject.size() >= 2) {
                        return d.lastSubject;
                    }
                    if (d.lastHolders.size() >= 2) {
                        return d.lastHolders;
                    }
                    return d.recent.size() >= 2 ? List.copyOf(d.recent.subList(d.recent.size() - 2, d.recent.size())) : List.of();
                }
                return one == null ? List.of() : List.of(one);
            }
        }
        return List.of();
    }

    /**
     * What a pronoun at token {@code k} refers to: "we" to the speaker; "hij" to the nearest person named before it
     * in the sentence, else the last person of earlier sentences; "ze" in a later clause to the subject of the
     * sentence's first clause, else the last holders or party.
     */
    private List<Actor> pronoun(String text, List<Tok> toks, int k, String word, List<Mention> parties, int offset, Discourse d,
                                Actor speaker) {
        String kind = lexicon.pronouns().get(word);
        if (kind == null) {
            return List.of();
        }
        int at = offset + toks.get(k).begin();
        switch (kind) {
            case "SPEAKER":
                return speaker != null ? List.of(speaker) : d.lastSpeaker != null ? List.of(d.lastSpeaker) : List.of();
            case "PERSON": {
                Actor nearest = null;
                for (Mention m : parties) {
                    if (m.end() <= at && m.actor().kind() == ActorKind.PERSON) {
                        nearest = m.actor();
                    }
                }
                if (nearest != null) {
                    return List.of(nearest);
                }
                return d.lastPerson != null ? List.of(d.lastPerson) : List.of();
            }
            default: {
                int own = clauseStart(toks, k);
                for (int j = 0; j < own; j++) {
                    if (j > 0 && prepositionsWords.contains(toks.get(j - 1).lower())) {
                        continue;
                    }
                    List<Actor> g = groupAt(text, toks, j, parties, offset);
                    if (!g.isEmpty()) {
                        return g;
                    }
                }
                if (subjectPronounsWords.contains(word)) {
                    if (!d.lastSubject.isEmpty()) {
                        return d.lastSubject;
                    }
                }
                if (!d.lastHolders.isEmpty()) {
                    return d.lastHolders;
                }
                return d.lastParty != null ? List.of(d.lastParty) : d.lastPerson != null ? List.of(d.lastPerson) : List.of();
            }
        }
    }

    /** The speaker of a sentence: "zei X", "aldus X", "X zei", "volgens X". */
    private Actor speaker(String text, List<Tok> toks, List<Mention> parties, int offset) {
        Set<String> verbs = speechVerbsWords;
        for (int k = 0; k < toks.size(); k++) {
            String w = toks.get(k).lower();
            String two = k + 1 < toks.size() ? w + " " + toks.get(k + 1).lower() : "";
            int after = verbs.contains(two) ? k + 2 : verbs.contains(w) ? k + 1 : -1;
            if (after < 0) {
                if (!splitSpeechVerbStarts.contains(w)) {
                    continue;
                }
                // a two-word verb around its subject: "liet Lavrov weten", "laat het Kremlin weten"
                for (int m = k + 2; m < Math.min(toks.size(), k + 6); m++) {
                    if (verbs.contains(w + " " + toks.get(m).lower())) {
                        for (int j = k + 1; j < m; j++) {
                            List<Actor> g = groupAt(text, toks, j, parties, offset);
                            if (!g.isEmpty()) {
                                return g.get(0);
                            }
                        }
                    }
                }
                continue;
            }
            // "zei X" (after), or "X zei dat" (before)
            boolean before = after < toks.size() && thatComplementizersWords.contains(toks.get(after).lower());
            if (!before) {
                for (int j = after; j < Math.min(toks.size(), after + 4); j++) {
                    List<Actor> g = groupAt(text, toks, j, parties, offset);
                    if (!g.isEmpty()) {
                        return g.get(0);
                    }
                }
            }
            for (int j = Math.max(0, k - 6); j < k; j++) {
                List<Actor> g = groupAt(text, toks, j, parties, offset);
                if (!g.isEmpty()) {
                    return g.get(0);
                }
            }
        }
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (speakerPrepositionsWords.contains(toks.get(k).lower())) {
                List<Actor> g = groupAt(text, toks, k + 1, parties, offset);
                if (!g.isEmpty()) {
                    return g.get(0);
                }
            }
        }
        return null;
    }

    // ---- negation, conditions, attribution ----

    /**
     * Whether the stance is negated: negation words near before the cue (six words at most, within its clause) or
     * between the cue and its issue, but not the cue's own words ("ziet niets in") nor a condition's.
     */
    private boolean negated(List<Tok> toks, int from, int to, CueHit c, List<int[]> conditions) {
        int count = 0;
        int start = Math.max(from, c.first() - 6);
        for (int k = start; k < Math.min(to, toks.size()); k++) {
            String w = toks.get(k).lower();
            if (!lexicon.negations().contains(w) || inCondition(k, conditions)) {
                continue;
            }
            boolean own = c.cue().kind() == CueKind.PARTICLE_VERB ? (k == c.first() || k == c.last()) : (k >= c.first() && k <= c.last());
            if (own) {
                continue;
            }
            if (k + 1 < toks.size() && notNegatingPairsWords.contains(w + " " + toks.get(k + 1).lower())) {
                // "niet alleen ... maar ook", "geen andere oplossing dan ...": no negation of the stance
                continue;
            }
            if (count > 0 && correlativeNegationsWords.contains(w)) {
                // "noch Kiev noch Moskou", "geen wapens noch geld": one negation in two words
                continue;
            }
            count++;
        }
        return count % 2 == 1;
    }

    private static int nextIssueStart(List<IssueHit> issues, IssueHit at) {
        int next = Integer.MAX_VALUE;
        for (IssueHit h : issues) {
            if (h.first() > at.last() && h.first() < next) {
                next = h.first();
            }
        }
        return next;
    }

    /** "Hongarije steunt de sancties niet", "Daarover onderhandelen we niet": a negation that closes the clause. */
    private boolean trailingNegation(List<Tok> toks, int after, int scopeEnd) {
        for (int k = after + 1; k < Math.min(Math.min(scopeEnd, toks.size()), after + 4); k++) {
            if (toks.get(k).boundaryBefore()) {
                return false;
            }
            String w = toks.get(k).lower();
            if (closingNegationsWords.contains(w) && (k + 1 >= toks.size() || toks.get(k + 1).boundaryBefore()
                    || k + 1 == Math.min(scopeEnd, toks.size()))) {
                return true;
            }
        }
        return false;
    }

    /** "ontkende dat ...", "niet betekent dat ...": the clause that governs a dat-clause denies it. */
    private boolean deniedBefore(List<Tok> toks, int clauseStart) {
        boolean denied = false;
        for (int k = 0; k < clauseStart; k++) {
            if (lexicon.negatingVerbs().contains(toks.get(k).lower())) {
                denied = true;
            }
        }
        if (!denied && clauseStart > 0 && thatComplementizersWords.contains(toks.get(clauseStart).lower())) {
            int governing = clauseStart(toks, clauseStart - 1);
            for (int k = governing; k < clauseStart; k++) {
                if (governingNegationsWords.contains(toks.get(k).lower())) {
                    denied = !denied;
                }
            }
        }
        return denied;
    }

    /** "om een escalatie te vermijden": a verb just after the issue, in the same clause, turns it around. */
    private boolean reversedAfter(List<Tok> toks, int issueLast, int nextIssue, int scopeEnd, CueHit c) {
        Set<String> reversing = reversingVerbsWords;
        // only the nearest issue before the verb is turned around ("overleg om een escalatie te vermijden")
        int limit = Math.min(Math.min(Math.min(scopeEnd, toks.size()), issueLast + 11), nextIssue);
        for (int k = issueLast + 1; k < limit; k++) {
            if (toks.get(k).boundaryBefore()) {
                return false;
            }
            String w = toks.get(k).lower();
            String two = k + 1 < toks.size() ? w + " " + toks.get(k + 1).lower() : "";
            boolean own = k >= c.first() && k <= c.last() && c.cue().stance() == Stance.OPPOSES;
            if (!own && (reversing.contains(w) || reversing.contains(two))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "eist dat Oekraïne afziet van het NAVO-lidmaatschap": a reversing verb with its preposition ("afzien van",
     * "een einde maken aan") in a dat-clause between the cue and the issue turns the issue around. Only in a
     * dat-clause: what a holder asks of another party is read this way; its own offers ("stelt voor af te zien
     * van aanvallen") are left to the issue terms.
     */
    private boolean reversedBefore(List<Tok> toks, int issueFirst, CueHit c) {
        Set<String> reversing = reversingVerbsWords;
        for (int k = issueFirst - 1; k > c.last() && k >= issueFirst - 6; k--) {
            if (toks.get(k + 1).boundaryBefore()) {
                return false;
            }
            String w = toks.get(k).lower();
            if (!reversingPrepositions.contains(w)) {
                continue;
            }
            StringBuilder form = new StringBuilder(w);
            for (int j = k - 1; j > c.last() && j >= k - 4; j--) {
                if (toks.get(j + 1).boundaryBefore()) {
                    break;
                }
                form.insert(0, toks.get(j).lower() + " ");
                if (reversing.contains(form.toString())) {
                    return thatClauseBetween(toks, c.last(), j);
                }
            }
        }
        return false;
    }

    /** Whether a "dat" opens a clause between the cue and token {@code to}: the demand is of someone else. */
    private boolean thatClauseBetween(List<Tok> toks, int cueLast, int to) {
        for (int k = cueLast + 1; k < to; k++) {
            if (thatComplementizersWords.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The conditions of a cue: condition clauses after it ("... als Rusland zich terugtrekt"), a condition that opens
     * the sentence ("Als ..., dan ..."), and the list after a condition noun ("voorwaarden ..., waaronder A en B").
     * Conditions that repeat (same issue, same actor) are kept once.
     */
    private List<Condition> conditionsFor(String text, List<Tok> toks, List<int[]> conditions, List<IssueHit> issues,
                                          List<Mention> parties, int offset, CueHit cue) {
        List<Condition> out = new ArrayList<>();
        for (int[] c : conditions) {
            if (c.length > 2) {
                // a list after a condition noun is read below, item by item
                continue;
            }
            boolean after = c[0] > cue.last();
            boolean fronted = c[0] == 0 || (c[0] < cue.first() && c[1] <= cue.first() && clauseStart(toks, c[0]) == 0);
            if (!after && !fronted) {
                continue;
            }
            int end = Math.min(c[1], toks.size());
            String clause = text.substring(toks.get(c[0]).begin(), toks.get(end - 1).end());
            Actor requiredOf = subjectIn(text, toks, c[0] + 1, end, parties, offset);
            Set<Issue> seen = new LinkedHashSet<>();
            for (IssueHit h : issues) {
                if (h.first() > c[0] && h.first() < end) {
                    seen.add(h.issue());
                }
            }
            // a condition that names no issue is left out: guessing OTHER costs more than it finds
            for (Issue i : seen) {
                addOnce(out, new Condition(i, requiredOf, clause));
            }
        }
        if (conditionNounsWords.contains(toks.get(cue.first()).lower())) {
            int list = -1;
            for (int k = cue.last() + 1; k < toks.size() && list < 0; k++) {
                String w = toks.get(k).lower();
                String two = k + 1 < toks.size() ? w + " " + toks.get(k + 1).lower() : "";
                if (listMarkersWords.contains(w) || listMarkersWords.contains(two)) {
                    list = k;
                }
            }
            if (list >= 0) {
                for (IssueHit h : issues) {
                    if (h.first() > list) {
                        Actor requiredOf = nearestPartyBefore(parties, offset + toks.get(h.first()).begin(), offset + toks.get(list).begin());
                        addOnce(out, new Condition(h.issue(), requiredOf, text.substring(toks.get(h.first()).begin(), toks.get(h.last()).end())));
                    }
                }
            }
        }
        return out;
    }

    private static void addOnce(List<Condition> out, Condition c) {
        for (Condition o : out) {
            if (o.issue() == c.issue() && java.util.Objects.equals(o.requiredOf(), c.requiredOf())) {
                return;
            }
        }
        out.add(c);
    }

    private Actor subjectIn(String text, List<Tok> toks, int from, int to, List<Mention> parties, int offset) {
        for (int k = from; k < to; k++) {
            if (k > from && prepositionsWords.contains(toks.get(k - 1).lower())) {
                continue;
            }
            List<Actor> g = groupAt(text, toks, k, parties, offset);
            if (!g.isEmpty()) {
                return g.get(0);
            }
        }
        return null;
    }

    private static Actor nearestPartyBefore(List<Mention> parties, int at, int notBefore) {
        Actor found = null;
        for (Mention m : parties) {
            if (m.end() <= at && m.begin() >= notBefore) {
                found = m.actor();
            }
        }
        return found;
    }

    private Attribution attribution(String text, List<Tok> toks, CueHit c, Actor holder, Actor speaker) {
        if (holder.kind() == ActorKind.UNNAMED || (speaker != null && speaker.kind() == ActorKind.UNNAMED)) {
            return Attribution.UNNAMED_SOURCE;
        }
        String words = joined(toks);
        for (String m : unnamedSourcesWords) {
            if (words.contains(" " + m + " ")) {
                return Attribution.UNNAMED_SOURCE;
            }
        }
        return toks.get(c.first()).quoted() ? Attribution.DIRECT_QUOTE : Attribution.REPORTED;
    }

    /** The sentence's words in lower case, joined and surrounded by single spaces. */
    private static String joined(List<Tok> toks) {
        StringBuilder b = new StringBuilder(" ");
        for (Tok t : toks) {
            b.append(t.lower()).append(' ');
        }
        return b.toString();
    }

    /** Whether the sentence distances itself ("naar verluidt", "zou"): its words hold a hedge. */
    private boolean hedged(List<Tok> toks) {
        for (Tok t : toks) {
            if (hedgesWords.contains(t.lower())) {
                return true;
            }
        }
        String words = joined(toks);
        for (String h : paddedHedges) {
            if (words.contains(h)) {
                return true;
            }
        }
        return false;
    }

    private Actor counterpart(List<Tok> toks, List<Mention> parties, int offset, CueHit c, int scopeEnd, Actor holder) {
        for (int k = c.first(); k + 1 < Math.min(scopeEnd, toks.size()); k++) {
            if (counterpartPrepositionsWords.contains(toks.get(k).lower())) {
                Mention m = mentionStartingAt(parties, offset + toks.get(k + 1).begin());
                if (m != null && !sameParty(m.actor(), holder)) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /** The event date: the sentence's own date where it names one, else the article's. */
    private PartialDate date(Article article, List<TimeExpression> times, Sentence s) {
        for (TimeExpression t : times) {
            if (t.value() != null && !undating(s, t)) {
                return t.value();
            }
        }
        return article.date();
    }

    /**
     * "sinds 2014", "vanaf maart", "de grenzen van 1991": a date after one of these prepositions is where something
     * began or what a thing is named by, not when the position was stated.
     */
    private boolean undating(Sentence s, TimeExpression t) {
        int at = t.begin() - s.begin();
        String text = s.text();
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && undatingPrepositionsWords.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * What the extractor sees in one sentence, for tuning a lexicon: the cues (stance, kind, words), the issue terms
     * and the conditions it finds, one per line.
     */
    public String explain(String sentence) {
        List<Tok> toks = tokens(sentence);
        List<CueHit> cues = new ArrayList<>();
        List<IssueHit> issues = new ArrayList<>();
        List<int[]> conditions = new ArrayList<>();
        scan(sentence, toks, cues, issues, conditions);
        StringBuilder b = new StringBuilder();
        for (CueHit c : cues) {
            b.append("cue ").append(c.cue().stance()).append(' ').append(c.cue().kind()).append(" \"")
                    .append(sentence, toks.get(c.first()).begin(), toks.get(c.last()).end()).append("\" clause from \"")
                    .append(toks.get(clauseStart(toks, c.first())).lower()).append("\"\n");
        }
        for (IssueHit h : issues) {
            b.append("issue ").append(h.issue()).append(" \"").append(sentence, toks.get(h.first()).begin(), toks.get(h.last()).end())
                    .append(inCondition(h.first(), conditions) ? "\" (in a condition)" : "\"").append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "PositionExtractor[" + lexicon + "]";
    }
}

package io.github.peacetalks.query;

import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.DatePrecision;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Polarity;
import io.github.peacetalks.model.Stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The positions of a corpus that pass a set of filters. Immutable: each filter returns a new query, so a query can
 * be kept and refined in several directions. Results come in {@link Statement#CHRONOLOGICAL} order.
 *
 * <p>Date filters keep a position only when every day its date covers lies in the range: a {@code 2023-02}
 * position is inside {@code 2023-01..2023-03} but not inside {@code 2023-02-10..2023-02-20}, because it may have
 * been stated on any day of February. Undated positions pass no date filter.
 */
public final class PositionQuery {

    private final Corpus corpus;
    private final Predicate<Statement> filter;
    private final List<String> terms;

    PositionQuery(Corpus corpus, Predicate<Statement> filter, List<String> terms) {
        this.corpus = corpus;
        this.filter = filter;
        this.terms = List.copyOf(terms);
    }

    Corpus corpus() {
        return corpus;
    }

    private PositionQuery and(String term, Predicate<Statement> more) {
        List<String> t = new ArrayList<>(terms);
        t.add(term);
        return new PositionQuery(corpus, filter.and(more), t);
    }

    /** Positions held by the actor {@code id} or by anyone who speaks for it ({@code RUS} includes Putin and the Kremlin). */
    public PositionQuery holder(String id) {
        corpus.requireKnown(id);
        return and("holder " + id, s -> Parties.rollsUpTo(s.holder(), id));
    }

    /** Positions held by exactly the actor {@code id}, without those who speak for it. */
    public PositionQuery holderExactly(String id) {
        corpus.requireKnown(id);
        return and("holder exactly " + id, s -> s.holder().id().equals(id));
    }

    /** Positions whose holder is of one of the given kinds. */
    public PositionQuery holderKind(ActorKind... kinds) {
        Set<ActorKind> set = enumSet(ActorKind.class, kinds);
        return and("holder kind " + set, s -> set.contains(s.holder().kind()));
    }

    /** Positions on one of the given issues. */
    public PositionQuery issue(Issue... issues) {
        Set<Issue> set = enumSet(Issue.class, issues);
        return and("issue " + set, s -> set.contains(s.position().issue()));
    }

    /** Positions with one of the given stances. */
    public PositionQuery stance(Stance... stances) {
        Set<Stance> set = enumSet(Stance.class, stances);
        return and("stance " + set, s -> set.contains(s.position().stance()));
    }

    /** Positions for or against their issue. */
    public PositionQuery polarity(Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        return and("polarity " + polarity, s -> s.position().polarity() == polarity);
    }

    /** Positions whose counterpart is the actor {@code id} or speaks for it. */
    public PositionQuery counterpart(String id) {
        corpus.requireKnown(id);
        return and("counterpart " + id, s -> Parties.rollsUpTo(s.position().counterpart(), id));
    }

    /** Positions dated wholly on or after the first day of {@code from}. */
    public PositionQuery from(PartialDate from) {
        LocalDate first = Objects.requireNonNull(from, "from").start();
        return and("from " + from, s -> s.date() != null && !s.date().start().isBefore(first));
    }

    /** Positions dated wholly on or before the last day of {@code to}. */
    public PositionQuery to(PartialDate to) {
        LocalDate last = Objects.requireNonNull(to, "to").end();
        return and("to " + to, s -> s.date() != null && !s.date().end().isAfter(last));
    }

    /** Positions dated wholly within {@code from..to}, both ends inclusive at their own precision. */
    public PositionQuery between(PartialDate from, PartialDate to) {
        if (from.start().isAfter(to.end())) {
            throw new IllegalArgumentException("empty date range: " + from + " is after " + to);
        }
        return from(from).to(to);
    }

    /** Positions dated wholly within {@code from..to}, written as ISO dates of any precision ({@code 2023}, {@code 2023-02}). */
    public PositionQuery between(String from, String to) {
        return between(PartialDate.parse(from), PartialDate.parse(to));
    }

    /** Positions dated wholly within one period: {@code during(2023-02)} keeps the dates of February 2023. */
    public PositionQuery during(PartialDate period) {
        return between(period, period);
    }

    /** Positions the article knows in the given way. */
    public PositionQuery attribution(Attribution... attributions) {
        Set<Attribution> set = enumSet(Attribution.class, attributions);
        return and("attribution " + set, s -> set.contains(s.position().attribution()));
    }

    /** Positions stated with (true) or without (false) a hedge. */
    public PositionQuery hedged(boolean hedged) {
        return and(hedged ? "hedged" : "not hedged", s -> s.position().hedged() == hedged);
    }

    /** Positions read from the article {@code id}. */
    public PositionQuery article(String id) {
        Objects.requireNonNull(id, "id");
        return and("article " + id, s -> s.article().equals(id));
    }

    /** Positions whose evidence sentence contains {@code text}, ignoring case. */
    public PositionQuery text(String text) {
        String needle = Objects.requireNonNull(text, "text").toLowerCase(Locale.ROOT);
        return and("text \"" + text + "\"", s -> s.position().evidence().sentence().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Positions that pass a test of the caller's own. */
    public PositionQuery where(Predicate<Statement> test) {
        Objects.requireNonNull(test, "test");
        return and("where " + test, test);
    }

    /** The positions, in chronological order. */
    public Stream<Statement> stream() {
        return corpus.statements().stream().filter(filter);
    }

    /** The positions, in chronological order, as an unmodifiable list. */
    public List<Statement> list() {
        return stream().toList();
    }

    /** How many positions pass. */
    public long count() {
        return stream().count();
    }

    /** The conditions of these positions, for further filtering. */
    public ConditionQuery conditions() {
        return new ConditionQuery(this, c -> true, List.of());
    }

    /** The positions by holder id (exact, in order of first appearance). */
    public Map<String, List<Statement>> groupByHolder() {
        return group(s -> s.holder().id());
    }

    /** The positions by party: persons and unnamed officials under the state or organisation they speak for. */
    public Map<String, List<Statement>> groupByParty() {
        return group(Statement::party);
    }

    /** The positions by issue, in the order of the {@link Issue} enum. */
    public Map<Issue, List<Statement>> groupByIssue() {
        Map<Issue, List<Statement>> m = new java.util.EnumMap<>(Issue.class);
        stream().forEach(s -> m.computeIfAbsent(s.position().issue(), k -> new ArrayList<>()).add(s));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The dated positions by month, in date order. Positions dated only to a year are kept under that year, which
     * sorts before its months; undated positions are left out.
     */
    public Map<PartialDate, List<Statement>> groupByMonth() {
        Map<PartialDate, List<Statement>> m = new TreeMap<>();
        stream().filter(s -> s.date() != null)
                .forEach(s -> m.computeIfAbsent(s.date().truncatedTo(DatePrecision.MONTH), k -> new ArrayList<>()).add(s));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /** These positions as a timeline: date order, with their evidence. */
    public Timeline timeline() {
        return new Timeline(describe(), list());
    }

    /** Where a party's polarity on an issue changes between consecutive dated positions; see {@link Shift}. */
    public List<Shift> shifts() {
        return Shift.find(list());
    }

    /** The latest stance of each party on each issue among these positions. */
    public Matrix matrix() {
        return Matrix.of(describe(), list(), Statement::party);
    }

    /** The latest stance of each holder (not rolled up to parties) on each issue among these positions. */
    public Matrix matrixByHolder() {
        return Matrix.of(describe(), list(), s -> s.holder().id());
    }

    private <K> Map<K, List<Statement>> group(Function<Statement, K> key) {
        Map<K, List<Statement>> m = new LinkedHashMap<>();
        stream().forEach(s -> m.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    private String describe() {
        return terms.isEmpty() ? "all positions" : String.join(", ", terms);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, E[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("name at least one " + type.getSimpleName());
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E v : values) {
            set.add(Objects.requireNonNull(v, type.getSimpleName()));
        }
        return set;
    }

    /** The filters, and how many positions pass them. */
    @Override
    public String toString() {
        long n = count();
        return "PositionQuery[" + describe() + "; " + n + (n == 1 ? " position]" : " positions]");
    }
}

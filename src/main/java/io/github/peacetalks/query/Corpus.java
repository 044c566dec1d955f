package io.github.peacetalks.query;

import io.github.peacetalks.extract.ActorLexicon;
import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.json.PeacetalksJson;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Extracted articles held for questions: who wants what, since when, on which terms.
 *
 * <p>A corpus keeps the extracted records, not the texts: each article keeps its id, date, title, actors and
 * positions (every position keeps its evidence sentence), and its body is dropped once extracted, so a query over
 * 100,000 articles holds their records in memory but never their texts. {@link Loader#keepText(boolean)} keeps the
 * bodies when they are wanted. A corpus is immutable and safe to share between threads.
 *
 * <pre>{@code
 * Corpus c = Corpus.load(Path.of("examples/corpus"));
 * System.out.println(c.timeline("RUS", Issue.NEGOTIATIONS));
 * }</pre>
 */
public final class Corpus {

    private final List<Article> articles;
    private final List<Statement> statements;
    private final List<Problem> problems;
    private final ActorLexicon lexicon;
    private final Map<String, Actor> actors;

    private Corpus(List<Article> articles, List<Problem> problems, ActorLexicon lexicon) {
        this.articles = List.copyOf(articles);
        this.problems = List.copyOf(problems);
        this.lexicon = lexicon;
        List<Statement> all = new ArrayList<>();
        Map<String, Actor> known = new TreeMap<>();
        for (Article a : this.articles) {
            a.actors().forEach(x -> known.putIfAbsent(x.id(), x));
            for (Position p : a.positions()) {
                all.add(new Statement(a.id(), p));
                known.putIfAbsent(p.holder().id(), p.holder());
                if (p.counterpart() != null) {
                    known.putIfAbsent(p.counterpart().id(), p.counterpart());
                }
                for (Condition c : p.conditions()) {
                    if (c.requiredOf() != null) {
                        known.putIfAbsent(c.requiredOf().id(), c.requiredOf());
                    }
                }
            }
        }
        all.sort(Statement.CHRONOLOGICAL);
        this.statements = List.copyOf(all);
        this.actors = Collections.unmodifiableMap(known);
    }

    /** Parses and extracts every article in the given files and directories, with the default lexicon, in order. */
    public static Corpus load(Path... paths) throws IOException {
        return loader().load(paths);
    }

    /** A loader with options: parser, extractor, parallel extraction, whether to keep the texts. */
    public static Loader loader() {
        return new Loader();
    }

    /**
     * A corpus of articles as they are (already extracted, or built in code); their texts are kept. To extract
     * articles that were only parsed, use {@code Corpus.loader().extract(articles)}.
     */
    public static Corpus of(Collection<Article> articles) {
        return new Corpus(new ArrayList<>(Objects.requireNonNull(articles, "articles")), List.of(), null);
    }

    /** A corpus of articles as they are. */
    public static Corpus of(Article... articles) {
        return of(List.of(articles));
    }

    /** Reads a corpus saved with {@link #writeJsonLines(Path)} (or {@code peacetalks extract --json}); nothing is re-extracted. */
    public static Corpus readJsonLines(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Stream<Article> s = PeacetalksJson.readLines(r, file.toString())) {
            return new Corpus(s.toList(), List.of(), null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes one article per line in the lossless JSON form, which {@link #readJsonLines(Path)} reads back to equal records. */
    public void writeJsonLines(Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writeJsonLines(w);
        }
    }

    /** Writes one article per line in the lossless JSON form. */
    public void writeJsonLines(Writer out) throws IOException {
        for (Article a : articles) {
            PeacetalksJson.writeLine(a, out);
        }
        out.flush();
    }

    /** The articles, in the order they were read, without their bodies unless the loader kept them. */
    public List<Article> articles() {
        return articles;
    }

    /** How many articles the corpus holds. */
    public int size() {
        return articles.size();
    }

    /**
     * The files that could not be read at all (each problem names its source, line and column). Problems inside a
     * file that was read (an impossible date, bytes that are not UTF-8) stay on that article's {@link Article#problems()}.
     */
    public List<Problem> problems() {
        return problems;
    }

    /** Every position, for filtering. */
    public PositionQuery positions() {
        return new PositionQuery(this, s -> true, List.of());
    }

    /** Every condition, for filtering. */
    public ConditionQuery conditions() {
        return positions().conditions();
    }

    /** The positions of {@code holder} (and whoever speaks for it) on {@code issue}, in date order with their evidence. */
    public Timeline timeline(String holder, Issue issue) {
        return positions().holder(holder).issue(issue).timeline();
    }

    /** Every change of polarity of a party on an issue; see {@link Shift}. */
    public List<Shift> shifts() {
        return positions().shifts();
    }

    /** The latest stance of every party on every issue. */
    public Matrix matrix() {
        return positions().matrix();
    }

    /** The actors the corpus names, by id. */
    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /** The actor {@code id} as the corpus or the lexicon knows it. */
    public Optional<Actor> actor(String id) {
        Actor a = actors.get(id);
        return a != null ? Optional.of(a) : lexicon().actor(id);
    }

    /** Each actor the corpus names, with how many articles name it and how many positions it holds, most positions first. */
    public List<ActorUse> actorUses() {
        Map<String, int[]> counts = new HashMap<>();
        for (Article a : articles) {
            Set<String> named = new TreeSet<>();
            a.actors().forEach(x -> named.add(x.id()));
            a.positions().forEach(p -> named.add(p.holder().id()));
            named.forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[0]++);
        }
        statements.forEach(s -> counts.computeIfAbsent(s.holder().id(), k -> new int[2])[1]++);
        return actors.values().stream()
                .map(a -> {
                    int[] c = counts.getOrDefault(a.id(), new int[2]);
                    return new ActorUse(a, c[0], c[1]);
                })
                .sorted(Comparator.comparingInt(ActorUse::positions).reversed()
                        .thenComparing(Comparator.comparingInt(ActorUse::articles).reversed())
                        .thenComparing(u -> u.actor().id()))
                .toList();
    }

    List<Statement> statements() {
        return statements;
    }

    private ActorLexicon lexicon() {
        return lexicon != null ? lexicon : ActorLexicon.defaults();
    }

    /** Fails with the nearest known ids when neither the corpus nor the lexicon knows {@code id}. */
    void requireKnown(String id) {
        Objects.requireNonNull(id, "id");
        if (actors.containsKey(id) || isAffiliation(id)) {
            return;
        }
        ActorLexicon lex = lexicon();
        if (lex.actor(id).isPresent()) {
            return;
        }
        // unnamed officials are not listed in the lexicon: "unnamed-RUS" is known wherever RUS is
        if (id.startsWith("unnamed-")) {
            String party = id.substring("unnamed-".length());
            if (actors.containsKey(party) || lex.actor(party).isPresent()) {
                return;
            }
        }
        // people type the name they read ("Rusland", "Poetin"): the ids of entries named so come first
        java.util.LinkedHashSet<String> nearest = new java.util.LinkedHashSet<>();
        String lower = id.toLowerCase(Locale.ROOT);
        Set<String> candidates = new TreeSet<>(actors.keySet());
        for (ActorLexicon.Entry e : lex.entries()) {
            candidates.add(e.actor().id());
            if (e.actor().name().equalsIgnoreCase(id) || Stream.of(e.names(), e.metonyms(), e.demonyms())
                    .flatMap(List::stream).anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(lower))) {
                nearest.add(e.actor().id());
            }
        }
        nearest.addAll(Nearest.of(id, candidates, 3));
        throw new UnknownActorException(id, nearest.stream().limit(3).toList());
    }

    private boolean isAffiliation(String id) {
        for (Actor a : actors.values()) {
            if (id.equals(a.affiliation())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Corpus[" + articles.size() + " articles, " + statements.size() + " positions, " + actors.size() + " actors"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problems") + "]";
    }

    /** Options for reading a corpus from files and directories. */
    public static final class Loader {

        private SourceParser parser = SourceParser.lenient();
        private Extractor extractor;
        private boolean parallel;
        private boolean keepText;
        private Consumer<Problem> onProblem = p -> { };

        private Loader() {
        }

        /** The parser for the dated source format (default: lenient, {@code *.txt} in directories). */
        public Loader parser(SourceParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /** The extractor (default: {@link Extractor#defaults()}). */
        public Loader extractor(Extractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /** Whether to extract on all cores; the result is the same as sequential, in the same order. */
        public Loader parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        /** Whether articles keep their bodies (default: false, only the records are kept). */
        public Loader keepText(boolean keepText) {
            this.keepText = keepText;
            return this;
        }

        /** Where to report each unreadable file as it is met, besides {@link Corpus#problems()}. */
        public Loader onProblem(Consumer<Problem> onProblem) {
            this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
            return this;
        }

        /**
         * Reads every path in order: a directory recursively, a {@code .jsonl} file as a saved corpus (not
         * re-extracted), any other file as the dated source format. A file that cannot be read is recorded as a
         * problem and the others are still read; a path that does not exist fails at once.
         */
        public Corpus load(Path... paths) throws IOException {
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new NoSuchFileException(p.toString(), null, "no such file or directory");
                }
            }
            Extractor x = extractor != null ? extractor : Extractor.defaults();
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            Consumer<Problem> report = p -> {
                problems.add(p);
                onProblem.accept(p);
            };
            List<Article> articles = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isRegularFile(p) && isJsonLines(p)) {
                    articles.addAll(readJsonLines(p).articles());
                    continue;
                }
                try (Stream<Article> s = parser.walk(p, report)) {
                    Stream<Article> in = parallel ? s.parallel() : s;
                    articles.addAll(in.map(x::extract).map(a -> keepText ? a : withoutBody(a)).toList());
                }
            }
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(Problem::source).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            return new Corpus(articles, sorted, x.actors().lexicon());
        }

        /**
         * Extracts articles you have parsed already (from {@link io.github.peacetalks.Peacetalks#parse(Path)}, a
         * {@code Reader} or a {@code String}), with this loader's extractor, parallelism and text keeping.
         */
        public Corpus extract(Collection<Article> parsed) {
            Extractor x = extractor != null ? extractor : Extractor.defaults();
            Stream<Article> in = parallel ? parsed.parallelStream() : parsed.stream();
            List<Article> articles = in.map(x::extract).map(a -> keepText ? a : withoutBody(a)).toList();
            return new Corpus(articles, List.of(), x.actors().lexicon());
        }

        private static boolean isJsonLines(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".jsonl") || n.endsWith(".ndjson");
        }

        @Override
        public String toString() {
            return "Corpus.Loader[parallel=" + parallel + ", keepText=" + keepText + ", " + parser + "]";
        }
    }

    /** The article with its body dropped: only the title is kept, as the one part. */
    static Article withoutBody(Article a) {
        Part t = a.titlePart();
        List<Part> parts = t == null ? List.of() : List.of(new Part(PartKind.TITLE, 0, t.text().length(), t.text(), t.rule()));
        return new Article(a.id(), a.origin(), a.originOffset(), a.date(), parts, a.problems(), a.actors(), a.positions(), a.dating());
    }
}

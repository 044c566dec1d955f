package io.github.peacetalks.report;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.PositionQuery;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The positions of a corpus as one self-contained HTML page: a swimlane timeline per issue, the turns, a
 * holders-by-issues matrix, the conditions and every evidence sentence. The page needs no network and no script.
 *
 * <pre>{@code
 * Report.builder(Corpus.load(Path.of("examples/corpus"))).from(PartialDate.parse("2022")).build()
 *       .writeHtml(Path.of("report.html"));
 * }</pre>
 *
 * <p>A report is immutable and safe to share between threads; the page is rendered anew on each call.
 */
public final class Report {

    /** The title of a page when none is given. */
    public static final String DEFAULT_TITLE = "Positions on ending the war, over time";

    private final Corpus corpus;
    private final PartialDate from;
    private final PartialDate to;
    private final List<String> holders;
    private final Set<Issue> issues;
    private final String title;
    private final boolean byPerson;

    private Report(Builder b) {
        this.corpus = b.corpus;
        this.from = b.from;
        this.to = b.to;
        this.holders = List.copyOf(b.holders);
        this.issues = b.issues.isEmpty() ? Set.of() : Set.copyOf(b.issues);
        this.title = b.title;
        this.byPerson = b.byPerson;
    }

    /** A report of every position in the corpus. */
    public static Report of(Corpus corpus) {
        return builder(corpus).build();
    }

    /** A builder for a report of {@code corpus}, narrowed by date, holder and issue. */
    public static Builder builder(Corpus corpus) {
        return new Builder(corpus);
    }

    /** The positions the page shows: those that pass the report's filters, in chronological order. */
    public PositionQuery positions() {
        PositionQuery q = corpus.positions();
        if (holders.size() == 1) {
            q = q.holder(holders.get(0));
        } else if (!holders.isEmpty()) {
            // the query package has no "or" of holders; this is its holder filter for several ids at once
            List<String> ids = holders;
            q = q.where(s -> ids.stream().anyMatch(id -> speaksFor(s.holder(), id)));
        }
        if (!issues.isEmpty()) {
            q = q.issue(issues.toArray(Issue[]::new));
        }
        if (from != null) {
            q = q.from(from);
        }
        if (to != null) {
            q = q.to(to);
        }
        return q;
    }

    /** The page as one HTML document. */
    public String html() {
        return new Page(this).render();
    }

    /** Writes the page to {@code file} in UTF-8, replacing it if it exists. */
    public void writeHtml(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(html());
        }
    }

    Corpus corpus() {
        return corpus;
    }

    PartialDate from() {
        return from;
    }

    PartialDate to() {
        return to;
    }

    List<String> holders() {
        return holders;
    }

    Set<Issue> issues() {
        return issues;
    }

    String title() {
        return title;
    }

    boolean byPerson() {
        return byPerson;
    }

    /** The same roll-up as the query package's holder filter: the actor itself or anyone who speaks for it. */
    private static boolean speaksFor(Actor a, String id) {
        return a.id().equals(id) || id.equals(a.affiliation());
    }

    @Override
    public String toString() {
        return "Report[\"" + title + "\"" + (from == null ? "" : ", from " + from) + (to == null ? "" : ", to " + to)
                + (holders.isEmpty() ? "" : ", holders " + holders) + (issues.isEmpty() ? "" : ", issues " + EnumSet.copyOf(issues))
                + (byPerson ? ", by person" : "") + ", " + corpus + "]";
    }

    /** The options of a report; not thread-safe, unlike the report it builds. */
    public static final class Builder {

        private final Corpus corpus;
        private PartialDate from;
        private PartialDate to;
        private final List<String> holders = new ArrayList<>();
        private final Set<Issue> issues = EnumSet.noneOf(Issue.class);
        private String title = DEFAULT_TITLE;
        private boolean byPerson;

        private Builder(Corpus corpus) {
            this.corpus = Objects.requireNonNull(corpus, "corpus");
        }

        /** Only positions dated wholly on or after the first day of {@code from}; null for no bound. */
        public Builder from(PartialDate from) {
            this.from = from;
            return this;
        }

        /** Only positions dated wholly on or before the last day of {@code to}; null for no bound. */
        public Builder to(PartialDate to) {
            this.to = to;
            return this;
        }

        /** Only positions of these actors and of those who speak for them; adds to the holders named before. */
        public Builder holders(String... ids) {
            return holders(List.of(ids));
        }

        /** Only positions of these actors and of those who speak for them; adds to the holders named before. */
        public Builder holders(Collection<String> ids) {
            for (String id : ids) {
                holders.add(Objects.requireNonNull(id, "holder id"));
            }
            return this;
        }

        /** Only positions on these issues; adds to the issues named before. */
        public Builder issues(Issue... issues) {
            return issues(List.of(issues));
        }

        /** Only positions on these issues; adds to the issues named before. */
        public Builder issues(Collection<Issue> issues) {
            for (Issue i : issues) {
                this.issues.add(Objects.requireNonNull(i, "issue"));
            }
            return this;
        }

        /** The page's title (default {@link #DEFAULT_TITLE}); shown as text, whatever it holds. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** A lane per holder as named (persons and officials apart) instead of one per state or organisation. */
        public Builder byPerson(boolean byPerson) {
            this.byPerson = byPerson;
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalArgumentException when the date range is empty
         * @throws io.github.peacetalks.query.UnknownActorException when neither the corpus nor the lexicon knows a holder id
         */
        public Report build() {
            if (from != null && to != null && from.start().isAfter(to.end())) {
                throw new IllegalArgumentException("empty date range: " + from + " is after " + to);
            }
            for (String id : holders) {
                corpus.positions().holder(id);
            }
            return new Report(this);
        }
    }
}

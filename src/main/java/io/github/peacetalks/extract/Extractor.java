package io.github.peacetalks.extract;

import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs extraction on parsed articles: the actors they name, their temporal expressions, the positions and
 * conditions they report, and what their text says about their date; returns the article with these filled in. Immutable and thread-safe: one extractor serves a
 * parallel stream or every task of a cluster.
 */
public final class Extractor {

    /**
     * The longest article, in characters, read by default (1 Mi, some twenty times a long news page); longer ones
     * are left as parsed, with a problem. Measured: one article of this size, however dense in positions, extracts
     * in a fraction of a 256 MB heap.
     */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1 << 20;

    /** How many over-long sentences one article lists as problems; the rest are counted in one more. */
    private static final int MAX_LISTED_SKIPS = 10;

    private static final Extractor DEFAULTS = new Extractor(ActorRecognizer.defaults(), TemporalTagger.defaults(),
            PositionExtractor.defaults(), DEFAULT_MAX_ARTICLE_CHARS);

    private final ActorRecognizer actors;
    private final TemporalTagger times;
    private final PositionExtractor positions;
    private final DateInference dating;
    private final int maxArticleChars;

    private Extractor(ActorRecognizer actors, TemporalTagger times, PositionExtractor positions, int maxArticleChars) {
        this.actors = actors;
        this.times = times;
        this.positions = positions;
        this.maxArticleChars = maxArticleChars;
        this.dating = new DateInference(times, Sentences.defaults());
    }

    /** The extractor with the library's own lexicons. */
    public static Extractor defaults() {
        return DEFAULTS;
    }

    /** A builder for an extractor with other lexicons. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The article with its actors (in order of first mention), positions and what its text says about its date
     * filled in. What could not be read is recorded as a problem on the article: an article longer than the
     * article limit is returned with nothing extracted, and each sentence longer than the sentence limit is
     * not read for positions. Problems are located by line and column in the article's origin, or, for a
     * member of a stream after the first, in the article itself (named {@code origin#n}).
     */
    public Article extract(Article article) {
        int length = article.length();
        if (length > maxArticleChars) {
            return article.withExtraction(List.of(), List.of(), null).withProblems(List.of(new Problem(where(article), 0, 0,
                    "article has " + length + " characters, more than the extraction limit of " + maxArticleChars
                            + "; nothing was extracted")));
        }
        ActorRecognizer.Recognition r = actors.recognize(article);
        List<Sentence> sentences = Sentences.defaults().split(article);
        List<TimeExpression> dates = times.tag(article, article.date());
        List<Sentence> skipped = new ArrayList<>();
        List<Position> found = positions.extract(article, sentences, r.mentions(), dates, skipped::add);
        Article out = article.withExtraction(r.actors(), found, dating.infer(article, dates));
        return skipped.isEmpty() ? out : out.withProblems(skipProblems(article, skipped));
    }

    private List<Problem> skipProblems(Article article, List<Sentence> skipped) {
        String source = article.source();
        String where = where(article);
        List<Problem> out = new ArrayList<>();
        for (Sentence s : skipped.subList(0, Math.min(MAX_LISTED_SKIPS, skipped.size()))) {
            int[] at = Chars.lineAndColumn(source, s.begin());
            out.add(new Problem(where, at[0], at[1], "sentence has more than " + positions.maxSentenceWords()
                    + " words; not read for positions"));
        }
        if (skipped.size() > MAX_LISTED_SKIPS) {
            out.add(new Problem(where, 0, 0, (skipped.size() - MAX_LISTED_SKIPS)
                    + " more sentences have more than " + positions.maxSentenceWords() + " words; not listed"));
        }
        return out;
    }

    /**
     * Lines count from the origin's start only for the article that starts there; a later member of a stream is
     * named by its origin and its ordinal ({@code archief.txt#2}), and its lines count from its own start.
     */
    private static String where(Article article) {
        if (article.originOffset() == 0) {
            return article.origin();
        }
        int hash = article.id().lastIndexOf('#');
        return article.origin() + (hash >= 0 ? article.id().substring(hash) : "#" + article.id());
    }

    /** The longest article, in characters, this extractor reads. */
    public int maxArticleChars() {
        return maxArticleChars;
    }

    /** The temporal tagger this extractor uses. */
    public TemporalTagger times() {
        return times;
    }

    /** The actor recognizer this extractor uses (for the mentions themselves). */
    public ActorRecognizer actors() {
        return actors;
    }

    /** Settings for an {@link Extractor}. */
    public static final class Builder {
        private ActorLexicon lexicon = ActorLexicon.defaults();
        private TemporalTagger times = TemporalTagger.defaults();
        private PositionLexicon positions = PositionLexicon.defaults();
        private int maxSentenceWords = PositionExtractor.MAX_SENTENCE_WORDS;
        private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;

        private Builder() {
        }

        /** The actor lexicon (default {@link ActorLexicon#defaults()}; combine with {@link ActorLexicon#with}). */
        public Builder lexicon(ActorLexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        /** The temporal tagger (default {@link TemporalTagger#defaults()}). */
        public Builder times(TemporalTagger times) {
            this.times = Objects.requireNonNull(times, "times");
            return this;
        }

        /** The stance cues, issue terms and clause words (default {@link PositionLexicon#defaults()}). */
        public Builder positions(PositionLexicon positions) {
            this.positions = Objects.requireNonNull(positions, "positions");
            return this;
        }

        /**
         * The longest sentence, in words, read for positions (default {@link PositionExtractor#MAX_SENTENCE_WORDS});
         * longer sentences are skipped, each recorded as a problem on its article, which keeps a run-on text linear in time.
         */
        public Builder maxSentenceWords(int maxSentenceWords) {
            if (maxSentenceWords < 1) {
                throw new IllegalArgumentException("maxSentenceWords must be positive: " + maxSentenceWords);
            }
            this.maxSentenceWords = maxSentenceWords;
            return this;
        }

        /**
         * The longest article, in characters, read at all (default {@link #DEFAULT_MAX_ARTICLE_CHARS}); a longer
         * one is returned as parsed with a problem, which bounds the heap one article's extraction needs.
         */
        public Builder maxArticleChars(int maxArticleChars) {
            if (maxArticleChars < 1) {
                throw new IllegalArgumentException("maxArticleChars must be positive: " + maxArticleChars);
            }
            this.maxArticleChars = maxArticleChars;
            return this;
        }

        /** The extractor. */
        public Extractor build() {
            PositionExtractor p = positions == PositionLexicon.defaults() ? PositionExtractor.defaults() : PositionExtractor.of(positions);
            return new Extractor(lexicon == ActorLexicon.defaults() ? ActorRecognizer.defaults() : ActorRecognizer.of(lexicon), times,
                    p.withMaxSentenceWords(maxSentenceWords), maxArticleChars);
        }
    }

    @Override
    public String toString() {
        return "Extractor[" + actors + "]";
    }
}

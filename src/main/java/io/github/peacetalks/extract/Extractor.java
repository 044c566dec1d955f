package io.github.peacetalks.extract;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.TimeExpression;
import java.util.List;
import java.util.Objects;

/**
 * Runs extraction on parsed articles: the actors they name, their temporal expressions, the positions and
 * conditions they report, and what their text says about their date; returns the article with these filled in. Immutable and thread-safe: one extractor serves a
 * parallel stream or every task of a cluster.
 */
public final class Extractor {

    private static final Extractor DEFAULTS = new Extractor(ActorRecognizer.defaults(), TemporalTagger.defaults(),
            PositionExtractor.defaults());

    private final ActorRecognizer actors;
    private final TemporalTagger times;
    private final PositionExtractor positions;
    private final DateInference dating;

    private Extractor(ActorRecognizer actors, TemporalTagger times, PositionExtractor positions) {
        this.actors = actors;
        this.times = times;
        this.positions = positions;
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

    /** The article with its actors (in order of first mention) and what its text says about its date filled in. */
    public Article extract(Article article) {
        ActorRecognizer.Recognition r = actors.recognize(article);
        List<Sentence> sentences = Sentences.defaults().split(article);
        List<TimeExpression> dates = times.tag(article, article.date());
        List<Position> found = positions.extract(article, sentences, r.mentions(), dates);
        return article.withExtraction(r.actors(), found, dating.infer(article, dates));
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
         * longer sentences are skipped, which keeps a run-on text linear in time.
         */
        public Builder maxSentenceWords(int maxSentenceWords) {
            if (maxSentenceWords < 1) {
                throw new IllegalArgumentException("maxSentenceWords must be positive: " + maxSentenceWords);
            }
            this.maxSentenceWords = maxSentenceWords;
            return this;
        }

        /** The extractor. */
        public Extractor build() {
            PositionExtractor p = positions == PositionLexicon.defaults() ? PositionExtractor.defaults() : PositionExtractor.of(positions);
            return new Extractor(lexicon == ActorLexicon.defaults() ? ActorRecognizer.defaults() : ActorRecognizer.of(lexicon), times,
                    p.withMaxSentenceWords(maxSentenceWords));
        }
    }

    @Override
    public String toString() {
        return "Extractor[" + actors + "]";
    }
}

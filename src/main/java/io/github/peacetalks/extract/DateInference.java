package io.github.peacetalks.extract;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.DatePrecision;
import io.github.peacetalks.model.Dating;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.TimeExpression;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Works out what the text says about an article's date. An undated article gets an interval: the latest
 * absolute date the text mentions is its lower bound, and "drie jaar geleden" beside a known year fixes the
 * year. A dated article whose date lies more than {@link #CAPTURE_GAP_DAYS} days after every date the text
 * mentions is flagged as carrying a capture date. Pure and thread-safe.
 */
public final class DateInference {

    /** How far a header date may lie after the text's latest date before it counts as a capture date. */
    public static final long CAPTURE_GAP_DAYS = 366;

    /** A fixed reference: a relative expression resolved against it shows its offset in years. */
    private static final PartialDate PROBE = PartialDate.ofYear(2000);

    private final TemporalTagger tagger;
    private final Sentences sentences;

    /** Inference with the given tagger and splitter. */
    public DateInference(TemporalTagger tagger, Sentences sentences) {
        this.tagger = tagger;
        this.sentences = sentences;
    }

    /** What the text says about the article's date, or null when there is nothing to add to the given date. */
    public Dating infer(Article article) {
        return infer(article, tagger.tag(article, article.date()));
    }

    /** As {@link #infer(Article)}, with the article's expressions already tagged (absolute ones are read). */
    public Dating infer(Article article, List<TimeExpression> tagged) {
        List<TimeExpression> absolute = tagged.stream().filter(x -> !x.relative() && x.value() != null).toList();
        TimeExpression latest = null;
        for (TimeExpression x : absolute) {
            if (latest == null || x.value().end().isAfter(latest.value().end())) {
                latest = x;
            }
        }
        if (article.date() != null) {
            if (latest == null) {
                return null;
            }
            long gap = ChronoUnit.DAYS.between(latest.value().end(), article.date().start());
            if (gap > CAPTURE_GAP_DAYS) {
                return new Dating(null, null, "the date " + article.date() + " lies " + gap + " days after the latest date the text"
                        + " mentions (\"" + latest.text() + "\", " + latest.value() + ")", true);
            }
            return null;
        }
        PartialDate fixed = yearFromAgo(article);
        if (fixed != null) {
            return new Dating(fixed, fixed, "a year the text names and how many years ago it was", false);
        }
        if (latest == null) {
            return new Dating(null, null, "the text mentions no absolute date", false);
        }
        return new Dating(latest.value(), null, "the latest date the text mentions: \"" + latest.text() + "\" ("
                + latest.value() + ")", false);
    }

    /** "in 2022, drie jaar geleden": a sentence with an absolute year and a years-ago phrase fixes the article's year. */
    private PartialDate yearFromAgo(Article article) {
        for (Sentence s : sentences.split(article)) {
            List<TimeExpression> probed = tagger.tag(s.text(), PROBE);
            TimeExpression year = null;
            Integer shift = null;
            for (TimeExpression x : probed) {
                if (!x.relative() && x.value() != null) {
                    year = x;
                } else if (x.relative() && x.value() != null && x.value().precision() == DatePrecision.YEAR && x.value().year() != 2000) {
                    shift = x.value().year() - 2000;
                }
            }
            if (year != null && shift != null && shift < 0) {
                return PartialDate.ofYear(year.value().year() - shift);
            }
        }
        return null;
    }
}

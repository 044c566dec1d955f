package io.github.peacetalks.model;

import java.util.Objects;

/**
 * What the text says about an article's date, beside the date the source gives. For an undated article, an
 * inferred interval and its basis; for a dated one, whether the given date is far later than every date the
 * text mentions (a capture date rather than a publication date). Kept apart from {@link Article#date()} so that
 * nobody mistakes a guess for a fact.
 *
 * @param earliest the earliest the article can be from (inclusive), or null when nothing bounds it
 * @param latest the latest it can be from (inclusive), or null when nothing bounds it
 * @param basis what the inference rests on, in words
 * @param captureDate whether the given date looks like the day the page was captured, not published
 */
public record Dating(PartialDate earliest, PartialDate latest, String basis, boolean captureDate) {

    /** Checks that the interval is ordered and the basis present. */
    public Dating {
        Objects.requireNonNull(basis, "basis");
        if (earliest != null && latest != null && latest.end().isBefore(earliest.start())) {
            throw new IllegalArgumentException("dating interval ends before it starts: " + earliest + ".." + latest);
        }
    }

    @Override
    public String toString() {
        return "Dating[" + (earliest == null ? "?" : earliest) + ".." + (latest == null ? "?" : latest)
                + (captureDate ? ", capture date" : "") + ": " + basis + "]";
    }
}

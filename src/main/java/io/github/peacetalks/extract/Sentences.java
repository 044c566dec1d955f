package io.github.peacetalks.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.internal.SentenceBreaks;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.source.SourceParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits an article's title and paragraphs into sentences: at {@code . ! ? …} before a capital, digit or
 * quote, but not after abbreviations (the parser's {@code sentences.json}) or initials. Sentences inside a
 * quotation are sentences too; who said them is the position stage's concern. Immutable and thread-safe.
 */
public final class Sentences {

    private static final Sentences DEFAULTS = new Sentences(defaultBreaks());

    private final SentenceBreaks breaks;

    private Sentences(SentenceBreaks breaks) {
        this.breaks = breaks;
    }

    /** The splitter with the library's own abbreviations. */
    public static Sentences defaults() {
        return DEFAULTS;
    }

    private static SentenceBreaks defaultBreaks() {
        JsonNode root = DataFiles.resource(SourceParser.class, "sentences.json");
        return new SentenceBreaks(new LinkedHashSet<>(DataFiles.strings(root, "abbreviations", "sentences.json", "$")));
    }

    /** The sentences of the title and every paragraph, in order. */
    public List<Sentence> split(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Part p : article.parts()) {
            if (p.kind() == PartKind.TITLE || p.kind() == PartKind.PARAGRAPH) {
                split(p.text(), p.begin(), p.kind() == PartKind.TITLE, out);
            }
        }
        return out;
    }

    /** The sentences of one text, offsets shifted by {@code offset}. */
    public List<Sentence> split(String text, int offset) {
        List<Sentence> out = new ArrayList<>();
        split(text, offset, false, out);
        return out;
    }

    private void split(String text, int offset, boolean title, List<Sentence> out) {
        int to = text.length();
        int from = Chars.skipSpace(text, 0, to);
        while (from < to) {
            int end = nextEnd(text, from, to);
            if (end < 0) {
                int e = Chars.trimEnd(text, from, to);
                if (e > from) {
                    out.add(new Sentence(text.substring(from, e), offset + from, offset + e, title));
                }
                return;
            }
            int e = Chars.trimEnd(text, from, end);
            out.add(new Sentence(text.substring(from, e), offset + from, offset + e, title));
            from = Chars.skipSpace(text, end, to);
        }
    }

    /** The next sentence end after {@code from}, or -1. */
    private int nextEnd(String text, int from, int to) {
        return breaks.firstEnd(text, from, to);
    }
}

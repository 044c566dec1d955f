package io.github.peacetalks.source;

import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import java.util.ArrayList;
import java.util.List;

/** Collects parts in order and fills every gap, so the parts always cover the text. */
final class PartsBuilder {

    private final String text;
    private final List<Part> parts = new ArrayList<>();
    private int cursor;

    PartsBuilder(String text) {
        this.text = text;
    }

    void add(PartKind kind, int begin, int end, String rule) {
        if (begin < cursor || end < begin || end > text.length()) {
            throw new IllegalStateException("part " + kind + " " + begin + ".." + end + " does not follow " + cursor);
        }
        if (begin == end) {
            return;
        }
        gap(begin);
        parts.add(new Part(kind, begin, end, text.substring(begin, end), rule));
        cursor = end;
    }

    /** Covers [cursor, to): white space becomes SPACE, anything else a paragraph, so no text is ever dropped. */
    private void gap(int to) {
        if (to <= cursor) {
            return;
        }
        int from = cursor;
        int b = Chars.skipSpace(text, from, to);
        if (b == to) {
            parts.add(new Part(PartKind.SPACE, from, to, text.substring(from, to), null));
        } else {
            int e = Chars.trimEnd(text, b, to);
            if (b > from) {
                parts.add(new Part(PartKind.SPACE, from, b, text.substring(from, b), null));
            }
            parts.add(new Part(PartKind.PARAGRAPH, b, e, text.substring(b, e), null));
            if (e < to) {
                parts.add(new Part(PartKind.SPACE, e, to, text.substring(e, to), null));
            }
        }
        cursor = to;
    }

    List<Part> finish() {
        gap(text.length());
        return parts;
    }
}

package io.github.peacetalks.model;

import java.util.Objects;

/**
 * A stretch of an article's source text and the role it plays. The parts of an article cover its source
 * without gap or overlap, so nothing the parser removes is lost.
 *
 * @param kind the role of this stretch
 * @param begin offset of the first character in the source (UTF-16 code units)
 * @param end offset just past the last character (exclusive)
 * @param text the source text of the stretch, verbatim
 * @param rule for boilerplate, the id of the rule that removed it; otherwise null
 */
public record Part(PartKind kind, int begin, int end, String text, String rule) {

    /** Checks the offsets against the text, and that exactly boilerplate carries a rule. */
    public Part {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("part offsets must satisfy 0 <= begin <= end: " + begin + ".." + end);
        }
        if (end - begin != text.length()) {
            throw new IllegalArgumentException("part " + kind + " at " + begin + ".." + end + " spans " + (end - begin)
                    + " characters but its text has " + text.length());
        }
        if ((kind == PartKind.BOILERPLATE) != (rule != null)) {
            throw new IllegalArgumentException(kind == PartKind.BOILERPLATE
                    ? "boilerplate at " + begin + " must name the rule that removed it"
                    : "only boilerplate names a rule, not " + kind);
        }
    }

    @Override
    public String toString() {
        return kind + (rule == null ? "" : "(" + rule + ")") + " [" + begin + ".." + end + "] \"" + abbreviate(text) + "\"";
    }

    static String abbreviate(String s) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}

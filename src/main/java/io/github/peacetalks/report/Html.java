package io.github.peacetalks.report;

/**
 * A tiny HTML writer: elements and attributes whose names are the caller's constants, text and attribute values
 * always escaped. It replaces a template engine for one page; nothing read from a corpus ever reaches
 * {@link #raw(String)}.
 */
final class Html {

    private final StringBuilder out;

    Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Opens {@code tag} with attribute name/value pairs; a null value leaves its attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** A childless element written as {@code <tag .../>}: for SVG, where HTML's void elements do not apply. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Closes {@code tag}. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Text, escaped. */
    Html text(String text) {
        escape(text, out);
        return this;
    }

    /** Markup the library wrote itself (style sheet, symbol definitions); never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    /** The text escaped for HTML text and quoted attribute values alike. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, b);
        return b.toString();
    }

    private static void escape(String s, StringBuilder b) {
        int done = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // a raw CR is read back as LF; the reference keeps it
                case '\r' -> "&#13;";
                // NUL cannot be carried by HTML at all: the parser turns it into U+FFFD anyway
                case '\0' -> "\uFFFD";
                default -> special(s, i, c);
            };
            if (replacement == null) {
                continue;
            }
            // runs of plain text are copied whole: the evidence of a large corpus is megabytes of it
            b.append(s, done, i).append(replacement);
            done = i + 1;
        }
        b.append(s, done, s.length());
    }

    /** The replacement for a character outside the five that markup needs escaped, or null to keep it. */
    private static String special(String s, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            // a whole pair is kept; half a pair has no UTF-8 form and the encoder would write '?'
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? null : "\uFFFD";
        }
        if (c >= '\uFFFE' || (c >= '\uFDD0' && c <= '\uFDEF')) {
            // browsers keep these either way, but some parsers take a raw U+FFFF for the end of input
            return "&#" + (int) c + ";";
        }
        return null;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

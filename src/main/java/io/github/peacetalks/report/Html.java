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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                // a raw CR is read back as LF; the reference keeps it
                case '\r' -> b.append("&#13;");
                // NUL cannot be carried by HTML at all: the parser turns it into U+FFFD anyway
                case '\0' -> b.append('\uFFFD');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // half a pair has no UTF-8 form; the encoder would write '?'
                        b.append('\uFFFD');
                    } else if (c >= '\uFFFE' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                        // browsers keep these either way, but some parsers take a raw U+FFFF for the end of input
                        b.append("&#").append((int) c).append(';');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

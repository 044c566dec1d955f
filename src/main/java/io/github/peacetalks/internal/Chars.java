package io.github.peacetalks.internal;

/** Character classes the stages agree on: white space includes no-break spaces and a stray BOM. */
public final class Chars {

    private Chars() {
    }

    /** Whether {@code c} is white space for the parser (Unicode spaces, no-break spaces, a BOM, zero-width space). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || c == '\uFEFF' || c == '\u200B' || c == '\f' || c == '\u000B' || Character.isWhitespace(c);
    }

    /** The first index in [from, to) that is not white space, or {@code to}. */
    public static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just past the last non-space character in [from, to), or {@code from}. */
    public static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether [from, to) holds only white space. */
    public static boolean isBlank(CharSequence s, int from, int to) {
        return skipSpace(s, from, to) == to;
    }

    /** Whether {@code c} opens a quotation or parenthesis. */
    public static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '„' || c == '‘' || c == '«' || c == '‹' || c == '(' || c == '[';
    }

    /** Whether {@code c} closes a quotation or parenthesis. */
    public static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')' || c == ']';
    }

    /**
     * The 1-based line and column of {@code offset} in {@code text}, lines ending at \n, \r\n or a lone \r
     * (as the parser counts them).
     */
    public static int[] lineAndColumn(CharSequence text, int offset) {
        int line = 1;
        int start = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                start = i + 1;
            }
        }
        return new int[] {line, offset - start + 1};
    }
}

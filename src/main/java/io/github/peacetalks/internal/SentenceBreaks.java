package io.github.peacetalks.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Finds where Dutch sentences end: at {@code . ! ? …} (with closing quotes after them) followed by white space
 * and a capital, digit or opening quote, but not after a known abbreviation or an initial. Immutable.
 */
public final class SentenceBreaks {

    private final Set<String> abbreviations;

    /** Breaks that know the given abbreviations (lower case, with their final full stop). */
    public SentenceBreaks(Set<String> abbreviations) {
        Set<String> lower = new java.util.HashSet<>();
        for (String a : abbreviations) {
            lower.add(a.toLowerCase(Locale.ROOT));
        }
        this.abbreviations = Set.copyOf(lower);
    }

    /**
     * The end (exclusive, after closing quotes) of the first sentence in [from, to) that is followed by more
     * text before {@code to}, or -1 when the stretch is one sentence.
     */
    public int firstEnd(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < to && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?' || text.charAt(j) == '…')) {
                j++;
            }
            while (j < to && Chars.isClosingQuote(text.charAt(j))) {
                j++;
            }
            if (j >= to || !Chars.isSpace(text.charAt(j))) {
                i = j - 1;
                continue;
            }
            int k = Chars.skipSpace(text, j, to);
            if (k >= to) {
                return -1;
            }
            char next = text.charAt(k);
            boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || Chars.isOpeningQuote(next)
                    || Character.isTitleCase(next);
            if (!startsSentence) {
                i = j - 1;
                continue;
            }
            if (c == '.' && j == i + 1 && isAbbreviation(text, from, i)) {
                continue;
            }
            return j;
        }
        return -1;
    }

    /** Whether the word ending with the full stop at {@code dot} is an abbreviation or an initial. */
    public boolean isAbbreviation(CharSequence text, int from, int dot) {
        int b = dot;
        while (b > from && !Chars.isSpace(text.charAt(b - 1)) && !Chars.isOpeningQuote(text.charAt(b - 1))) {
            b--;
        }
        int len = dot - b;
        if (len == 1 && Character.isUpperCase(text.charAt(b))) {
            return true;
        }
        if (len == 0 || len > 12) {
            return false;
        }
        String word = text.subSequence(b, dot + 1).toString().toLowerCase(Locale.ROOT);
        return abbreviations.contains(word);
    }
}

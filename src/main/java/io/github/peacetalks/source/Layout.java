package io.github.peacetalks.source;

import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.internal.SentenceBreaks;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.BoilerplateRules.Action;
import io.github.peacetalks.source.BoilerplateRules.RuleMatch;
import io.github.peacetalks.source.BoilerplateRules.Where;
import java.util.ArrayList;
import java.util.List;

/**
 * Divides one article's text into parts: the date header, the title, paragraphs and boilerplate. One instance
 * serves one article (it holds the per-article state); the rules it reads are shared and immutable.
 */
final class Layout {

    /** Rule ids for decisions the layout makes itself rather than through a data rule. */
    static final String PREAMBLE = "preamble";
    static final String REPEATED_HEADLINE = "repeated-headline";
    static final String CHROME_CHAIN = "chrome-chain";
    static final String ENTRY_DATE = "entry-date";

    private static final int MAX_TITLE = 220;
    private static final int MAX_CHAIN_LINE = 300;
    private static final int REPEAT_WINDOW = 8;

    private final String text;
    private final Lines lines;
    private final BoilerplateRules rules;
    private final BoilerplateRules.Scanner scanner;
    private final DateForms dates;
    private final SentenceBreaks breaks;
    private final String origin;
    private final int firstLine;
    private final boolean strict;
    private final PartsBuilder parts;
    private final List<Problem> problems;

    private PartialDate date;
    private boolean headerDate;
    private String title;
    private boolean firstBody = true;

    Layout(String text, String origin, int firstLine, boolean strict, BoilerplateRules rules, DateForms dates,
           SentenceBreaks breaks, List<Problem> problems) {
        this.text = text;
        this.lines = Lines.of(text);
        this.rules = rules;
        this.scanner = rules.new Scanner();
        this.dates = dates;
        this.breaks = breaks;
        this.origin = origin;
        this.firstLine = firstLine;
        this.strict = strict;
        this.parts = new PartsBuilder(text);
        this.problems = new ArrayList<>(problems);
    }

    /** A header line: {@code date} and a date-shaped token, at the start of [from, to) after white space. */
    static DateMatch header(CharSequence text, int from, int to, DateForms dates) {
        int s = Chars.skipSpace(text, from, to);
        if (s + 5 > to || !regionMatchesIgnoreCase(text, s, "date")) {
            return null;
        }
        int p = s + 4;
        if (p < to && text.charAt(p) == ':') {
            p++;
        }
        int q = Chars.skipSpace(text, p, to);
        if (q == p && p < to) {
            return null;
        }
        DateMatch m = dates.matchAt(text, q, to);
        if (m == null || (m.end() < to && !Chars.isSpace(text.charAt(m.end())))) {
            return null;
        }
        return new DateMatch(s, m.end(), m.date(), m.error());
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    Article build(String id, int originOffset) {
        int n = lines.count();
        int li = nextContent(0);
        if (li < n) {
            int b = lines.start(li);
            int e = lines.end(li);
            DateMatch h = header(text, b, e, dates);
            if (h != null) {
                parts.add(PartKind.DATE, h.begin(), h.end(), null);
                headerDate = true;
                date = checked(h, li);
                headerRest(h.end(), e);
                li++;
            } else {
                DateMatch whole = dates.whole(text, b, e);
                if (whole != null) {
                    parts.add(PartKind.DATE, whole.begin(), whole.end(), null);
                    headerDate = true;
                    date = checked(whole, li);
                    li++;
                }
            }
        }
        int repeat = title == null ? repeatedHeadline(li) : -1;
        boolean preamble = true;
        for (; li < n; li++) {
            int b = Chars.skipSpace(text, lines.start(li), lines.end(li));
            int e = Chars.trimEnd(text, b, lines.end(li));
            if (b == e) {
                continue;
            }
            brokenHeader(li, b, e);
            if (preamble) {
                if (repeat >= 0 && li < repeat) {
                    RuleMatch m = topRule(b, e);
                    parts.add(PartKind.BOILERPLATE, b, e, m != null ? m.rule().id() : PREAMBLE);
                    continue;
                }
                if (li == repeat) {
                    setTitle(b, e);
                    continue;
                }
                RuleMatch m = topRule(b, e);
                if (m != null) {
                    if (m.rule().action() == Action.REST) {
                        parts.add(PartKind.BOILERPLATE, b, Chars.trimEnd(text, b, text.length()), m.rule().id());
                        break;
                    }
                    parts.add(PartKind.BOILERPLATE, m.begin(), m.end(), m.rule().id());
                    b = Chars.skipSpace(text, m.end(), e);
                    if (b >= e) {
                        continue;
                    }
                }
                if (isTitle(b, e)) {
                    parts.add(PartKind.BOILERPLATE, b, e, REPEATED_HEADLINE);
                    continue;
                }
                if (e - b <= 60 && dates.whole(text, b, e) != null) {
                    parts.add(PartKind.BOILERPLATE, b, e, ENTRY_DATE);
                    continue;
                }
                if (title == null && titleLike(b, e)) {
                    setTitle(b, e);
                    continue;
                }
                if (e - b <= MAX_CHAIN_LINE && scanner.chainStart(text, b, e) == b) {
                    parts.add(PartKind.BOILERPLATE, b, e, CHROME_CHAIN);
                    continue;
                }
                preamble = false;
            }
            li = body(li, b, e);
            if (li < 0) {
                break;
            }
        }
        return Article.parsed(id, origin, originOffset, date, parts.finish(), problems);
    }

    /** Lays out one body line; returns the index of the last line consumed, or -1 when the rest is boilerplate. */
    private int body(int li, int b, int e) {
        RuleMatch m = scanner.match(Where.BODY, text, b, e, firstBody);
        if (m != null) {
            switch (m.rule().action()) {
                case REST -> {
                    parts.add(PartKind.BOILERPLATE, b, Chars.trimEnd(text, b, text.length()), m.rule().id());
                    return -1;
                }
                case LINE -> {
                    parts.add(PartKind.BOILERPLATE, b, e, m.rule().id());
                    return li;
                }
                case PREFIX -> {
                    parts.add(PartKind.BOILERPLATE, b, m.end(), m.rule().id());
                    b = Chars.skipSpace(text, m.end(), e);
                    if (b >= e) {
                        return li;
                    }
                }
            }
        } else if (isTitle(b, e)) {
            parts.add(PartKind.BOILERPLATE, b, e, REPEATED_HEADLINE);
            return li;
        } else if (e - b <= MAX_CHAIN_LINE && scanner.chainStart(text, b, e) == b) {
            parts.add(PartKind.BOILERPLATE, b, e, CHROME_CHAIN);
            return li;
        } else if (e - b <= 60 && dates.whole(text, b, e) != null) {
            parts.add(PartKind.BOILERPLATE, b, e, ENTRY_DATE);
            return li;
        }
        // a line broken inside a sentence continues on the next line: one paragraph
        while (li + 1 < lines.count() && softWrap(e, li + 1)) {
            li++;
            e = Chars.trimEnd(text, e, lines.end(li));
        }
        parts.add(PartKind.PARAGRAPH, b, e, null);
        firstBody = false;
        return li;
    }

    private boolean softWrap(int prevEnd, int next) {
        int b = Chars.skipSpace(text, lines.start(next), lines.end(next));
        if (b >= lines.end(next)) {
            return false;
        }
        char last = text.charAt(prevEnd - 1);
        if (".!?:;…\"”’)»".indexOf(last) >= 0) {
            return false;
        }
        char first = text.charAt(b);
        return Character.isLowerCase(first);
    }

    private RuleMatch topRule(int b, int e) {
        RuleMatch m = scanner.match(Where.TOP, text, b, e, firstBody);
        if (m == null) {
            m = scanner.match(Where.BODY, text, b, e, firstBody);
        }
        if (m != null) {
            takeStampDate(m, e);
        }
        return m;
    }

    private void takeStampDate(RuleMatch m, int e) {
        if (headerDate || date != null || m.dateBegin() < 0) {
            return;
        }
        DateMatch d = dates.matchAt(text, m.dateBegin(), e);
        if (d != null) {
            date = checked(d, lineOf(m.dateBegin()));
        }
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lines.count() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.start(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The text after the header's date: leading chrome, the title (its first sentence), a run-on lead, trailing chrome. */
    private void headerRest(int from, int to) {
        int pos = Chars.skipSpace(text, from, to);
        while (pos < to) {
            RuleMatch m = scanner.match(Where.HEADER_LEAD, text, pos, to, true);
            if (m == null) {
                break;
            }
            if (m.rule().action() != Action.PREFIX) {
                parts.add(PartKind.BOILERPLATE, pos, to, m.rule().id());
                return;
            }
            parts.add(PartKind.BOILERPLATE, pos, m.end(), m.rule().id());
            pos = Chars.skipSpace(text, m.end(), to);
        }
        if (pos >= to) {
            return;
        }
        RuleMatch whole = scanner.match(Where.TOP, text, pos, to, true);
        if (whole != null && whole.rule().action() == Action.LINE) {
            parts.add(PartKind.BOILERPLATE, pos, to, whole.rule().id());
            return;
        }
        int chain = scanner.chainStart(text, pos, to);
        if (chain == pos) {
            parts.add(PartKind.BOILERPLATE, pos, to, CHROME_CHAIN);
            return;
        }
        int end = chain > 0 ? Chars.trimEnd(text, pos, chain) : to;
        int sentence = breaks.firstEnd(text, pos, end);
        if (sentence > 0) {
            setTitle(pos, sentence);
            int lead = Chars.skipSpace(text, sentence, end);
            parts.add(PartKind.PARAGRAPH, lead, end, null);
            firstBody = false;
        } else {
            setTitle(pos, end);
        }
        if (chain > 0) {
            parts.add(PartKind.BOILERPLATE, chain, to, CHROME_CHAIN);
        }
    }

    private void setTitle(int b, int e) {
        parts.add(PartKind.TITLE, b, e, null);
        title = normalized(b, e);
    }

    /** Whether [b, e) is the title again, white space runs counting as one space. */
    private boolean isTitle(int b, int e) {
        if (title == null || e - b < title.length()) {
            return false;
        }
        int t = 0;
        int i = b;
        while (i < e && t < title.length()) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                if (title.charAt(t) != ' ') {
                    return false;
                }
                i = Chars.skipSpace(text, i, e);
                t++;
            } else if (c == title.charAt(t)) {
                i++;
                t++;
            } else {
                return false;
            }
        }
        return i == e && t == title.length();
    }

    private String normalized(int b, int e) {
        StringBuilder s = new StringBuilder(e - b);
        boolean space = false;
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                space = true;
            } else {
                if (space && s.length() > 0) {
                    s.append(' ');
                }
                space = false;
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Within the first lines after the header, a line repeated on the next non-blank line is the headline. */
    private int repeatedHeadline(int from) {
        int prev = -1;
        int seen = 0;
        for (int li = from; li < lines.count() && seen <= REPEAT_WINDOW; li++) {
            int b = Chars.skipSpace(text, lines.start(li), lines.end(li));
            int e = Chars.trimEnd(text, b, lines.end(li));
            if (b == e) {
                continue;
            }
            seen++;
            if (prev >= 0 && e - b <= MAX_TITLE) {
                int pb = Chars.skipSpace(text, lines.start(prev), lines.end(prev));
                int pe = Chars.trimEnd(text, pb, lines.end(prev));
                if (pe - pb == e - b && text.regionMatches(pb, text, b, e - b)) {
                    return prev;
                }
            }
            prev = li;
        }
        return -1;
    }

    /** A standalone headline: short, one sentence, no closing full stop, comma or colon. */
    private boolean titleLike(int b, int e) {
        int len = e - b;
        if (len < 8 || len > MAX_TITLE) {
            return false;
        }
        char last = text.charAt(e - 1);
        if (last == ',' || last == ';' || last == ':' || (last == '.' && !(len > 3 && text.charAt(e - 2) == '.'))) {
            return false;
        }
        char first = text.charAt(b);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || Chars.isOpeningQuote(first))) {
            return false;
        }
        int words = 0;
        boolean in = false;
        for (int i = b; i < e; i++) {
            boolean sp = Chars.isSpace(text.charAt(i));
            if (!sp && !in) {
                words++;
            }
            in = !sp;
        }
        return words >= 2 && words <= 30 && breaks.firstEnd(text, b, e) < 0;
    }

    private int nextContent(int from) {
        int li = from;
        while (li < lines.count() && Chars.isBlank(text, lines.start(li), lines.end(li))) {
            li++;
        }
        return li;
    }

    /**
     * A line that starts like a header ({@code date} and a token with a digit, or nothing) but is not one is read
     * as text; it is recorded, because the article loses its date and title to it.
     */
    private void brokenHeader(int li, int b, int e) {
        if (e - b < 4 || !regionMatchesIgnoreCase(text, b, "date") || header(text, b, e, dates) != null) {
            return;
        }
        int p = b + 4;
        if (p < e && text.charAt(p) == ':') {
            p++;
        }
        int q = Chars.skipSpace(text, p, e);
        if (q == p && p < e) {
            return;
        }
        int end = q;
        boolean digit = false;
        while (end < e && !Chars.isSpace(text.charAt(end))) {
            digit |= Character.isDigit(text.charAt(end));
            end++;
        }
        if (q < e && !digit) {
            return;
        }
        StringBuilder token = new StringBuilder();
        for (int k = q; k < Math.min(end, q + 40); k++) {
            char c = text.charAt(k);
            // a message is printed to terminals: control characters in it are shown, never sent
            if (Character.isISOControl(c)) {
                token.append(String.format("\\u%04X", (int) c));
            } else {
                token.append(c);
            }
        }
        if (end > q + 40) {
            token.append('…');
        }
        Problem problem = new Problem(origin, firstLine + li, q - lines.start(li) + 1, q == e
                ? "a 'date' line without a date; read as text"
                : "the line starts like a header, but '" + token + "' is not a date this parser reads; read as text");
        if (strict) {
            throw new SourceException(problem);
        }
        problems.add(problem);
    }

    private PartialDate checked(DateMatch m, int li) {
        if (m.valid()) {
            return m.date();
        }
        Problem p = new Problem(origin, firstLine + li, m.begin() - lines.start(li) + 1, m.error());
        if (strict) {
            throw new SourceException(p);
        }
        problems.add(p);
        return null;
    }
}

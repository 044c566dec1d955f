package io.github.peacetalks.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.DatePrecision;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.TimeExpression;
import io.github.peacetalks.source.DateForms;
import io.github.peacetalks.source.DateMatch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds Dutch temporal expressions and normalises them against a reference date (the article's): absolute
 * dates, weekdays, "gisteren", "vorige week", "eerder deze maand", "drie jaar geleden", "over twee weken", months
 * without a year, parts of periods ("begin maart", "eind 2023") and seasons. A value is never finer than what the
 * reference allows: with a month as reference, "vrijdag" is that month. The words are data ({@code timex.json},
 * with month and weekday names from the parser's {@code dates.json}). Immutable and thread-safe.
 */
public final class TemporalTagger {

    private enum Unit { DAY, WEEK, MONTH, YEAR }

    private record Token(int begin, int end, String lower) {
    }

    private final DateForms dates;
    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> dayOffsets;
    private final Map<String, Object[]> periodOffsets;
    private final int longestPeriod;
    private final Map<String, Integer> numbers;
    private final Map<String, Unit> units;
    private final Set<String> ago;
    private final Set<String> ahead;
    private final List<String> weekdaySuffixes;
    private final List<String> nightOfBefore;
    private final Set<String> nightOfBetween;
    private final Set<String> pastBeforeWeekday;
    private final Set<String> seasonArticles;
    private final Set<String> seasonOf;
    private final Set<String> thisBefore;
    private final Set<String> monthsWithoutAbbreviation;
    private final Set<String> futureBefore;
    private final Set<String> pastBefore;
    private final List<String> futureWords;
    private final Set<String> futureSingle;
    private final Set<String> pastWords;
    private final Set<String> monthContext;
    private final Set<String> periodParts;
    private final Map<String, Integer> seasons;
    private final int minYear;
    private final int maxYear;
    private final Set<String> notYearAfter;
    private final Set<String> clauseWords;
    /** Every word that can open an expression: a cheap test before the rules run. */
    private final Set<String> openers;

    private TemporalTagger(JsonNode t, JsonNode d, String source) {
        this.dates = DateForms.defaults();
        months = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = DataFiles.required(d, "months", "dates.json", "$").fields(); it.hasNext(); ) {
            var e = it.next();
            for (JsonNode w : e.getValue()) {
                months.put(w.asText().toLowerCase(Locale.ROOT), Integer.parseInt(e.getKey()));
            }
        }
        weekdays = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = DataFiles.required(d, "weekdays", "dates.json", "$").fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode words = e.getValue();
            // only full weekday names stand alone in running text; abbreviations ("do", "za", "thurs") are words too
            // or no names at all: the shortest full names ("zondag", "friday") have six letters, the longest abbreviation five
            for (JsonNode w : words) {
                if (w.asText().length() >= 6) {
                    weekdays.put(w.asText().toLowerCase(Locale.ROOT), DayOfWeek.of(Integer.parseInt(e.getKey())));
                }
            }
        }
        dayOffsets = intMap(t, "dayOffsets", source);
        periodOffsets = new HashMap<>();
        int longest = 1;
        JsonNode po = DataFiles.required(t, "periodOffsets", source, "$");
        for (Iterator<Map.Entry<String, JsonNode>> it = po.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (!v.isArray() || v.size() != 2) {
                throw new DataFileException(source, "$.periodOffsets." + e.getKey(), "must be [UNIT, offset]");
            }
            periodOffsets.put(e.getKey(), new Object[] {unit(v.get(0).asText(), source, "$.periodOffsets." + e.getKey()), v.get(1).asInt()});
            longest = Math.max(longest, e.getKey().split(" ").length);
        }
        longestPeriod = longest;
        numbers = intMap(t, "numbers", source);
        units = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = DataFiles.required(t, "units", source, "$").fields(); it.hasNext(); ) {
            var e = it.next();
            units.put(e.getKey(), unit(e.getValue().asText(), source, "$.units." + e.getKey()));
        }
        ago = set(t, "ago", source);
        ahead = set(t, "ahead", source);
        weekdaySuffixes = DataFiles.strings(t, "weekdaySuffixes", source, "$");
        nightOfBefore = DataFiles.strings(t, "nightOfBefore", source, "$").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        nightOfBetween = set(t, "nightOfBetween", source);
        pastBeforeWeekday = set(t, "pastBeforeWeekday", source);
        seasonArticles = set(t, "seasonArticles", source);
        seasonOf = set(t, "seasonOf", source);
        thisBefore = set(t, "thisBefore", source);
        monthsWithoutAbbreviation = set(t, "monthsWithoutAbbreviation", source);
        futureBefore = set(t, "futureBefore", source);
        pastBefore = set(t, "pastBefore", source);
        futureWords = DataFiles.strings(t, "futureWords", source, "$");
        Set<String> single = new LinkedHashSet<>();
        for (String f : futureWords) {
            if (!f.contains(" ")) {
                single.add(f);
            }
        }
        futureSingle = Set.copyOf(single);
        pastWords = set(t, "pastWords", source);
        monthContext = set(t, "monthContext", source);
        periodParts = set(t, "periodParts", source);
        seasons = intMap(t, "seasons", source);
        JsonNode range = DataFiles.required(t, "yearRange", source, "$");
        minYear = range.get(0).asInt();
        maxYear = range.get(1).asInt();
        notYearAfter = set(t, "notYearAfter", source);
        clauseWords = set(t, "clauseWords", source);
        Set<String> open = new java.util.HashSet<>();
        open.addAll(months.keySet());
        open.addAll(weekdays.keySet());
        open.addAll(dayOffsets.keySet());
        open.addAll(periodParts);
        open.addAll(seasons.keySet());
        open.addAll(ahead);
        open.add("de");
        open.add("het");
        for (String k : periodOffsets.keySet()) {
            open.add(k.split(" ")[0]);
        }
        for (String k : numbers.keySet()) {
            open.add(k.split(" ")[0]);
        }
        openers = Set.copyOf(open);
    }

    private static Unit unit(String name, String source, String path) {
        try {
            return Unit.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source, path, "unit must be DAY, WEEK, MONTH or YEAR, not " + name);
        }
    }

    private static Map<String, Integer> intMap(JsonNode t, String name, String source) {
        Map<String, Integer> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = DataFiles.required(t, name, source, "$").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().canConvertToInt()) {
                throw new DataFileException(source, "$." + name + "." + e.getKey(), "must be a whole number");
            }
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asInt());
        }
        return Map.copyOf(out);
    }

    private static Set<String> set(JsonNode t, String name, String source) {
        Set<String> s = new LinkedHashSet<>();
        for (String w : DataFiles.strings(t, name, source, "$")) {
            s.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(s);
    }

    /** The tagger with the library's own words. */
    public static TemporalTagger defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final TemporalTagger DEFAULTS = new TemporalTagger(DataFiles.resource(TemporalTagger.class, "timex.json"),
                DataFiles.resource(DateForms.class, "dates.json"), "io/github/peacetalks/extract/timex.json");
    }

    /** A tagger with words from a file in the shape of {@code timex.json}. */
    public static TemporalTagger load(Path file) throws IOException {
        return new TemporalTagger(DataFiles.file(file), DataFiles.resource(DateForms.class, "dates.json"), file.toString());
    }

    /** The expressions in an article's title and paragraphs, resolved against {@code reference} (may be null). */
    public List<TimeExpression> tag(Article article, PartialDate reference) {
        List<TimeExpression> out = new ArrayList<>();
        for (Part p : article.parts()) {
            if (p.kind() == PartKind.TITLE || p.kind() == PartKind.PARAGRAPH) {
                tag(p.text(), p.begin(), reference, out);
            }
        }
        return out;
    }

    /** The expressions in a text, resolved against {@code reference} (may be null). */
    public List<TimeExpression> tag(String text, PartialDate reference) {
        List<TimeExpression> out = new ArrayList<>();
        tag(text, 0, reference, out);
        return out;
    }

    private void tag(String text, int offset, PartialDate ref, List<TimeExpression> out) {
        List<Token> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            int next = match(text, tokens, i, offset, ref, out);
            i = next > i ? next : i + 1;
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                    || ((text.charAt(j) == '-' || text.charAt(j) == '/' || text.charAt(j) == '.')
                        && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)) && Character.isDigit(text.charAt(j - 1))
                        && Character.isDigit(text.charAt(j + 1))))) {
                j++;
            }
            out.add(new Token(i, j, text.substring(i, j).toLowerCase(Locale.ROOT)));
            i = j;
        }
        return out;
    }

    /** Tries every form at token {@code i}; returns the index after the match, or {@code i} for none. */
    private int match(String text, List<Token> t, int i, int offset, PartialDate ref, List<TimeExpression> out) {
        Token tok = t.get(i);
        String w = tok.lower();
        if (!Character.isDigit(w.charAt(0)) && !openers.contains(w) && weekday(w) == null) {
            return i;
        }
        // "begin maart", "eind 2023", "half deze maand"
        if (periodParts.contains(w) && i + 1 < t.size() && !startsPeriodOffset(t, i)) {
            int before = out.size();
            int j = match(text, t, i + 1, offset, ref, out);
            if (j > i + 1 && out.size() == before + 1) {
                TimeExpression inner = out.remove(before);
                add(out, text, offset, tok.begin(), t.get(j - 1).end(), inner.value(), inner.relative());
                return j;
            }
            out.subList(before, out.size()).clear();
        }
        // "vorige week", "eerder deze maand", "vorig jaar"
        for (int len = Math.min(longestPeriod, t.size() - i); len >= 2; len--) {
            String phrase = join(t, i, len);
            Object[] po = periodOffsets.get(phrase);
            if (po != null) {
                add(out, text, offset, tok.begin(), t.get(i + len - 1).end(), shift(ref, (Unit) po[0], (Integer) po[1]), true);
                return i + len;
            }
        }
        // seasons: "de zomer van 2024", "afgelopen zomer", "deze winter"
        if (seasons.containsKey(w)) {
            return season(text, t, i, offset, ref, out);
        }
        // absolute dates: "24 februari 2022", "februari 2022", "24-02-2022", "november 23, 2024"
        boolean dateStart = Character.isDigit(w.charAt(0)) || months.containsKey(w) || weekdays.containsKey(w);
        if (dateStart) {
            DateMatch m = dates.matchAt(text, tok.begin(), text.length());
            if (m != null && !m.valid()) {
                // "31 februari 2024" names no day: skip it whole rather than read its parts
                return indexAfter(t, i, m.end());
            }
            if (m != null && m.date().precision() != DatePrecision.YEAR) {
                add(out, text, offset, tok.begin(), m.end(), m.date(), false);
                return indexAfter(t, i, m.end());
            }
        }
        // "23 november" without a year
        if (isDayNumber(w) && i + 1 < t.size() && months.containsKey(t.get(i + 1).lower())) {
            int month = months.get(t.get(i + 1).lower());
            int end = withDot(text, t.get(i + 1));
            // "24 februari vorig jaar"
            for (int len = Math.min(longestPeriod, t.size() - i - 2); len >= 2; len--) {
                Object[] po = periodOffsets.get(join(t, i + 2, len));
                if (po != null && po[0] == Unit.YEAR) {
                    PartialDate y = shift(ref, Unit.YEAR, (Integer) po[1]);
                    PartialDate v = y == null ? null : dayOfMonth(PartialDate.ofYear(y.year()), month, Integer.parseInt(w), 0);
                    add(out, text, offset, tok.begin(), t.get(i + 1 + len).end(), v, true);
                    return i + 2 + len;
                }
            }
            PartialDate v = ref == null ? null : dayOfMonth(ref, month, Integer.parseInt(w), sentenceTense(text, tok.begin()));
            add(out, text, offset, tok.begin(), end, v, true);
            return i + 2;
        }
        // "March 14" without a year
        if (months.containsKey(w) && i + 1 < t.size() && isDayNumber(t.get(i + 1).lower()) && w.length() >= 3
                && !(i + 2 < t.size() && isDigits(t.get(i + 2).lower()) && t.get(i + 2).lower().length() == 4)) {
            int month = months.get(w);
            PartialDate v = ref == null ? null : dayOfMonth(ref, month, Integer.parseInt(t.get(i + 1).lower()), sentenceTense(text, tok.begin()));
            add(out, text, offset, tok.begin(), t.get(i + 1).end(), v, true);
            return i + 2;
        }
        // a month alone, where the words before it make it a month ("in juli", "tussen maart en mei")
        if (months.containsKey(w) && i > 0 && monthContext.contains(t.get(i - 1).lower()) && w.length() >= 3) {
            int month = months.get(w);
            PartialDate v = ref == null ? null : monthOfReference(ref, month, sentenceTense(text, tok.begin()));
            add(out, text, offset, tok.begin(), withDot(text, tok), v, true);
            return i + 1;
        }
        // weekdays, with an optional part of the day: "vrijdag", "maandagavond"
        DayOfWeek day = weekday(w);
        if (day != null) {
            // "de nacht van woensdag op donderdag" is the later day
            int n = nightOfBefore.size();
            if (n > 0 && i >= n && wordsBefore(t, i, nightOfBefore)
                    && i + 2 < t.size() && nightOfBetween.contains(t.get(i + 1).lower()) && weekday(t.get(i + 2).lower()) != null) {
                DayOfWeek later = weekday(t.get(i + 2).lower());
                int tense = sentenceTense(text, tok.begin());
                add(out, text, offset, t.get(i - n).begin(), t.get(i + 2).end(), ref == null ? null : weekdayOf(ref, later, tense > 0), true);
                return i + 3;
            }
            int from = tok.begin();
            int tense = sentenceTense(text, tok.begin());
            if (i > 0 && pastBeforeWeekday.contains(t.get(i - 1).lower())) {
                tense = -1;
            }
            if (i > 0 && futureBefore.contains(t.get(i - 1).lower())) {
                tense = 1;
                from = t.get(i - 1).begin();
            } else if (i > 0 && pastBefore.contains(t.get(i - 1).lower())) {
                tense = -1;
                from = t.get(i - 1).begin();
            }
            add(out, text, offset, from, tok.end(), ref == null ? null : weekdayOf(ref, day, tense > 0), true);
            return i + 1;
        }
        // "gisteren", "vandaag", "morgen"
        Integer days = dayOffsets.get(w);
        // "zondag morgen" is Sunday morning, not tomorrow
        if (days != null && !(weekdaySuffixes.contains(w) && i > 0 && weekday(t.get(i - 1).lower()) != null)) {
            add(out, text, offset, tok.begin(), tok.end(), shift(ref, Unit.DAY, days), true);
            return i + 1;
        }
        // "drie jaar geleden", "over twee weken"
        int k = count(t, i);
        if (k > 0) {
            int n = numberAt(t, i, k);
            Unit u = i + k < t.size() ? units.get(t.get(i + k).lower()) : null;
            if (u != null) {
                if (i + k + 1 < t.size() && ago.contains(t.get(i + k + 1).lower())) {
                    add(out, text, offset, tok.begin(), t.get(i + k + 1).end(), shift(ref, u, -n), true);
                    return i + k + 2;
                }
                if (i > 0 && ahead.contains(t.get(i - 1).lower())) {
                    add(out, text, offset, t.get(i - 1).begin(), t.get(i + k).end(), shift(ref, u, n), true);
                    return i + k + 1;
                }
            }
        }
        // a year alone: "in 2014", "2014 en 2015"
        if (w.length() == 4 && isDigits(w)) {
            int year = Integer.parseInt(w);
            boolean hyphenated = (tok.begin() > 0 && text.charAt(tok.begin() - 1) == '-')
                    || (tok.end() < text.length() && text.charAt(tok.end()) == '-');
            boolean counted = i + 1 < t.size() && notYearAfter.contains(t.get(i + 1).lower());
            if (year >= minYear && year <= maxYear && !hyphenated && !counted) {
                add(out, text, offset, tok.begin(), tok.end(), PartialDate.ofYear(year), false);
                return i + 1;
            }
        }
        return i;
    }

    private boolean startsPeriodOffset(List<Token> t, int i) {
        for (int len = Math.min(longestPeriod, t.size() - i); len >= 2; len--) {
            if (periodOffsets.containsKey(join(t, i, len))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words right before token {@code i} are {@code words}, in order. */
    private static boolean wordsBefore(List<Token> t, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(i - words.size() + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean seasonYear(String w) {
        if (w.length() != 4 || !isDigits(w)) {
            return false;
        }
        int year = Integer.parseInt(w);
        return year >= minYear && year <= maxYear;
    }

    private int season(String text, List<Token> t, int i, int offset, PartialDate ref, List<TimeExpression> out) {
        Token tok = t.get(i);
        int startMonth = seasons.get(tok.lower());
        int from = tok.begin();
        // a season's year is a year of the yearRange, as a bare year is ("herfst 0000" names none)
        if (i > 0 && seasonArticles.contains(t.get(i - 1).lower()) && i + 2 < t.size()
                && seasonOf.contains(t.get(i + 1).lower()) && seasonYear(t.get(i + 2).lower())) {
            int year = Integer.parseInt(t.get(i + 2).lower());
            add(out, text, offset, t.get(i - 1).begin(), t.get(i + 2).end(), PartialDate.ofYear(year), false);
            return i + 3;
        }
        if (i + 1 < t.size() && seasonYear(t.get(i + 1).lower())) {
            add(out, text, offset, from, t.get(i + 1).end(), PartialDate.ofYear(Integer.parseInt(t.get(i + 1).lower())), false);
            return i + 2;
        }
        if (i > 0 && (pastBefore.contains(t.get(i - 1).lower()) || futureBefore.contains(t.get(i - 1).lower())
                || thisBefore.contains(t.get(i - 1).lower()))) {
            String b = t.get(i - 1).lower();
            PartialDate v = null;
            if (ref != null) {
                int year = ref.year();
                int refMonth = ref.precision() == DatePrecision.YEAR ? 0 : ref.month();
                if (pastBefore.contains(b) && refMonth != 0 && refMonth <= startMonth) {
                    year--;
                } else if (futureBefore.contains(b) && refMonth != 0 && refMonth >= startMonth) {
                    year++;
                }
                v = year(year);
            }
            add(out, text, offset, t.get(i - 1).begin(), tok.end(), v, true);
            return i + 1;
        }
        return i;
    }

    /** The end of a month word, with the full stop of an abbreviation ("dec.") where it has one. */
    private int withDot(String text, Token tok) {
        int e = tok.end();
        if (e < text.length() && text.charAt(e) == '.' && tok.lower().length() <= 4 && !monthsWithoutAbbreviation.contains(tok.lower())) {
            return e + 1;
        }
        return e;
    }

    private static boolean isDayNumber(String w) {
        if (w.isEmpty() || w.length() > 2 || !isDigits(w)) {
            return false;
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31;
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private DayOfWeek weekday(String w) {
        DayOfWeek d = weekdays.get(w);
        if (d != null) {
            return d;
        }
        for (String suffix : weekdaySuffixes) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                d = weekdays.get(w.substring(0, w.length() - suffix.length()));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** How many tokens from {@code i} make a number ("drie", "een paar", "12"), or 0. */
    private int count(List<Token> t, int i) {
        if (i + 1 < t.size() && numbers.containsKey(t.get(i).lower() + " " + t.get(i + 1).lower())) {
            return 2;
        }
        String w = t.get(i).lower();
        return numbers.containsKey(w) || (isDigits(w) && w.length() <= 3) ? 1 : 0;
    }

    private int numberAt(List<Token> t, int i, int k) {
        String w = k == 2 ? t.get(i).lower() + " " + t.get(i + 1).lower() : t.get(i).lower();
        Integer n = numbers.get(w);
        return n != null ? n : Integer.parseInt(w);
    }

    /**
     * -1 for past, 1 for future, 0 when nothing says: the tense of the marker word nearest to {@code at} in its
     * sentence ("zei zaterdag dat ... zal" is past for "zaterdag").
     */
    private int sentenceTense(String text, int at) {
        int b = clauseEdge(text, at, -1);
        int e = clauseEdge(text, at, 1);
        int best = Integer.MAX_VALUE;
        int tense = 0;
        int i = b;
        while (i < e) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < e && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            int distance = Math.abs(i - at);
            if (distance < best && (pastWords.contains(w) || futureSingle.contains(w))) {
                best = distance;
                tense = pastWords.contains(w) ? -1 : 1;
            }
            i = j;
        }
        return tense;
    }

    /** Where the clause around {@code at} begins (dir -1) or ends (dir 1): punctuation or a subordinating word. */
    private int clauseEdge(String text, int at, int dir) {
        int i = at;
        while (dir < 0 ? i > 0 : i < text.length()) {
            char c = dir < 0 ? text.charAt(i - 1) : text.charAt(i);
            if (".!?\n,;:".indexOf(c) >= 0) {
                return i;
            }
            if (c == ' ') {
                int w = dir < 0 ? i - 1 : i + 1;
                int s = dir < 0 ? w : w;
                int j = s;
                if (dir < 0) {
                    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
                        j--;
                    }
                    String word = text.substring(j, s).toLowerCase(Locale.ROOT);
                    if (clauseWords.contains(word) && j < at) {
                        return j;
                    }
                } else {
                    while (j < text.length() && Character.isLetter(text.charAt(j))) {
                        j++;
                    }
                    String word = text.substring(s, j).toLowerCase(Locale.ROOT);
                    if (clauseWords.contains(word)) {
                        return s;
                    }
                }
            }
            i += dir;
        }
        return i;
    }


    /** The most recent {@code day} on or before the reference, or the first after it in the future. */
    private static PartialDate weekdayOf(PartialDate ref, DayOfWeek day, boolean future) {
        if (ref.precision() != DatePrecision.DAY) {
            return ref;
        }
        LocalDate r = ref.start();
        LocalDate d = future ? r.with(TemporalAdjusters.next(day)) : r.with(TemporalAdjusters.previousOrSame(day));
        return day(d);
    }

    /** "23 november" without a year: the reference's year, or the one before when that would lie in the future of a past sentence. */
    private static PartialDate dayOfMonth(PartialDate ref, int month, int day, int tense) {
        int year = yearOf(ref, month, tense);
        if (!representable(year)) {
            return null;
        }
        try {
            return PartialDate.ofDay(year, month, day);
        } catch (IllegalArgumentException e) {
            return PartialDate.ofMonth(year, month);
        }
    }

    private static PartialDate monthOfReference(PartialDate ref, int month, int tense) {
        int year = yearOf(ref, month, tense);
        return representable(year) ? PartialDate.ofMonth(year, month) : null;
    }

    /** The year of a month named without one: the reference's, or the one before (past) or after (future) it. */
    private static int yearOf(PartialDate ref, int month, int tense) {
        int year = ref.year();
        if (ref.precision() != DatePrecision.YEAR) {
            if (tense < 0 && month > ref.month()) {
                year--;
            } else if (tense > 0 && month < ref.month()) {
                year++;
            }
        }
        return year;
    }

    /**
     * The reference moved by {@code n} units, never finer than the reference: days and weeks need a day, months a
     * month. A week is named by the month of its Thursday (the ISO rule), as dates carry no weeks.
     */
    private static PartialDate shift(PartialDate ref, Unit unit, int n) {
        if (ref == null) {
            return null;
        }
        switch (unit) {
            case YEAR:
                return year((long) ref.year() + n);
            case MONTH:
                if (ref.precision() == DatePrecision.YEAR) {
                    return ref;
                }
                LocalDate m = LocalDate.of(ref.year(), ref.month(), 1).plusMonths(n);
                return representable(m.getYear()) ? PartialDate.ofMonth(m.getYear(), m.getMonthValue()) : null;
            case WEEK:
                if (ref.precision() != DatePrecision.DAY) {
                    return ref;
                }
                LocalDate thursday = ref.start().plusWeeks(n).with(DayOfWeek.THURSDAY);
                return representable(thursday.getYear()) ? PartialDate.ofMonth(thursday.getYear(), thursday.getMonthValue()) : null;
            default:
                if (ref.precision() != DatePrecision.DAY) {
                    return ref;
                }
                return day(ref.start().plusDays(n));
        }
    }

    /**
     * Whether a resolved year fits a {@link PartialDate} (1..9999). A relative expression whose date falls past
     * either end ("gisteren" on 1 January of the year 1) has no value rather than a wrong or failing one.
     */
    private static boolean representable(long year) {
        return year >= 1 && year <= 9999;
    }

    private static PartialDate year(long year) {
        return representable(year) ? PartialDate.ofYear((int) year) : null;
    }

    private static PartialDate day(LocalDate d) {
        return representable(d.getYear()) ? PartialDate.of(d) : null;
    }

    private static String join(List<Token> t, int i, int len) {
        StringBuilder b = new StringBuilder(t.get(i).lower());
        for (int k = 1; k < len; k++) {
            b.append(' ').append(t.get(i + k).lower());
        }
        return b.toString();
    }

    private static int indexAfter(List<Token> t, int i, int end) {
        int j = i;
        while (j < t.size() && t.get(j).begin() < end) {
            j++;
        }
        return j;
    }

    private static void add(List<TimeExpression> out, String text, int offset, int b, int e, PartialDate value, boolean relative) {
        out.add(new TimeExpression(text.substring(b, e), offset + b, offset + e, value, relative));
    }

    @Override
    public String toString() {
        return "TemporalTagger[" + months.size() + " month words, " + dayOffsets.size() + " day words, "
                + periodOffsets.size() + " period phrases]";
    }
}

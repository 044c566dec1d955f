package io.github.peacetalks.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.model.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the absolute date forms of date lines, headers and publication stamps: ISO
 * ({@code 2023-02}), Dutch order ({@code 23 november 2024}, {@code 23-11-2024}), English order
 * ({@code november 23, 2024}), month and year ({@code november 2024}), optionally with a weekday before and a
 * time after. Month and weekday words come from {@code dates.json}. Immutable and thread-safe.
 */
public final class DateForms {

    private static final String WS = "[ \\t\\u00A0\\u202F]+";
    private static final String OWS = "[ \\t\\u00A0\\u202F]*";

    private final Map<String, Integer> months;
    private final Pattern iso;
    private final Pattern dmy;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern monthYear;
    private final Pattern weekday;
    private final Pattern time;
    /** The forms that can start with a digit, and those that start with a month word. */
    private final List<Pattern> numericFirst;
    private final List<Pattern> wordFirst;

    private DateForms(Map<String, Integer> months, List<String> weekdays) {
        this.months = Map.copyOf(months);
        String month = "(?<month>" + alternation(months.keySet()) + ")(?!\\p{L})\\.?";
        iso = Pattern.compile("(?<y>\\d{4})(?:-(?<m>\\d{1,2})(?:-(?<d>\\d{1,2}))?)?(?![\\d\\p{L}])");
        dmy = Pattern.compile("(?<d>\\d{1,2})[-/.](?<m>\\d{1,2})[-/.](?<y>\\d{4})(?!\\d)");
        dayMonthYear = Pattern.compile("(?<d>\\d{1,2})\\.?" + WS + month + ",?" + WS + "(?<y>\\d{4})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        monthDayYear = Pattern.compile(month + OWS + "(?<d>\\d{1,2})(?:st|nd|rd|th|e)?,?" + WS + "(?<y>\\d{4})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        monthYear = Pattern.compile(month + ",?" + WS + "(?<y>\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        weekday = Pattern.compile("(?:" + alternation(weekdays) + ")(?!\\p{L})\\.?,?" + WS,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        numericFirst = List.of(dayMonthYear, dmy, iso);
        wordFirst = List.of(monthDayYear, monthYear);
        time = Pattern.compile(",?" + OWS + "(?:(?:om|at|-)" + WS + ")?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:" + OWS + "(?:uur|u\\.|h|CET|CEST|GMT))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder();
        for (String w : sorted) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(w));
        }
        return b.toString();
    }

    /** The forms with the library's own month and weekday words. */
    public static DateForms defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final DateForms DEFAULTS = fromJson(DataFiles.resource(DateForms.class, "dates.json"),
                "io/github/peacetalks/source/dates.json");
    }

    /** Forms built from a {@code dates.json}-shaped tree; errors name {@code source} and the JSON path. */
    public static DateForms fromJson(JsonNode root, String source) {
        Map<String, Integer> months = new HashMap<>();
        JsonNode m = DataFiles.required(root, "months", source, "$");
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            var e = it.next();
            int number = number(e.getKey(), 12, source, "$.months");
            for (String w : DataFiles.strings(m, e.getKey(), source, "$.months")) {
                months.put(w.toLowerCase(Locale.ROOT), number);
            }
        }
        List<String> weekdays = new ArrayList<>();
        JsonNode w = DataFiles.required(root, "weekdays", source, "$");
        for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
            var e = it.next();
            number(e.getKey(), 7, source, "$.weekdays");
            for (String s : DataFiles.strings(w, e.getKey(), source, "$.weekdays")) {
                weekdays.add(s.toLowerCase(Locale.ROOT));
            }
        }
        if (months.isEmpty()) {
            throw new DataFileException(source, "$.months", "lists no month words");
        }
        return new DateForms(months, weekdays);
    }

    private static int number(String key, int max, String source, String path) {
        try {
            int n = Integer.parseInt(key);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new DataFileException(source, path + "." + key, "key must be a number from 1 to " + max);
    }

    /**
     * The longest date form that starts exactly at {@code from} and ends at or before {@code to}, or null.
     * A weekday before the date and a time after it belong to the match.
     */
    public DateMatch matchAt(CharSequence text, int from, int to) {
        if (from >= to || !hasDigit(text, from, Math.min(to, from + 48))) {
            return null;
        }
        int start = from;
        if (Character.isLetter(text.charAt(from))) {
            Matcher wd = weekday.matcher(text).region(from, to);
            if (wd.lookingAt()) {
                start = wd.end();
            }
        }
        if (start >= to) {
            return null;
        }
        DateMatch best = null;
        List<Pattern> forms = Character.isDigit(text.charAt(start)) ? numericFirst : wordFirst;
        for (Pattern p : forms) {
            Matcher mm = p.matcher(text).region(start, to);
            if (mm.lookingAt() && (best == null || mm.end() > best.end())) {
                boolean named = p != dmy && p != iso;
                boolean hasDay = p != monthYear;
                best = build(mm, from, named, hasDay);
            }
        }
        if (best == null && start != from) {
            return null;
        }
        if (best != null) {
            Matcher t = time.matcher(text).region(best.end(), to);
            if (t.lookingAt() && t.end() > best.end()) {
                best = new DateMatch(best.begin(), t.end(), best.date(), best.error());
            }
        }
        return best;
    }

    private static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The date that the whole of [from, to) (trimmed) is, or null when it is anything more or less. */
    public DateMatch whole(CharSequence text, int from, int to) {
        int b = Chars.skipSpace(text, from, to);
        int e = Chars.trimEnd(text, b, to);
        if (b >= e) {
            return null;
        }
        DateMatch m = matchAt(text, b, e);
        return m != null && m.end() == e ? m : null;
    }

    /** The date the whole string is (see {@link #whole(CharSequence, int, int)}). */
    public DateMatch whole(CharSequence text) {
        return whole(text, 0, text.length());
    }

    private DateMatch build(Matcher m, int begin, boolean named, boolean hasDay) {
        String ys = m.group("y");
        String ms = named ? null : m.group("m");
        String ds = hasDay ? m.group("d") : null;
        String name = named ? m.group("month") : null;
        int year = Integer.parseInt(ys);
        Integer month = null;
        if (name != null) {
            month = months.get(name.toLowerCase(Locale.ROOT));
        } else if (ms != null) {
            month = Integer.parseInt(ms);
        }
        String shown = m.group();
        try {
            PartialDate date;
            if (month == null) {
                date = PartialDate.ofYear(year);
            } else if (ds == null) {
                date = PartialDate.ofMonth(year, month);
            } else {
                date = PartialDate.ofDay(year, month, Integer.parseInt(ds));
            }
            return new DateMatch(begin, m.end(), date, null);
        } catch (IllegalArgumentException e) {
            return new DateMatch(begin, m.end(), null, "\"" + shown + "\" is not a real date: " + e.getMessage());
        }
    }
}

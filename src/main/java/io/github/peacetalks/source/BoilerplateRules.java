package io.github.peacetalks.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.Chars;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate rules the parser applies: page chrome, links to other stories, calls to action, bylines
 * and stamps. Rules are data ({@code boilerplate.json} by default); users add or replace rules with
 * {@link #with(BoilerplateRules)}. Immutable and thread-safe.
 */
public final class BoilerplateRules {

    /** Where in an article a rule applies. */
    public enum Where {
        /** At the start of the header line's text after the date. */
        HEADER_LEAD,
        /** On lines above the body (before the title and the first paragraph). */
        TOP,
        /** On any line of the body. */
        BODY
    }

    /** What a matching rule removes. */
    public enum Action {
        /** The whole line. */
        LINE,
        /** The matched start of the line; the rest stays. */
        PREFIX,
        /** The line and every line after it. */
        REST
    }

    /**
     * One rule.
     *
     * @param id unique id, recorded on every part the rule removes
     * @param description what the rule is for
     * @param where where the rule applies
     * @param action what it removes
     * @param pattern matched from the start of the trimmed line
     * @param maxLength lines longer than this are never matched (a cheap filter)
     * @param firstOnly whether the rule applies only to the first line of the body
     * @param starts words a matching line begins with (a cheap filter on the first letter); empty for no filter
     * @param contains text every matching line holds (a cheap filter); null for no filter
     * @param dateGroups named groups of the pattern that hold a publication date
     * @param examples lines the rule must match
     * @param counterExamples lines it must not match
     */
    public record Rule(String id, String description, Set<Where> where, Action action, Pattern pattern, int maxLength,
                       boolean firstOnly, List<String> starts, String contains, List<String> dateGroups, List<String> examples,
                       List<String> counterExamples) {

        /** Checks the required fields and freezes the collections. */
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(pattern, "pattern");
            where = Set.copyOf(where);
            starts = List.copyOf(starts);
            dateGroups = List.copyOf(dateGroups);
            examples = List.copyOf(examples);
            counterExamples = List.copyOf(counterExamples);
            if (where.isEmpty()) {
                throw new IllegalArgumentException("rule " + id + " applies nowhere");
            }
        }

        /** Whether {@code line} passes the {@code starts} filter (it begins with one of the words, case aside). */
        boolean mayStartWith(String line) {
            if (starts.isEmpty()) {
                return true;
            }
            for (String s : starts) {
                if (line.regionMatches(true, 0, s, 0, s.length())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "Rule[" + id + " " + action + " in " + where + ": " + pattern + "]";
        }
    }

    /**
     * The chrome chain: items separated by bullets or bars, optionally led by a section label.
     *
     * @param separators the separator characters or strings
     * @param words words that mark an item as chrome (reading time, comments)
     * @param sections section labels a chain may start with
     * @param maxWordsPerItem an item with more words is text, not chrome
     */
    public record Chain(List<String> separators, List<String> words, List<String> sections, int maxWordsPerItem) {

        /** Freezes the lists. */
        public Chain {
            separators = List.copyOf(separators);
            words = List.copyOf(words);
            sections = List.copyOf(sections);
            if (maxWordsPerItem < 1) {
                throw new IllegalArgumentException("maxWordsPerItem must be positive");
            }
        }
    }

    /**
     * A rule that matched a line.
     *
     * @param rule the rule
     * @param begin where the removed stretch begins
     * @param end where the removed stretch ends (for LINE and REST, the line's content end)
     * @param dateBegin where a publication date begins in the line, or -1
     */
    public record RuleMatch(Rule rule, int begin, int end, int dateBegin) {
    }

    private final List<Rule> rules;
    private final Chain chain;
    private final Set<String> chromeWords;
    private final int[][] byWhere;
    /** Per rule, the lower-case first letters of its {@code starts} words, or null when it has none. */
    private final String[] firstLetters;
    /** First characters of the separators: ASCII ones in a table, the rest in a string (a cheap pre-check). */
    private final boolean[] asciiSeparatorStart = new boolean[128];
    private final String otherSeparatorStarts;

    private BoilerplateRules(List<Rule> rules, Chain chain) {
        this.rules = List.copyOf(rules);
        this.chain = chain;
        Set<String> words = new LinkedHashSet<>();
        for (String w : chain.words()) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        this.chromeWords = Set.copyOf(words);
        StringBuilder other = new StringBuilder();
        for (String sep : chain.separators()) {
            if (sep.isEmpty()) {
                continue;
            }
            char c = sep.charAt(0);
            if (c < 128) {
                asciiSeparatorStart[c] = true;
            } else if (other.indexOf(String.valueOf(c)) < 0) {
                other.append(c);
            }
        }
        this.otherSeparatorStarts = other.toString();
        firstLetters = new String[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            StringBuilder letters = new StringBuilder();
            for (String w : this.rules.get(i).starts()) {
                if (!w.isEmpty()) {
                    letters.append(Character.toLowerCase(w.charAt(0))).append(Character.toUpperCase(w.charAt(0)));
                }
            }
            firstLetters[i] = letters.length() == 0 ? null : letters.toString();
        }
        byWhere = new int[Where.values().length][];
        for (Where w : Where.values()) {
            byWhere[w.ordinal()] = java.util.stream.IntStream.range(0, this.rules.size())
                    .filter(i -> this.rules.get(i).where().contains(w)).toArray();
        }
    }

    /** The library's own rules. */
    public static BoilerplateRules defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final BoilerplateRules DEFAULTS = fromJson(DataFiles.resource(BoilerplateRules.class, "boilerplate.json"),
                "io/github/peacetalks/source/boilerplate.json");
    }

    /** Rules read from a file in the shape of {@code boilerplate.json}. */
    public static BoilerplateRules load(Path file) throws IOException {
        return fromJson(DataFiles.file(file), file.toString());
    }

    /** Rules from a parsed JSON tree; a malformed tree fails with the source and the JSON path. */
    public static BoilerplateRules fromJson(JsonNode root, String source) {
        List<Rule> rules = new ArrayList<>();
        JsonNode list = DataFiles.array(root, "rules", source, "$");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.rules[" + i + "]";
            Rule r = rule(list.get(i), source, path);
            if (!ids.add(r.id())) {
                throw new DataFileException(source, path + ".id", "duplicate rule id \"" + r.id() + "\"");
            }
            rules.add(r);
        }
        JsonNode c = root.get("chain");
        Chain chain;
        if (c == null || c.isNull()) {
            chain = new Chain(List.of(), List.of(), List.of(), 5);
        } else {
            int max = c.path("maxWordsPerItem").asInt(5);
            if (max < 1) {
                throw new DataFileException(source, "$.chain.maxWordsPerItem", "must be a positive number");
            }
            chain = new Chain(DataFiles.strings(c, "separators", source, "$.chain"),
                    DataFiles.strings(c, "words", source, "$.chain"),
                    DataFiles.strings(c, "sections", source, "$.chain"), max);
        }
        return new BoilerplateRules(rules, chain);
    }

    private static Rule rule(JsonNode n, String source, String path) {
        if (!n.isObject()) {
            throw new DataFileException(source, path, "must be an object");
        }
        String id = DataFiles.text(n, "id", source, path);
        String regex = DataFiles.text(n, "pattern", source, path);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new DataFileException(source, path + ".pattern", "not a valid regular expression: " + e.getDescription());
        }
        Set<Where> where = EnumSet.noneOf(Where.class);
        List<String> ws = DataFiles.strings(n, "where", source, path);
        for (int i = 0; i < ws.size(); i++) {
            try {
                where.add(Where.valueOf(ws.get(i)));
            } catch (IllegalArgumentException e) {
                throw new DataFileException(source, path + ".where[" + i + "]", "must be one of " + List.of(Where.values()));
            }
        }
        if (where.isEmpty()) {
            throw new DataFileException(source, path + ".where", "must name at least one of " + List.of(Where.values()));
        }
        String actionName = DataFiles.text(n, "action", "LINE", source, path);
        Action action;
        try {
            action = Action.valueOf(actionName);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source, path + ".action", "must be one of " + List.of(Action.values()));
        }
        JsonNode max = n.get("maxLength");
        if (max != null && (!max.isIntegralNumber() || !max.canConvertToInt() || max.asInt() < 1)) {
            throw new DataFileException(source, path + ".maxLength", "must be a positive whole number");
        }
        List<String> dateGroups = new ArrayList<>();
        for (String g : List.of("date", "date2", "date3")) {
            if (regex.contains("(?<" + g + ">")) {
                dateGroups.add(g);
            }
        }
        String contains = DataFiles.text(n, "contains", null, source, path);
        if (contains != null && contains.isEmpty()) {
            throw new DataFileException(source, path + ".contains", "must not be empty");
        }
        List<String> starts = DataFiles.strings(n, "starts", source, path);
        if (starts.stream().anyMatch(String::isEmpty)) {
            throw new DataFileException(source, path + ".starts", "must not hold an empty word");
        }
        return new Rule(id, DataFiles.text(n, "description", "", source, path), where, action, pattern,
                max == null ? Integer.MAX_VALUE : max.asInt(), n.path("firstOnly").asBoolean(false),
                starts, contains, dateGroups,
                DataFiles.strings(n, "examples", source, path), DataFiles.strings(n, "counterExamples", source, path));
    }

    /**
     * These rules with {@code more} added: a rule of {@code more} replaces the rule of the same id, new rules come
     * after; the chain's lists are merged.
     */
    public BoilerplateRules with(BoilerplateRules more) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            byId.put(r.id(), r);
        }
        for (Rule r : more.rules) {
            byId.put(r.id(), r);
        }
        Chain merged = new Chain(union(chain.separators(), more.chain.separators()), union(chain.words(), more.chain.words()),
                union(chain.sections(), more.chain.sections()), Math.max(chain.maxWordsPerItem(), more.chain.maxWordsPerItem()));
        return new BoilerplateRules(new ArrayList<>(byId.values()), merged);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    /** All rules, in the order they are tried. */
    public List<Rule> rules() {
        return rules;
    }

    /** The chrome-chain settings. */
    public Chain chain() {
        return chain;
    }

    /**
     * The first rule for {@code where} that matches the line content [from, to) (already trimmed), or null.
     *
     * @param first whether this is the first line of the body (rules marked firstOnly apply only there)
     */
    public RuleMatch match(Where where, CharSequence text, int from, int to, boolean first) {
        return new Scanner().match(where, text, from, to, first);
    }

    /** Matches rules with matchers it keeps between calls: cheap per line, for one thread only. */
    final class Scanner {

        private final Matcher[] matchers = new Matcher[rules.size()];
        private final CharSequence[] texts = new CharSequence[rules.size()];

        RuleMatch match(Where where, CharSequence text, int from, int to, boolean first) {
            int length = to - from;
            if (length <= 0) {
                return null;
            }
            char c = text.charAt(from);
            for (int i : byWhere[where.ordinal()]) {
                Rule r = rules.get(i);
                if (length > r.maxLength() || (r.firstOnly() && !first)
                        || (firstLetters[i] != null && (firstLetters[i].indexOf(c) < 0 || !startsWithAny(text, from, to, r.starts())))
                        || (r.contains() != null && !holds(text, from, to, r.contains()))) {
                    continue;
                }
                Matcher m = matcher(i, r, text);
                m.region(from, to);
                if (m.lookingAt()) {
                    if (r.action() == Action.PREFIX && m.end() == from) {
                        continue;
                    }
                    int dateBegin = -1;
                    for (String g : r.dateGroups()) {
                        if (m.start(g) >= 0) {
                            dateBegin = m.start(g);
                            break;
                        }
                    }
                    int end = r.action() == Action.PREFIX ? m.end() : to;
                    return new RuleMatch(r, from, end, dateBegin);
                }
            }
            return null;
        }

        private CharSequence indexedText;
        /** A tiny cache, character to its next position; a handful of characters are ever asked for. */
        private char[] nextKeys = new char[8];
        private int[] nextValues = new int[8];
        private int nextCount;

        /** {@link #chainStart} with a quick check that the line holds a separator at all. */
        int chainStart(CharSequence text, int from, int to) {
            return hasSeparator(text, from, to) ? BoilerplateRules.this.chainStart(text, from, to) : -1;
        }

        private boolean hasSeparator(CharSequence text, int from, int to) {
            for (String sep : chain.separators()) {
                if (!sep.isEmpty() && next(text, sep.charAt(0), from) < to) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The first index of {@code c} at or after {@code from}, or the text's length. Lines come in order, so the
         * answer is cached and each character is searched for once per article, not once per line: linear time.
         */
        private int next(CharSequence text, char c, int from) {
            if (indexedText != text) {
                indexedText = text;
                nextCount = 0;
            }
            int slot = -1;
            for (int k = 0; k < nextCount; k++) {
                if (nextKeys[k] == c) {
                    slot = k;
                    break;
                }
            }
            if (slot >= 0 && nextValues[slot] >= from) {
                return nextValues[slot];
            }
            int at = text.length();
            if (text instanceof String s) {
                int i = s.indexOf(c, from);
                at = i < 0 ? s.length() : i;
            } else {
                for (int i = from; i < text.length(); i++) {
                    if (text.charAt(i) == c) {
                        at = i;
                        break;
                    }
                }
            }
            if (slot < 0) {
                if (nextCount == nextKeys.length) {
                    nextKeys = java.util.Arrays.copyOf(nextKeys, nextCount * 2);
                    nextValues = java.util.Arrays.copyOf(nextValues, nextCount * 2);
                }
                slot = nextCount++;
                nextKeys[slot] = c;
            }
            nextValues[slot] = at;
            return at;
        }

        private boolean holds(CharSequence text, int from, int to, String literal) {
            int at = from;
            while (true) {
                at = next(text, literal.charAt(0), at);
                if (at + literal.length() > to) {
                    return false;
                }
                if (regionEquals(text, at, literal)) {
                    return true;
                }
                at++;
            }
        }

        private boolean regionEquals(CharSequence text, int at, String literal) {
            for (int k = 0; k < literal.length(); k++) {
                if (text.charAt(at + k) != literal.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean startsWithAny(CharSequence text, int from, int to, List<String> words) {
            for (String w : words) {
                int n = w.length();
                if (from + n > to) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    char a = text.charAt(from + k);
                    char b = w.charAt(k);
                    same = a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
                }
                if (same) {
                    return true;
                }
            }
            return false;
        }

        private Matcher matcher(int i, Rule r, CharSequence text) {
            Matcher m = matchers[i];
            if (m == null) {
                m = r.pattern().matcher(text);
                matchers[i] = m;
                texts[i] = text;
            } else if (texts[i] != text) {
                m.reset(text);
                texts[i] = text;
            }
            return m;
        }
    }

    /**
     * Where a chrome chain starts in [from, to), or -1 when there is none. A chain is two or more items
     * separated by a separator, each item at most {@code maxWordsPerItem} words, with a chrome word or at least
     * two separators, or made only of section labels; a section label just before the first separator belongs to
     * it. When the whole stretch is a chain, the answer is {@code from}.
     */
    public int chainStart(CharSequence text, int from, int to) {
        int first = -1;
        int count = 0;
        List<int[]> items = new ArrayList<>();
        int itemStart = -1;
        for (int i = from; i < to; i++) {
            int len = separatorAt(text, i, to);
            if (len > 0 && (i == from || Chars.isSpace(text.charAt(i - 1)))
                    && (i + len == to || Chars.isSpace(text.charAt(i + len)))) {
                if (first < 0) {
                    first = i;
                } else {
                    items.add(new int[] {itemStart, i});
                }
                itemStart = i + len;
                count++;
                i += len - 1;
            }
        }
        if (first < 0) {
            return -1;
        }
        items.add(new int[] {itemStart, to});
        boolean chrome = false;
        boolean allSections = true;
        for (int[] item : items) {
            int b = Chars.skipSpace(text, item[0], item[1]);
            int e = Chars.trimEnd(text, b, item[1]);
            if (words(text, b, e) > chain.maxWordsPerItem()) {
                return -1;
            }
            String s = text.subSequence(b, e).toString();
            if (b < e && !isSection(s)) {
                allSections = false;
            }
            if (hasChromeWord(s)) {
                chrome = true;
            }
        }
        int lead = Chars.trimEnd(text, from, first);
        int sectionStart = sectionEnding(text, from, lead);
        if (!(chrome || count >= 2 || (allSections && sectionStart >= 0))) {
            return -1;
        }
        if (sectionStart >= 0) {
            return sectionStart;
        }
        if (lead == from) {
            return from;
        }
        // a whole line of short items (one or two words before the first separator): no headline before them
        if (words(text, from, lead) <= 2 && (count >= 2 || chrome) && lead - from < 30
                && !hasSentenceText(text, from, lead)) {
            return from;
        }
        return first;
    }

    private int separatorAt(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (c < 128 ? !asciiSeparatorStart[c] : otherSeparatorStarts.indexOf(c) < 0) {
            return 0;
        }
        for (String sep : chain.separators()) {
            int n = sep.length();
            if (i + n <= to) {
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    same = text.charAt(i + k) == sep.charAt(k);
                }
                if (same) {
                    return n;
                }
            }
        }
        return 0;
    }

    private boolean isSection(String s) {
        for (String sec : chain.sections()) {
            if (sec.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    /** The start of a section label that ends exactly at {@code end} and starts a word, or -1. */
    private int sectionEnding(CharSequence text, int from, int end) {
        int best = -1;
        for (String sec : chain.sections()) {
            int b = end - sec.length();
            if (b < from) {
                continue;
            }
            if (text.subSequence(b, end).toString().equals(sec) && (b == from || Chars.isSpace(text.charAt(b - 1)))) {
                if (best < 0 || b < best) {
                    best = b;
                }
            }
        }
        return best;
    }

    private boolean hasChromeWord(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        for (String w : chromeWords) {
            int at = lower.indexOf(w);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
                int e = at + w.length();
                boolean endOk = e == lower.length() || !Character.isLetter(lower.charAt(e));
                if (startOk && endOk) {
                    return true;
                }
                at = lower.indexOf(w, at + 1);
            }
        }
        return false;
    }

    private static boolean hasSentenceText(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ':' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    private static int words(CharSequence text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean space = Chars.isSpace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    @Override
    public String toString() {
        return "BoilerplateRules[" + rules.size() + " rules, " + chain.sections().size() + " section labels]";
    }
}

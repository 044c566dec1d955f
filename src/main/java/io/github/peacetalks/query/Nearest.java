package io.github.peacetalks.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known ids closest to a mistyped one, for error messages. */
final class Nearest {

    private Nearest() {
    }

    /**
     * Up to {@code limit} ids within a third of the length of {@code id} (at least 2) in edit distance ignoring case,
     * or that contain it (which counts as distance 2); closest first.
     */
    static List<String> of(String id, Collection<String> known, int limit) {
        String q = id.toLowerCase(Locale.ROOT);
        int budget = Math.max(2, q.length() / 3);
        record Scored(String id, int score) { }
        return known.stream()
                .map(k -> {
                    String l = k.toLowerCase(Locale.ROOT);
                    int d = distance(q, l);
                    int score = !q.isEmpty() && l.contains(q) ? Math.min(d, 2) : d;
                    return new Scored(k, score);
                })
                .filter(s -> s.score() <= budget)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .limit(limit)
                .map(Scored::id)
                .toList();
    }

    /** Levenshtein distance; ids are short, so the quadratic table is cheap. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.github.peacetalks.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted articles against gold annotations, by the project's rules: positions compared as sets of
 * (holder's state, polarity, issue) per article, optional gold neither required nor counted as wrong;
 * conditions as sets of (holder's state, issue); actors as sets of ids, person ids up to transliteration; evidence
 * offsets must point at the quoted sentence. Prints precision, recall and F1 per stage.
 */
final class Scorer {

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int articles;
    private int datesOk;
    private int titlesOk;
    private int bodyOk;
    private int bodyTotal;
    private int evidenceOk;
    private int evidenceTotal;

    private int[] c(String name) {
        return counts.computeIfAbsent(name, k -> new int[3]);
    }

    /** Adds one article and its gold. */
    void add(Article a, JsonNode g) {
        articles++;
        String date = a.date() == null ? null : a.date().toString();
        String goldDate = g.get("date").isNull() ? null : g.get("date").asText();
        if (java.util.Objects.equals(date, goldDate) && a.datePrecision().name().equals(g.get("datePrecision").asText())) {
            datesOk++;
        }
        String goldTitle = g.get("title").isNull() ? "" : norm(g.get("title").asText());
        if (norm(a.title()).equals(goldTitle)) {
            titlesOk++;
        }
        String text = norm(a.text());
        for (JsonNode s : g.get("mustContain")) {
            bodyTotal++;
            bodyOk += text.contains(norm(s.asText())) ? 1 : 0;
        }
        for (JsonNode s : g.get("mustNotContain")) {
            bodyTotal++;
            bodyOk += text.contains(norm(s.asText())) ? 0 : 1;
        }
        Map<String, String> aff = new HashMap<>();
        g.get("affiliations").fields().forEachRemaining(e -> aff.put(e.getKey(), e.getValue().asText()));
        Set<String> known = new HashSet<>(aff.keySet());
        for (String k : List.of("required", "optional", "forbidden")) {
            g.get("actors").get(k).forEach(x -> known.add(x.asText()));
        }
        g.get("positions").forEach(p -> known.add(p.get("holder").asText()));
        Map<String, String> canon = new HashMap<>();
        for (String k : known) {
            canon.put(skeleton(k), k);
        }
        Set<String> sys = new HashSet<>();
        for (Actor x : a.actors()) {
            sys.add(canon.getOrDefault(skeleton(x.id()), x.id()));
        }
        Set<String> req = set(g.get("actors").get("required"));
        Set<String> opt = set(g.get("actors").get("optional"));
        tally("actors", sys, req, opt);
        Set<String> gold = new HashSet<>();
        Set<String> optional = new HashSet<>();
        Set<String> goldC = new HashSet<>();
        Set<String> optC = new HashSet<>();
        for (JsonNode p : g.get("positions")) {
            String holder = aff.getOrDefault(p.get("holder").asText(), p.get("holder").asText());
            String key = holder + " " + polarity(p.get("stance").asText()) + " " + p.get("issue").asText();
            (p.get("optional").asBoolean() ? optional : gold).add(key);
            for (JsonNode q : p.get("conditions")) {
                String ck = holder + " " + q.get("issue").asText();
                (p.get("optional").asBoolean() || q.path("optional").asBoolean() ? optC : goldC).add(ck);
            }
        }
        optional.removeAll(gold);
        optC.removeAll(goldC);
        Set<String> found = new HashSet<>();
        Set<String> foundC = new HashSet<>();
        String source = a.source();
        for (Position p : a.positions()) {
            String holder = p.holder().affiliation() != null ? p.holder().affiliation() : canon.getOrDefault(skeleton(p.holder().id()), p.holder().id());
            found.add(holder + " " + polarity(p.stance().name()) + " " + p.issue());
            for (Condition q : p.conditions()) {
                foundC.add(holder + " " + q.issue());
            }
            evidenceTotal++;
            var ev = p.evidence();
            if (ev.end() <= source.length() && norm(source.substring(ev.begin(), ev.end())).equals(norm(ev.sentence()))) {
                evidenceOk++;
            }
        }
        tally("positions", found, gold, optional);
        tally("conditions", foundC, goldC, optC);
    }

    private void tally(String name, Set<String> sys, Set<String> gold, Set<String> optional) {
        int[] k = c(name);
        for (String s : sys) {
            if (gold.contains(s)) {
                k[0]++;
            } else if (!optional.contains(s)) {
                k[1]++;
            }
        }
        for (String s : gold) {
            if (!sys.contains(s)) {
                k[2]++;
            }
        }
    }

    /** F1 of a stage. */
    double f1(String name) {
        int[] k = c(name);
        double p = k[0] + k[1] == 0 ? 1 : (double) k[0] / (k[0] + k[1]);
        double r = k[0] + k[2] == 0 ? 1 : (double) k[0] / (k[0] + k[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The report, one line per stage, then the summary line. */
    String report() {
        StringBuilder b = new StringBuilder();
        for (var e : counts.entrySet()) {
            int[] k = e.getValue();
            double p = k[0] + k[1] == 0 ? 1 : (double) k[0] / (k[0] + k[1]);
            double r = k[0] + k[2] == 0 ? 1 : (double) k[0] / (k[0] + k[2]);
            b.append(String.format("%s: P %.2f R %.2f F1 %.2f  tp %d fp %d fn %d%n", e.getKey(), p, r, f1(e.getKey()), k[0], k[1], k[2]));
        }
        b.append(String.format("evidence offsets exact: %d/%d%n", evidenceOk, evidenceTotal));
        b.append(String.format("SUMMARY positions F1 %.2f conditions F1 %.2f actors F1 %.2f dates %d/%d titles %d/%d body %d/%d%n",
                f1("positions"), f1("conditions"), f1("actors"), datesOk, articles, titlesOk, articles, bodyOk, bodyTotal));
        return b.toString();
    }

    int evidenceOk() {
        return evidenceOk;
    }

    int evidenceTotal() {
        return evidenceTotal;
    }

    int datesOk() {
        return datesOk;
    }

    int titlesOk() {
        return titlesOk;
    }

    int articles() {
        return articles;
    }

    private static Set<String> set(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(x -> s.add(x.asText()));
        return s;
    }

    private static String polarity(String stance) {
        return Stance.valueOf(stance) == Stance.OPPOSES ? "against" : "for";
    }

    /** Person and group ids compared up to transliteration (sergey/sergei, andriy/andrii). */
    static String skeleton(String id) {
        if (!id.equals(id.toLowerCase()) || id.startsWith("unnamed-")) {
            return id;
        }
        return id.replaceAll("[aeiouyj]", "").replaceAll("(.)\\1+", "$1");
    }

    private static String norm(String s) {
        return s == null ? "" : String.join(" ", s.trim().split("[\\s\\u00A0]+"));
    }
}

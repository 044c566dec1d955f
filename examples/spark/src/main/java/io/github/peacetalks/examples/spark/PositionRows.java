package io.github.peacetalks.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens extracted articles into {@link PositionRow}s. The Spark job and the single-machine run both use it, so
 * their records can be compared field for field.
 */
public final class PositionRows {

    // ObjectMapper is thread-safe once configured; one per JVM (per executor) is enough.
    private static final ObjectMapper JSON = new ObjectMapper();

    private PositionRows() {
    }

    /** One row per position of an extracted article, in the article's order. */
    public static List<PositionRow> of(Article article) {
        List<Position> positions = article.positions();
        List<PositionRow> out = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            out.add(of(article, positions.get(i), i));
        }
        return out;
    }

    /** The row of {@code p}, the position at {@code index} among those of {@code article}. */
    public static PositionRow of(Article article, Position p, int index) {
        PositionRow r = new PositionRow();
        r.setArticleId(article.id());
        r.setArticleDate(article.date() == null ? null : article.date().toString());
        PartialDate d = p.date();
        r.setDate(d == null ? null : d.toString());
        r.setPrecision(d == null ? "NONE" : d.precision().name());
        r.setDateStart(d == null ? null : d.start().toString());
        PartialDate y = d != null ? d : article.date();
        r.setYear(y == null ? null : y.year());
        Actor h = p.holder();
        r.setHolder(h.id());
        r.setHolderKind(h.kind().name());
        r.setParty(h.party());
        r.setStance(p.stance().name());
        r.setIssue(p.issue().name());
        r.setPolarity(p.polarity().name());
        r.setCounterpart(p.counterpart() == null ? null : p.counterpart().id());
        r.setAttribution(p.attribution().name());
        r.setHedged(p.hedged());
        r.setConditions(conditions(p.conditions()));
        r.setEvidence(p.evidence().sentence());
        r.setEvidenceBegin(p.evidence().begin());
        r.setEvidenceEnd(p.evidence().end());
        r.setPositionIndex(index);
        return r;
    }

    /** The conditions as a JSON array of objects with {@code issue}, {@code requiredOf} (or null) and {@code text}. */
    static String conditions(List<Condition> conditions) {
        ArrayNode a = JSON.createArrayNode();
        for (Condition c : conditions) {
            ObjectNode o = a.addObject();
            o.put("issue", c.issue().name());
            o.put("requiredOf", c.requiredOf() == null ? null : c.requiredOf().id());
            o.put("text", c.text());
        }
        try {
            return JSON.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

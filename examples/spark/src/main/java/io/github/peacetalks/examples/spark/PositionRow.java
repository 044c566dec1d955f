package io.github.peacetalks.examples.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One position as a flat row: the bean Spark encodes ({@code Encoders.bean}) and the record the equality test
 * compares. Every field is a plain string, number or boolean, so Parquet and JSON Lines hold it without a
 * custom type; {@link PositionRows} builds it from the library's records.
 */
public class PositionRow implements Serializable, Comparable<PositionRow> {

    private static final long serialVersionUID = 1L;

    /** A total order (article, place among its positions, then every other field), for sorted comparison. */
    public static final Comparator<PositionRow> ORDER = Comparator
            .comparing(PositionRow::getArticleId)
            .thenComparingInt(PositionRow::getPositionIndex)
            .thenComparing(PositionRow::toString);

    private String articleId;
    private String articleDate;
    private String date;
    private String precision;
    private String dateStart;
    private Integer year;
    private String holder;
    private String holderKind;
    private String party;
    private String stance;
    private String issue;
    private String polarity;
    private String counterpart;
    private String attribution;
    private boolean hedged;
    private String conditions;
    private String evidence;
    private int evidenceBegin;
    private int evidenceEnd;
    private int positionIndex;

    /** An empty row, for Spark's bean encoder. */
    public PositionRow() {
    }

    /** The id of the article the position was read from (its file name without extension). */
    public String getArticleId() {
        return articleId;
    }

    /** Sets the article id. */
    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    /** The article's date in ISO form at its own precision, or null. */
    public String getArticleDate() {
        return articleDate;
    }

    /** Sets the article's date. */
    public void setArticleDate(String articleDate) {
        this.articleDate = articleDate;
    }

    /** When the position was stated, in ISO form at its own precision ({@code 2022}, {@code 2022-02}), or null. */
    public String getDate() {
        return date;
    }

    /** Sets the date. */
    public void setDate(String date) {
        this.date = date;
    }

    /** The precision of {@link #getDate()}: {@code YEAR}, {@code MONTH}, {@code DAY}, or {@code NONE} when undated. */
    public String getPrecision() {
        return precision;
    }

    /** Sets the precision. */
    public void setPrecision(String precision) {
        this.precision = precision;
    }

    /** The first day {@link #getDate()} covers ({@code yyyy-MM-dd}), or null: with the precision, the date order. */
    public String getDateStart() {
        return dateStart;
    }

    /** Sets the first day. */
    public void setDateStart(String dateStart) {
        this.dateStart = dateStart;
    }

    /** The year of the position's date, else of the article's, else null; the output is partitioned by it. */
    public Integer getYear() {
        return year;
    }

    /** Sets the year. */
    public void setYear(Integer year) {
        this.year = year;
    }

    /** The id of the actor that holds the position. */
    public String getHolder() {
        return holder;
    }

    /** Sets the holder. */
    public void setHolder(String holder) {
        this.holder = holder;
    }

    /** The holder's kind ({@code STATE}, {@code PERSON}, ...). */
    public String getHolderKind() {
        return holderKind;
    }

    /** Sets the holder's kind. */
    public void setHolderKind(String holderKind) {
        this.holderKind = holderKind;
    }

    /** The state or organisation the holder speaks for ({@code Actor.party()}); the output is partitioned by it. */
    public String getParty() {
        return party;
    }

    /** Sets the party. */
    public void setParty(String party) {
        this.party = party;
    }

    /** The stance ({@code SUPPORTS}, {@code OPPOSES}, ...). */
    public String getStance() {
        return stance;
    }

    /** Sets the stance. */
    public void setStance(String stance) {
        this.stance = stance;
    }

    /** The issue ({@code NEGOTIATIONS}, {@code CEASEFIRE}, ...). */
    public String getIssue() {
        return issue;
    }

    /** Sets the issue. */
    public void setIssue(String issue) {
        this.issue = issue;
    }

    /** {@code FOR} or {@code AGAINST}. */
    public String getPolarity() {
        return polarity;
    }

    /** Sets the polarity. */
    public void setPolarity(String polarity) {
        this.polarity = polarity;
    }

    /** The id of the actor the position is directed at, or null. */
    public String getCounterpart() {
        return counterpart;
    }

    /** Sets the counterpart. */
    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    /** How the article knows it ({@code REPORTED}, {@code DIRECT_QUOTE}, {@code UNNAMED_SOURCE}). */
    public String getAttribution() {
        return attribution;
    }

    /** Sets the attribution. */
    public void setAttribution(String attribution) {
        this.attribution = attribution;
    }

    /** Whether the article distances itself from the statement. */
    public boolean isHedged() {
        return hedged;
    }

    /** Sets whether the statement is hedged. */
    public void setHedged(boolean hedged) {
        this.hedged = hedged;
    }

    /** The conditions as a JSON array of {@code {"issue","requiredOf","text"}} objects ({@code []} when none). */
    public String getConditions() {
        return conditions;
    }

    /** Sets the conditions. */
    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    /** The sentence the position was read from, verbatim. */
    public String getEvidence() {
        return evidence;
    }

    /** Sets the evidence sentence. */
    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    /** Offset of the evidence sentence's first character in the article's source. */
    public int getEvidenceBegin() {
        return evidenceBegin;
    }

    /** Sets the evidence's first offset. */
    public void setEvidenceBegin(int evidenceBegin) {
        this.evidenceBegin = evidenceBegin;
    }

    /** Offset just past the evidence sentence's last character. */
    public int getEvidenceEnd() {
        return evidenceEnd;
    }

    /** Sets the evidence's end offset. */
    public void setEvidenceEnd(int evidenceEnd) {
        this.evidenceEnd = evidenceEnd;
    }

    /** The place of the position among its article's positions (0 for the first), which orders ties in a sentence. */
    public int getPositionIndex() {
        return positionIndex;
    }

    /** Sets the place among the article's positions. */
    public void setPositionIndex(int positionIndex) {
        this.positionIndex = positionIndex;
    }

    @Override
    public int compareTo(PositionRow other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PositionRow r)) {
            return false;
        }
        return hedged == r.hedged && evidenceBegin == r.evidenceBegin && evidenceEnd == r.evidenceEnd
                && positionIndex == r.positionIndex
                && Objects.equals(articleId, r.articleId) && Objects.equals(articleDate, r.articleDate)
                && Objects.equals(date, r.date) && Objects.equals(precision, r.precision)
                && Objects.equals(dateStart, r.dateStart) && Objects.equals(year, r.year)
                && Objects.equals(holder, r.holder) && Objects.equals(holderKind, r.holderKind)
                && Objects.equals(party, r.party) && Objects.equals(stance, r.stance)
                && Objects.equals(issue, r.issue) && Objects.equals(polarity, r.polarity)
                && Objects.equals(counterpart, r.counterpart) && Objects.equals(attribution, r.attribution)
                && Objects.equals(conditions, r.conditions) && Objects.equals(evidence, r.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, articleDate, date, precision, dateStart, year, holder, holderKind, party, stance,
                issue, polarity, counterpart, attribution, hedged, conditions, evidence, evidenceBegin, evidenceEnd, positionIndex);
    }

    @Override
    public String toString() {
        return articleId + "|" + articleDate + "|" + date + "|" + precision + "|" + dateStart + "|" + year + "|"
                + holder + "|" + holderKind + "|" + party + "|" + stance + "|" + issue + "|" + polarity + "|"
                + counterpart + "|" + attribution + "|" + hedged + "|" + conditions + "|" + evidence + "|"
                + evidenceBegin + "|" + evidenceEnd + "|" + positionIndex;
    }
}

package io.github.peacetalks.report;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.DatePrecision;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Polarity;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.query.ConditionEntry;
import io.github.peacetalks.query.Matrix;
import io.github.peacetalks.query.PositionQuery;
import io.github.peacetalks.query.Shift;
import io.github.peacetalks.query.Statement;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One rendering of a {@link Report}: the filtered positions laid out once, then written as HTML. */
final class Page {

    private static final int LABEL_W = 190;
    private static final int PLOT_W = 980;
    private static final int GAP = 18;
    private static final int UNDATED_W = 70;
    private static final int RIGHT_PAD = 14;
    private static final int AXIS_H = 24;
    private static final int ROW_H = 15;
    private static final int LANE_PAD = 6;
    private static final int MARK_R = 6;
    /** Past this many rows a crowded lane overlaps its marks rather than growing without end. */
    private static final int MAX_ROWS = 8;
    private static final int EVIDENCE_CHUNK = 250;

    private final Report report;
    private final List<Statement> statements;
    private final Map<Statement, Integer> evidence = new IdentityHashMap<>();
    private final Map<String, Article> articles = new HashMap<>();
    private final List<String> lanes;
    private final List<Shift> shifts;
    private final boolean undated;
    private final LocalDate axisStart;
    private final LocalDate axisEnd;

    Page(Report report) {
        this.report = report;
        PositionQuery q = report.positions();
        this.statements = q.list();
        this.shifts = q.shifts();
        for (int i = 0; i < statements.size(); i++) {
            evidence.put(statements.get(i), i + 1);
        }
        for (Article a : report.corpus().articles()) {
            articles.putIfAbsent(a.id(), a);
        }
        Map<String, Integer> counts = new HashMap<>();
        statements.forEach(s -> counts.merge(lane(s), 1, Integer::sum));
        this.lanes = counts.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k))
                .toList();
        this.undated = statements.stream().anyMatch(s -> s.date() == null);
        LocalDate min = null;
        LocalDate max = null;
        for (Statement s : statements) {
            if (s.date() != null) {
                min = min == null || s.date().start().isBefore(min) ? s.date().start() : min;
                max = max == null || s.date().end().isAfter(max) ? s.date().end() : max;
            }
        }
        // whole years read best; a range the user asked for is kept as asked
        PartialDate from = report.from();
        PartialDate to = report.to();
        if (min == null) {
            this.axisStart = null;
            this.axisEnd = null;
        } else {
            this.axisStart = from != null ? from.start() : LocalDate.of(min.getYear(), 1, 1);
            this.axisEnd = to != null ? to.end().plusDays(1) : LocalDate.of(max.getYear() + 1, 1, 1);
        }
    }

    private String lane(Statement s) {
        return report.byPerson() ? s.holder().id() : s.party();
    }

    String render() {
        Html h = new Html(4096 + statements.size() * 900);
        h.raw("<!DOCTYPE html>\n").open("html", "lang", "en").open("head").raw("<meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<meta name=\"generator\" content=\"peacetalks\">")
                .element("title", report.title())
                .open("style").raw(Style.CSS).close("style")
                .close("head").raw("\n").open("body");
        header(h);
        if (statements.isEmpty()) {
            h.element("p", report.corpus().positions().count() == 0
                    ? "No positions to show: the corpus holds none."
                    : "No positions to show: none pass the filters.", "class", "empty");
        } else {
            timeline(h);
            turns(h);
            matrix(h);
            conditions(h);
            evidenceTable(h);
        }
        h.open("footer").text("Made by peacetalks from " + count(report.corpus().size(), "article")
                + ". Every mark, turn, cell and condition links to the sentence it was read from.").close("footer");
        h.close("body").close("html").raw("\n");
        return h.toString();
    }

    private void header(Html h) {
        h.open("header").element("h1", report.title());
        StringBuilder sub = new StringBuilder();
        sub.append(count(statements.size(), "position")).append(" of ").append(count(lanes.size(),
                report.byPerson() ? "holder" : "party")).append(" from ").append(count(report.corpus().size(), "article"));
        if (axisStart != null) {
            sub.append(", ").append(axisStart).append(" to ").append(axisEnd.minusDays(1));
        }
        h.element("p", sub.toString(), "class", "sub");
        List<String> filters = new ArrayList<>();
        if (!report.holders().isEmpty()) {
            filters.add("holder " + String.join(", ", report.holders()));
        }
        if (!report.issues().isEmpty()) {
            filters.add("issue " + report.issues().stream().sorted().map(Page::issueName).collect(Collectors.joining(", ")));
        }
        if (report.from() != null) {
            filters.add("from " + report.from());
        }
        if (report.to() != null) {
            filters.add("to " + report.to());
        }
        if (report.byPerson()) {
            filters.add("a lane per person");
        }
        if (!filters.isEmpty()) {
            h.element("p", "Filters: " + String.join("; ", filters) + ".", "class", "sub");
        }
        if (!statements.isEmpty()) {
            h.open("nav").raw("<a href=\"#timeline\">Timeline</a> <a href=\"#turns\">Turns</a> "
                    + "<a href=\"#matrix\">Latest stances</a> <a href=\"#conditions\">Conditions</a> "
                    + "<a href=\"#evidence\">Evidence</a>").close("nav");
        }
        h.close("header");
    }

    // ---------------------------------------------------------------- timeline

    private void timeline(Html h) {
        h.open("section", "id", "timeline").element("h2", "Timeline");
        legend(h);
        Map<Issue, List<Statement>> byIssue = new EnumMap<>(Issue.class);
        statements.forEach(s -> byIssue.computeIfAbsent(s.position().issue(), k -> new ArrayList<>()).add(s));
        Map<Issue, List<Shift>> byIssueShifts = new EnumMap<>(Issue.class);
        Map<Shift, Integer> turnIds = new IdentityHashMap<>();
        for (int i = 0; i < shifts.size(); i++) {
            byIssueShifts.computeIfAbsent(shifts.get(i).issue(), k -> new ArrayList<>()).add(shifts.get(i));
            turnIds.put(shifts.get(i), i + 1);
        }
        h.open("p", "class", "issues").text("Issues: ");
        for (Map.Entry<Issue, List<Statement>> e : byIssue.entrySet()) {
            h.open("a", "href", "#issue-" + e.getKey().name()).text(issueName(e.getKey())).close("a")
                    .element("span", " " + e.getValue().size() + " ", "class", "cnt");
        }
        h.close("p");
        for (Map.Entry<Issue, List<Statement>> e : byIssue.entrySet()) {
            Issue issue = e.getKey();
            List<Statement> here = e.getValue();
            long holders = here.stream().map(this::lane).distinct().count();
            h.open("details", "class", "issue", "id", "issue-" + issue.name(), "open", "")
                    .open("summary").element("h3", issueName(issue))
                    .element("span", count(here.size(), "position") + ", " + count((int) holders, "lane")
                            + (byIssueShifts.containsKey(issue) ? ", " + count(byIssueShifts.get(issue).size(), "turn") : ""),
                            "class", "cnt")
                    .close("summary");
            chart(h, issue, here, byIssueShifts.getOrDefault(issue, List.of()), turnIds, false);
            long speakers = here.stream().map(st -> st.holder().id()).distinct().count();
            if (!report.byPerson() && here.stream().anyMatch(st -> !st.holder().id().equals(st.party()))) {
                // the parties' lanes fold in who spoke for them; this unfolds them, closed until asked for
                h.open("details", "class", "who").open("summary")
                        .text("Unfold the lanes: one per person, official or party as named (" + count((int) speakers, "lane") + ")")
                        .close("summary");
                chart(h, issue, here, List.of(), turnIds, true);
                h.close("details");
            }
            h.close("details");
        }
        h.close("section");
    }

    private void legend(Html h) {
        h.open("div", "class", "legend");
        h.open("span").raw("<svg class=\"i\" viewBox=\"-8 -8 16 16\"><rect class=\"p\" x=\"-6\" y=\"-6\" width=\"12\" height=\"12\" rx=\"2\"/></svg>")
                .text(" for the issue").close("span");
        h.open("span").raw("<svg class=\"i\" viewBox=\"-8 -8 16 16\"><rect class=\"c\" x=\"-6\" y=\"-6\" width=\"12\" height=\"12\" rx=\"2\"/></svg>")
                .text(" against it").close("span");
        for (Stance s : Stance.values()) {
            h.open("span");
            icon(h, s, null);
            h.text(" " + stanceName(s)).close("span");
        }
        h.open("span").raw("<svg class=\"i w\" viewBox=\"-16 -8 32 16\"><rect class=\"b p\" x=\"-15\" y=\"-4\" width=\"30\" height=\"8\" rx=\"2\"/>"
                + "<path class=\"p k\" d=\"M0 0" + Style.shape(Stance.SUPPORTS) + "\"/></svg>").text(" dated to a month or year: a bar across it").close("span");
        h.open("span").raw("<svg class=\"i\" viewBox=\"-8 -8 16 16\"><line class=\"t\" x1=\"0\" x2=\"0\" y1=\"-8\" y2=\"8\"/></svg>")
                .text(" a turn: the party changed sides").close("span");
        h.close("div");
        h.element("p", "One mark per position, a lane per " + (report.byPerson() ? "holder as named" : "state or organisation, "
                + "its leaders and officials included") + ". Hover over a mark for its sentence; click it for the evidence.",
                "class", "hint");
    }

    private static void icon(Html h, Stance s, Polarity p) {
        h.raw("<svg class=\"i\" viewBox=\"-8 -8 16 16\"><path class=\"k " + (p == null ? "n" : cls(p)) + "\" d=\"M0 0"
                + Style.shape(s) + "\"/></svg>");
    }

    /**
     * One issue's lanes. With {@code persons}, a lane per holder as named, in the order of the parties they speak
     * for: the unfolded view of the party lanes, whose marks ({@code a.pm}) link to the same evidence.
     */
    private void chart(Html h, Issue issue, List<Statement> here, List<Shift> turnsHere, Map<Shift, Integer> turnIds,
                       boolean persons) {
        int bandLeft = LABEL_W + PLOT_W + GAP;
        int width = LABEL_W + PLOT_W + (undated ? GAP + UNDATED_W : 0) + RIGHT_PAD;
        Map<String, List<Statement>> byLane = new LinkedHashMap<>();
        if (persons) {
            Map<String, Integer> party = new HashMap<>();
            for (int i = 0; i < lanes.size(); i++) {
                party.put(lanes.get(i), i);
            }
            here.stream().sorted(Comparator.comparing((Statement st) -> party.getOrDefault(st.party(), Integer.MAX_VALUE))
                            .thenComparing(st -> !st.holder().id().equals(st.party()))
                            .thenComparing(st -> st.holder().id()))
                    .forEach(st -> byLane.computeIfAbsent(st.holder().id(), k -> new ArrayList<>()));
            here.forEach(st -> byLane.get(st.holder().id()).add(st));
        } else {
            lanes.forEach(l -> byLane.put(l, null));
            here.forEach(st -> {
                List<Statement> l = byLane.get(lane(st));
                if (l == null) {
                    byLane.put(lane(st), l = new ArrayList<>());
                }
                l.add(st);
            });
            byLane.values().removeIf(v -> v == null);
        }
        Map<String, List<Shift>> shiftsByLane = new HashMap<>();
        for (Shift t : turnsHere) {
            String key = report.byPerson() ? t.after().holder().id() : t.party();
            shiftsByLane.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        // lay the lanes out first: the height of the drawing depends on how the marks stack
        List<double[]> placed = new ArrayList<>();
        List<Integer> laneRows = new ArrayList<>();
        for (List<Statement> l : byLane.values()) {
            List<double[]> rowsEnd = new ArrayList<>();
            int undatedSeen = 0;
            int rows = 1;
            for (Statement s : l) {
                double x0;
                double x1;
                double cx;
                if (s.date() == null) {
                    cx = bandLeft + 10 + 16 * (undatedSeen++ % 4);
                    x0 = cx;
                    x1 = cx;
                } else if (s.date().precision() == DatePrecision.DAY) {
                    cx = x(s.date().start()) + dayWidth() / 2;
                    x0 = cx;
                    x1 = cx;
                } else {
                    x0 = x(s.date().start());
                    x1 = x(s.date().end().plusDays(1));
                    cx = (x0 + x1) / 2;
                }
                double lo = Math.min(x0, cx - MARK_R) - 1;
                double hi = Math.max(x1, cx + MARK_R) + 1;
                int row = -1;
                for (int r = 0; r < rowsEnd.size(); r++) {
                    if (rowsEnd.get(r)[0] <= lo) {
                        row = r;
                        break;
                    }
                }
                if (row < 0 && rowsEnd.size() < MAX_ROWS) {
                    rowsEnd.add(new double[] {hi});
                    row = rowsEnd.size() - 1;
                } else if (row < 0) {
                    row = MAX_ROWS - 1;
                }
                rowsEnd.get(row)[0] = Math.max(rowsEnd.get(row)[0], hi);
                rows = Math.max(rows, row + 1);
                placed.add(new double[] {x0, x1, cx, row});
            }
            laneRows.add(rows);
        }
        int height = AXIS_H + laneRows.stream().mapToInt(r -> r * ROW_H + 2 * LANE_PAD).sum() + 6;
        h.raw("<svg class=\"tl\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"group\" aria-label=\"Timeline of the positions on " + Html.escape(issueName(issue)) + "\">");
        axis(h, height, bandLeft);
        int y = AXIS_H;
        int k = 0;
        int laneNo = 0;
        for (Map.Entry<String, List<Statement>> e : byLane.entrySet()) {
            int rows = laneRows.get(laneNo);
            int laneH = rows * ROW_H + 2 * LANE_PAD;
            h.open("g", "class", persons ? "who-lane" : "lane", "data-lane", e.getKey());
            h.empty("rect", "class", laneNo % 2 == 0 ? "l0" : "l1", "x", "0", "y", num(y), "width", num(width), "height", num(laneH));
            String name = laneName(e.getKey());
            h.open("text", "class", "h", "x", num(LABEL_W - 10), "y", num(y + laneH / 2.0 + 4)).text(name)
                    .element("title", name.equals(e.getKey()) ? e.getKey() : laneTitle(e.getKey())).close("text");
            for (Shift t : shiftsByLane.getOrDefault(e.getKey(), List.of())) {
                PartialDate d = t.after().date();
                double cx = d.precision() == DatePrecision.DAY ? x(d.start()) + dayWidth() / 2
                        : (x(d.start()) + x(d.end().plusDays(1))) / 2;
                h.open("a", "href", "#turn-" + turnIds.get(t), "class", "s")
                        .element("title", "Turn of " + t.party() + " on " + issueName(t.issue()) + ": " + side(t.from()) + " until "
                                + t.before().date() + ", " + side(t.to()) + " from " + t.after().date())
                        .empty("line", "class", "t", "x1", num(cx), "x2", num(cx), "y1", num(y + 1), "y2", num(y + laneH - 1))
                        .close("a");
            }
            for (Statement s : e.getValue()) {
                double[] p = placed.get(k++);
                double cy = y + LANE_PAD + p[3] * ROW_H + ROW_H / 2.0;
                mark(h, s, p[0], p[1], p[2], cy, persons ? "pm " : "m ");
            }
            h.close("g");
            y += laneH;
            laneNo++;
        }
        h.raw("</svg>");
    }

    private void mark(Html h, Statement s, double x0, double x1, double cx, double cy, String kind) {
        Position p = s.position();
        String pol = cls(p.polarity());
        h.open("a", "href", "#ev-" + evidence.get(s), "class", kind + pol);
        h.element("title", (s.date() == null ? "undated" : s.date().toString()) + " " + s.holder().id() + " "
                + p.stance() + " " + p.issue() + "\n" + p.evidence().sentence() + "\n" + attribution(p.attribution())
                + (p.hedged() ? ", hedged" : "") + "; article " + s.article());
        if (x1 > x0) {
            h.empty("rect", "class", "b", "x", num(x0), "y", num(cy - 4), "width", num(Math.max(1, x1 - x0)), "height", "8");
        }
        h.empty("path", "d", "M" + num(cx) + " " + num(cy) + Style.shape(p.stance()));
        h.close("a");
    }

    private void axis(Html h, int height, int bandLeft) {
        h.open("g", "class", "ax");
        if (axisStart != null) {
            double yearW = dayWidth() * 365.25;
            boolean months = yearW >= 110;
            for (int year = axisStart.getYear(); year <= axisEnd.getYear(); year++) {
                LocalDate jan = LocalDate.of(year, 1, 1);
                LocalDate next = jan.plusYears(1);
                LocalDate a = jan.isBefore(axisStart) ? axisStart : jan;
                LocalDate b = next.isAfter(axisEnd) ? axisEnd : next;
                if (!a.isBefore(b)) {
                    continue;
                }
                if (!jan.isBefore(axisStart)) {
                    h.empty("line", "class", "g", "x1", num(x(jan)), "x2", num(x(jan)), "y1", "4", "y2", num(height));
                }
                if (months) {
                    for (int m = 1; m <= 12; m++) {
                        LocalDate first = LocalDate.of(year, m, 1);
                        LocalDate end = first.plusMonths(1);
                        if (first.isBefore(axisStart) || !first.isBefore(axisEnd)) {
                            continue;
                        }
                        if (m > 1) {
                            h.empty("line", "class", "gm", "x1", num(x(first)), "x2", num(x(first)), "y1", num(AXIS_H - 6), "y2", num(height));
                        }
                        double mw = x(end.isAfter(axisEnd) ? axisEnd : end) - x(first);
                        if (mw >= 26) {
                            h.element("text", Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "class", "mo",
                                    "x", num(x(first) + mw / 2), "y", num(AXIS_H - 3));
                        }
                    }
                }
                double w = x(b) - x(a);
                if (w >= 30 || yearW >= 30) {
                    h.element("text", Integer.toString(year), "class", "yr", "x", num(months ? x(a) + 3 : x(a) + w / 2),
                            "y", num(months ? 11 : AXIS_H - 7), "text-anchor", months ? "start" : "middle");
                } else if (year % 5 == 0) {
                    h.element("text", Integer.toString(year), "class", "yr", "x", num(x(a)), "y", num(AXIS_H - 7));
                }
            }
        }
        if (undated) {
            h.element("text", "undated", "class", "yr", "x", num(bandLeft + UNDATED_W / 2.0), "y", num(AXIS_H - 7), "text-anchor", "middle");
            h.empty("line", "class", "g", "x1", num(bandLeft - GAP / 2.0), "x2", num(bandLeft - GAP / 2.0), "y1", "4", "y2", num(height));
        }
        h.close("g");
    }

    private double dayWidth() {
        return axisStart == null ? 0 : (double) PLOT_W / (axisEnd.toEpochDay() - axisStart.toEpochDay());
    }

    private double x(LocalDate d) {
        return LABEL_W + (d.toEpochDay() - axisStart.toEpochDay()) * dayWidth();
    }

    // ---------------------------------------------------------------- tables

    private void turns(Html h) {
        List<Shift> all = shifts;
        h.open("section", "id", "turns").element("h2", "Turns");
        if (all.isEmpty()) {
            h.element("p", "No party changed sides on an issue between two dated positions here.", "class", "hint");
            h.close("section");
            return;
        }
        h.element("p", "Where a party went from for an issue to against it, or back, between two consecutive dated positions "
                + "(its leaders and officials count for it).", "class", "hint");
        h.open("table").raw("<thead><tr><th>party</th><th>issue</th><th>turn</th><th>before</th><th>after</th></tr></thead><tbody>");
        for (int i = 0; i < all.size(); i++) {
            Shift t = all.get(i);
            h.open("tr", "id", "turn-" + (i + 1)).element("td", t.party()).element("td", issueName(t.issue()))
                    .open("td").element("span", side(t.from()), "class", cls(t.from())).text(" \u2192 ")
                    .element("span", side(t.to()), "class", cls(t.to())).close("td");
            brief(h, t.before());
            brief(h, t.after());
            h.close("tr");
        }
        h.raw("</tbody>").close("table").close("section");
    }

    private void brief(Html h, Statement s) {
        h.open("td").open("a", "href", "#ev-" + evidence.get(s)).text(s.date() + " " + s.holder().id() + " "
                + stanceName(s.position().stance())).close("a").close("td");
    }

    private void matrix(Html h) {
        Matrix m = report.byPerson() ? report.positions().matrixByHolder() : report.positions().matrix();
        h.open("section", "id", "matrix").element("h2", "Latest stances");
        h.element("p", "The latest stance of each " + (report.byPerson() ? "holder" : "party") + " on each issue in the period shown; "
                + "a cell links to its evidence.", "class", "hint");
        h.open("div", "class", "wide").open("table", "class", "mx").open("thead").open("tr").element("th", "");
        for (Issue i : m.columns()) {
            h.element("th", issueName(i));
        }
        h.close("tr").close("thead").open("tbody");
        for (String row : lanes) {
            h.open("tr").open("th", "scope", "row").text(laneName(row)).close("th");
            for (Issue i : m.columns()) {
                List<Statement> all = m.all(row, i);
                if (all.isEmpty()) {
                    h.element("td", "\u00B7", "class", "e");
                    continue;
                }
                Statement last = all.get(all.size() - 1);
                Position p = last.position();
                h.open("td").open("a", "href", "#ev-" + evidence.get(last), "class", cls(p.polarity()),
                        "title", count(all.size(), "position") + "; the latest " + (last.date() == null ? "undated" : "of " + last.date()));
                icon(h, p.stance(), p.polarity());
                h.text(" " + stanceName(p.stance())).close("a")
                        .element("small", last.date() == null ? "undated" : last.date().toString()).close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div").close("section");
    }

    private void conditions(Html h) {
        List<ConditionEntry> entries = new ArrayList<>(report.positions().conditions().list());
        h.open("section", "id", "conditions").element("h2", "Conditions");
        if (entries.isEmpty()) {
            h.element("p", "No position here sets a condition.", "class", "hint").close("section");
            return;
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            order.put(lanes.get(i), i);
        }
        entries.sort(Comparator.comparing((ConditionEntry e) -> order.getOrDefault(lane(e.statement()), Integer.MAX_VALUE))
                .thenComparing(e -> e.condition().requiredOf() == null ? "\uFFFF" : e.condition().requiredOf().id()));
        h.element("p", "Who sets which condition for whom, and on which position.", "class", "hint");
        h.open("table").raw("<thead><tr><th>set by</th><th>required of</th><th>condition</th><th>for</th><th>date</th>"
                + "<th>evidence</th></tr></thead><tbody>");
        for (ConditionEntry e : entries) {
            Statement s = e.statement();
            Condition c = e.condition();
            Position p = s.position();
            h.open("tr").open("td").text(s.holder().id());
            if (!s.holder().id().equals(s.party())) {
                h.element("small", " for " + s.party());
            }
            h.close("td").element("td", c.requiredOf() == null ? "not said" : c.requiredOf().id())
                    .open("td").element("b", issueName(c.issue())).text(": ").element("q", c.text(), "lang", "nl").close("td")
                    .open("td").element("span", stanceName(p.stance()), "class", cls(p.polarity()))
                    .text(" " + issueName(p.issue())).close("td")
                    .element("td", s.date() == null ? "undated" : s.date().toString(), "class", "d")
                    .open("td").element("a", "#" + evidence.get(s), "href", "#ev-" + evidence.get(s)).close("td")
                    .close("tr");
        }
        h.raw("</tbody>").close("table").close("section");
    }

    private void evidenceTable(Html h) {
        h.open("section", "id", "evidence").element("h2", "Evidence");
        h.element("p", "Every position shown, in date order, with the sentence it was read from.", "class", "hint");
        h.raw("<table class=\"ev\"><thead><tr><th>#</th><th>date</th><th>holder</th><th>stance</th>"
                + "<th>conditions</th><th>sentence and source</th></tr></thead></table>");
        // tables of a few hundred rows each, so that a browser lays out only those in view (content-visibility)
        for (int i = 0; i < statements.size(); i++) {
            if (i % EVIDENCE_CHUNK == 0) {
                h.raw(i == 0 ? "<div class=\"evc\"><table class=\"ev\"><tbody>" : "</tbody></table></div><div class=\"evc\"><table class=\"ev\"><tbody>");
            }
            evidenceRow(h, statements.get(i));
        }
        h.raw("</tbody></table></div>").close("section");
    }

    private void evidenceRow(Html h, Statement s) {
        Position p = s.position();
        int n = evidence.get(s);
        h.open("tr", "id", "ev-" + n).element("td", Integer.toString(n))
                .element("td", s.date() == null ? "undated" : s.date().toString());
        Actor a = s.holder();
        // plain text where markup would add nothing: ten thousand rows of elements are what a browser parses slowest
        h.element("td", a.name() + " (" + a.id() + (a.affiliation() != null ? ", for " + a.affiliation() : "") + ")");
        h.open("td").element("span", stanceName(p.stance()), "class", cls(p.polarity()))
                .text(" " + issueName(p.issue()) + (p.counterpart() != null ? " with " + p.counterpart().id() : ""));
        h.close("td").open("td");
        for (Condition c : p.conditions()) {
            h.open("div").element("b", issueName(c.issue()) + (c.requiredOf() == null ? "" : " of " + c.requiredOf().id()))
                    .text(": ").element("q", c.text(), "lang", "nl").close("div");
        }
        h.close("td").open("td");
        h.element("blockquote", p.evidence().sentence(), "class", "s", "lang", "nl");
        Article article = articles.get(s.article());
        h.open("div", "class", "src").text(attribution(p.attribution()) + (p.hedged() ? ", hedged" : "") + ". Article "
                + s.article() + ", " + (article == null || article.date() == null ? "undated" : article.date().toString()));
        if (article != null && article.title() != null) {
            h.text(": ").element("cite", article.title(), "lang", "nl");
        }
        h.text(".").close("div");
        h.close("td").close("tr");
    }

    // ---------------------------------------------------------------- words

    private String laneName(String id) {
        Actor a = report.corpus().actor(id).orElse(null);
        if (a == null || a.kind() == io.github.peacetalks.model.ActorKind.UNNAMED) {
            return id;
        }
        return a.name().length() <= 24 ? a.name() : id;
    }

    private String laneTitle(String id) {
        return report.corpus().actor(id).map(a -> a.name() + " (" + a.id() + ")").orElse(id);
    }

    static String issueName(Issue i) {
        return switch (i) {
            case NATO_MEMBERSHIP -> "NATO membership";
            case EU_MEMBERSHIP -> "EU membership";
            default -> {
                String s = i.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }

    private static String stanceName(Stance s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String attribution(Attribution a) {
        return switch (a) {
            case DIRECT_QUOTE -> "Direct quote";
            case REPORTED -> "Reported";
            case UNNAMED_SOURCE -> "Unnamed source";
        };
    }

    private static String side(Polarity p) {
        return p == Polarity.FOR ? "for" : "against";
    }

    /** The short class a polarity colours by: p(ro) or c(ontra). */
    private static String cls(Polarity p) {
        return p == Polarity.FOR ? "p" : "c";
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    /** A coordinate to one decimal, without a trailing ".0": the page has thousands of them. */
    private static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths / 10) + "." + Math.abs(tenths % 10);
    }
}

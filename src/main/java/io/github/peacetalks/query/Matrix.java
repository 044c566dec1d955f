package io.github.peacetalks.query;

import io.github.peacetalks.internal.TextTable;
import io.github.peacetalks.model.Issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who stands where: rows of holders (or parties), columns of issues, and in each cell the positions of that row on
 * that issue in date order. {@link #toString()} prints the latest stance per cell; {@link #toTable(boolean)} can
 * print every stance in order instead.
 *
 * @param title what the matrix shows (the filters that chose its positions)
 * @param rows the row keys, sorted
 * @param columns the issues that have at least one position, in enum order
 * @param cells for each row and issue, the positions in chronological order
 */
public record Matrix(String title, List<String> rows, List<Issue> columns, Map<String, Map<Issue, List<Statement>>> cells) {

    /** Checks the parts and freezes them. */
    public Matrix {
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        Map<String, Map<Issue, List<Statement>>> frozen = new TreeMap<>();
        cells.forEach((row, byIssue) -> {
            Map<Issue, List<Statement>> m = new EnumMap<>(Issue.class);
            byIssue.forEach((issue, list) -> m.put(issue, List.copyOf(list)));
            frozen.put(row, Collections.unmodifiableMap(m));
        });
        cells = Collections.unmodifiableMap(frozen);
    }

    static Matrix of(String title, List<Statement> chronological, Function<Statement, String> rowOf) {
        Map<String, Map<Issue, List<Statement>>> cells = new TreeMap<>();
        Set<Issue> issues = EnumSet.noneOf(Issue.class);
        for (Statement s : chronological) {
            issues.add(s.position().issue());
            cells.computeIfAbsent(rowOf.apply(s), k -> new EnumMap<>(Issue.class))
                    .computeIfAbsent(s.position().issue(), k -> new ArrayList<>()).add(s);
        }
        return new Matrix(title, new ArrayList<>(cells.keySet()), new ArrayList<>(issues), cells);
    }

    /** The positions of {@code row} on {@code issue}, in date order (empty when there are none). */
    public List<Statement> all(String row, Issue issue) {
        return cells.getOrDefault(row, Map.of()).getOrDefault(issue, List.of());
    }

    /** The latest position of {@code row} on {@code issue}: the last in chronological order. */
    public Optional<Statement> latest(String row, Issue issue) {
        List<Statement> l = all(row, issue);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(l.size() - 1));
    }

    /**
     * The matrix as an aligned text table: the latest stance per cell, or with {@code all} every stance in date
     * order joined by {@code >} (repeats of the same stance shown once). Empty cells print as {@code .}.
     */
    public String toTable(boolean all) {
        String[] header = new String[columns.size() + 1];
        header[0] = "";
        for (int i = 0; i < columns.size(); i++) {
            header[i + 1] = columns.get(i).name();
        }
        TextTable t = new TextTable(header);
        for (String row : rows) {
            String[] r = new String[columns.size() + 1];
            r[0] = row;
            for (int i = 0; i < columns.size(); i++) {
                List<Statement> l = all(row, columns.get(i));
                if (l.isEmpty()) {
                    r[i + 1] = ".";
                } else if (!all) {
                    r[i + 1] = l.get(l.size() - 1).position().stance().name();
                } else {
                    List<String> seq = new ArrayList<>();
                    for (Statement s : l) {
                        String st = s.position().stance().name();
                        if (seq.isEmpty() || !seq.get(seq.size() - 1).equals(st)) {
                            seq.add(st);
                        }
                    }
                    r[i + 1] = seq.stream().collect(Collectors.joining(">"));
                }
            }
            t.row(r);
        }
        return t.toString();
    }

    /** The title and the table of latest stances. */
    @Override
    public String toString() {
        return title + "\n" + toTable(false);
    }
}

package io.github.peacetalks.internal;

import java.util.ArrayList;
import java.util.List;

/** Aligned plain-text tables for terminals and JShell: columns padded to their widest cell, long cells cut. */
public final class TextTable {

    /** The longest cell printed whole; longer cells are cut and end in "...". */
    public static final int MAX_CELL = 90;

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** A table with these column headers. */
    public TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    /** Adds a row of one cell per column; runs of white space become one space. */
    public TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] r = new String[columns];
        for (int i = 0; i < columns; i++) {
            String c = cells[i] == null ? "" : cells[i].replaceAll("\\s+", " ").strip();
            r[i] = c.length() > MAX_CELL ? c.substring(0, MAX_CELL - 3) + "..." : c;
        }
        rows.add(r);
        return this;
    }

    /** The table, one line per row, columns two spaces apart, no trailing spaces. */
    @Override
    public String toString() {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}

package org.conflictie.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A small table of text cells that renders as Markdown, HTML or aligned plain text: what
 * notebooks show of events and reports ({@code display(table.toHtml(), "text/html")} in JJava).
 * Cells are plain text; every renderer escapes them, so an article's words can never break the
 * table or inject markup.
 *
 * @param columns  header cells
 * @param numeric  per column: right-aligned (numbers) or left-aligned
 * @param rows     one list of cells per row, each as long as {@code columns}; null cells print empty
 */
public record Table(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        if (numeric.size() != columns.size()) {
            throw new IllegalArgumentException("numeric has " + numeric.size() + " flags for " + columns.size() + " columns");
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + row.size() + " cells, expected "
                        + columns.size() + " (" + String.join(", ", columns) + ")");
            }
            copy.add(Collections.unmodifiableList(row.stream().map(c -> c == null ? "" : c).toList()));
        }
        rows = List.copyOf(copy);
    }

    /** Starts a table with these columns; name a numeric column with a leading {@code '>'} (e.g. {@code ">F1"}). */
    public static Builder builder(String... columns) {
        return new Builder(columns);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A GitHub-flavoured Markdown table; {@code |} in a cell is escaped, line breaks become spaces. */
    public String toMarkdown() {
        StringBuilder s = new StringBuilder("|");
        for (String c : columns) s.append(' ').append(markdownCell(c)).append(" |");
        s.append("\n|");
        for (boolean n : numeric) s.append(n ? "---:|" : "---|");
        s.append('\n');
        for (List<String> row : rows) {
            s.append('|');
            for (String c : row) s.append(' ').append(markdownCell(c)).append(" |");
            s.append('\n');
        }
        return s.toString();
    }

    /** An HTML {@code <table>} with escaped cells; numeric columns are right-aligned. */
    public String toHtml() {
        StringBuilder s = new StringBuilder("<table>\n<thead><tr>");
        for (int i = 0; i < columns.size(); i++) {
            s.append("<th").append(align(i)).append('>').append(escapeHtml(columns.get(i))).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            s.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                s.append("<td").append(align(i)).append('>').append(escapeHtml(row.get(i))).append("</td>");
            }
            s.append("</tr>\n");
        }
        return s.append("</tbody>\n</table>\n").toString();
    }

    /** Columns padded to their widest cell, for a terminal or a JShell session. */
    @Override
    public String toString() {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = plain(columns.get(i)).length();
            for (List<String> row : rows) w[i] = Math.max(w[i], plain(row.get(i)).length());
        }
        StringBuilder s = new StringBuilder();
        line(s, columns, w);
        for (List<String> row : rows) line(s, row, w);
        return s.toString();
    }

    private void line(StringBuilder s, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = plain(cells.get(i));
            String pad = " ".repeat(w[i] - c.length());
            if (i > 0) l.append("  ");
            l.append(numeric.get(i) ? pad + c : c + pad);
        }
        s.append(l.toString().stripTrailing()).append('\n');
    }

    private String align(int column) {
        return numeric.get(column) ? " style=\"text-align:right\"" : "";
    }

    private static String plain(String cell) {
        return cell.replaceAll("\\s*\\R\\s*", " ");
    }

    static String markdownCell(String cell) {
        return plain(cell).replace("\\", "\\\\").replace("|", "\\|");
    }

    /** Escapes the five characters that are markup in HTML text and attribute values. */
    public static String escapeHtml(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Collects rows for a {@link Table}. */
    public static final class Builder {
        private final List<String> columns = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String... columns) {
            for (String c : columns) {
                boolean n = c.startsWith(">");
                this.columns.add(n ? c.substring(1) : c);
                this.numeric.add(n);
            }
        }

        /** Adds a row; cells are turned into text with {@code String.valueOf}, null into an empty cell. */
        public Builder row(Object... cells) {
            rows.add(Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c)).toList());
            return this;
        }

        public Table build() {
            return new Table(columns, numeric, rows);
        }
    }
}

package org.conflictie.view;

import java.util.Locale;
import org.conflictie.score.Counts;
import org.conflictie.score.Slot;
import org.conflictie.score.SlotTable;

/**
 * The per-slot scores as an inline SVG bar chart (precision, recall and F1 per row, strict rules)
 * and as a table of the same numbers, so that they can be read and copied as text.
 */
final class ScoreChart {
    private ScoreChart() {}

    private static final int LABEL = 120, BAR = 300, ROW = 36, THICK = 9, TOP = 24;
    private static final String[] MEASURES = {"precision", "recall", "F1"};

    static String svg(SlotTable table) {
        int height = TOP + ROW * Slot.ROWS.size() + 8;
        int width = LABEL + BAR + 60;
        Html s = new Html();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "width", Integer.toString(width),
                "height", Integer.toString(height), "viewBox", "0 0 " + width + " " + height,
                "role", "img", "aria-label", "precision, recall and F1 per slot");
        for (int m = 0; m < MEASURES.length; m++) {
            int x = LABEL + m * 100;
            s.raw("<rect class=\"bar-" + m + "\" x=\"" + x + "\" y=\"6\" width=\"10\" height=\"10\"/>");
            s.element("text", MEASURES[m], "x", Integer.toString(x + 14), "y", "15", "class", "axis");
        }
        for (int r = 0; r < Slot.ROWS.size(); r++) {
            Slot slot = Slot.ROWS.get(r);
            Counts c = table.get(slot);
            double[] values = {c.precision(), c.recall(), c.f1()};
            int y = TOP + r * ROW;
            s.element("text", slot.code(), "x", Integer.toString(LABEL - 8), "y", Integer.toString(y + 18),
                    "class", slot == Slot.ALL ? "label all" : "label", "text-anchor", "end");
            s.raw("<rect class=\"track\" x=\"" + LABEL + "\" y=\"" + (y + 3) + "\" width=\"" + BAR + "\" height=\""
                    + (3 * (THICK + 1)) + "\"/>");
            for (int m = 0; m < 3; m++) {
                int by = y + 3 + m * (THICK + 1);
                String w = String.format(Locale.ROOT, "%.1f", values[m] * BAR);
                s.raw("<rect class=\"bar-" + m + "\" x=\"" + LABEL + "\" y=\"" + by + "\" width=\"" + w
                        + "\" height=\"" + THICK + "\"><title>" + Html.escape(slot.code() + " " + MEASURES[m] + " "
                        + fmt(values[m])) + "</title></rect>");
                s.element("text", fmt(values[m]), "x", Integer.toString(LABEL + BAR + 6), "y",
                        Integer.toString(by + THICK - 1), "class", "num");
            }
        }
        s.close("svg");
        return s.toString();
    }

    static String table(SlotTable table) {
        Html t = new Html();
        t.open("table", "class", "scores").open("thead").open("tr");
        for (String h : new String[] {"slot", "tp", "fp", "fn", "P", "R", "F1"}) t.element("th", h);
        t.close("tr").close("thead").open("tbody");
        for (Slot slot : Slot.ROWS) {
            Counts c = table.get(slot);
            t.open("tr", "class", slot == Slot.ALL ? "all" : null).element("td", slot.code());
            for (String v : new String[] {Integer.toString(c.tp()), Integer.toString(c.fp()), Integer.toString(c.fn()),
                    fmt(c.precision()), fmt(c.recall()), fmt(c.f1())}) {
                t.element("td", v, "class", "num");
            }
            t.close("tr").newline();
        }
        return t.close("tbody").close("table").toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}

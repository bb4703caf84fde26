package org.conflictie.view;

import java.util.List;
import java.util.Locale;
import org.conflictie.model.Event;
import org.conflictie.score.EventAlignment;
import org.conflictie.score.Mark;
import org.conflictie.score.Slot;
import org.conflictie.score.ValueRow;

/**
 * A document's events as a table, one row per scorer alignment (a predicted event with its gold
 * event, a missed gold event, or an unpaired prediction). With gold, every value carries its mark,
 * and a wrong or missing value shows the gold value beside it.
 */
final class EventTable {
    private EventTable() {}

    private static final String[] HEADERS = {"event", "subtype", "date", "place", "attackers", "targets",
            "casualties", "confidence", "rules"};

    static void render(Html out, DocumentView doc) {
        List<EventAlignment> rows = doc.rows();
        if (rows.isEmpty()) {
            out.element("p", doc.score() == null ? "No events predicted." : "No events in the run or the gold.",
                    "class", "none");
            return;
        }
        out.open("table", "class", "events").open("thead").open("tr");
        for (String h : HEADERS) out.element("th", h);
        out.close("tr").close("thead").open("tbody").newline();
        for (EventAlignment a : rows) row(out, a);
        out.close("tbody").close("table").newline();
    }

    private static void row(Html out, EventAlignment a) {
        Event p = a.predicted();
        out.open("tr", "data-ev", DocumentView.rowKey(a), "class", a.counted() ? null : "uncounted");
        out.open("td", "class", "id");
        if (p != null) {
            value(out, a, Slot.EVENT, 0, p.id() + (p.trigger() == null ? "" : " “" + p.trigger().text() + "”"));
        } else {
            missingValues(out, a, Slot.EVENT);
        }
        if (a.isPair()) out.element("div", "gold " + a.gold().id(), "class", "sub");
        if (!a.counted()) out.element("div", "optional gold event: not counted", "class", "sub");
        out.close("td");
        cell(out, a, Slot.SUBTYPE);
        out.open("td", "class", "date");
        values(out, a, Slot.DATE);
        out.close("td");
        out.open("td");
        values(out, a, Slot.PLACE);
        if (p != null && p.place() != null && p.place().admin1() != null) {
            out.element("div", "admin1: " + p.place().admin1(), "class", "sub");
        }
        values(out, a, Slot.COUNTRY);
        out.close("td");
        cell(out, a, Slot.ATTACKER);
        cell(out, a, Slot.TARGET);
        cell(out, a, Slot.CASUALTY);
        out.element("td", p == null || p.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", p.confidence()),
                "class", "num");
        out.element("td", p == null ? "" : String.join(" ", SlotValue.rules(p)), "class", "rules");
        out.close("tr").newline();
    }

    private static void cell(Html out, EventAlignment a, Slot slot) {
        out.open("td");
        values(out, a, slot);
        out.close("td");
    }

    /** The predicted values of {@code slot}, each with its mark, then the gold values nothing was predicted for. */
    private static void values(Html out, EventAlignment a, Slot slot) {
        Event p = a.predicted();
        if (p != null) {
            for (int i = 0; i < SlotValue.count(p, slot); i++) value(out, a, slot, i, SlotValue.of(p, slot, i).shown());
        }
        missingValues(out, a, slot);
    }

    private static void value(Html out, EventAlignment a, Slot slot, int index, String shown) {
        ValueRow row = Highlights.predictedRow(a, slot, index);
        SlotValue v = SlotValue.of(a.predicted(), slot, index);
        out.open("div", "class", "v" + (row == null ? "" : " m-" + row.mark().code()),
                "title", v.text() == null || slot == Slot.EVENT ? null : "“" + v.text() + "”" + (v.rule() == null ? "" : " · rule " + v.rule()));
        out.text(shown);
        if (row != null) badge(out, row.mark());
        if (slot == Slot.CASUALTY) {
            ValueRow group = Highlights.predictedRow(a, Slot.CASUALTY_GROUP, index);
            if (group != null) {
                out.text(" ");
                out.element("span", "group " + group.mark().code(), "class", "badge small b-" + group.mark().code());
            }
        }
        if (row != null && row.mark() == Mark.WRONG) goldValue(out, a, row);
        out.close("div");
    }

    private static void missingValues(Html out, EventAlignment a, Slot slot) {
        for (ValueRow r : a.rows()) {
            if (r.slot() != slot || r.predictedIndex() >= 0) continue;
            out.open("div", "class", "v gold m-" + r.mark().code());
            out.text(slot == Slot.EVENT ? "gold " + a.gold().id() : SlotValue.of(a.gold(), slot, r.goldIndex()).shown());
            badge(out, r.mark());
            out.close("div");
        }
    }

    private static void goldValue(Html out, EventAlignment a, ValueRow row) {
        out.element("div", "gold: " + SlotValue.of(a.gold(), row.slot(), row.goldIndex()).shown(), "class", "goldval");
    }

    private static void badge(Html out, Mark mark) {
        out.text(" ");
        out.element("span", mark.code(), "class", "badge b-" + mark.code());
    }
}

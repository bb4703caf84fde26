package org.conflictie.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictie.model.Event;
import org.conflictie.score.EventAlignment;
import org.conflictie.score.Mark;
import org.conflictie.score.Slot;
import org.conflictie.score.ValueRow;

/**
 * Finds the words of every value in its article. A value is placed by its {@code start}/{@code end}
 * (UTF-16 offsets, as Java indexes strings); a value without offsets is placed at the first
 * occurrence of its {@code text}. Offsets outside the article, or holding other words than the
 * value's {@code text}, are reported as warnings (the latter still highlighted where the offsets say).
 */
final class Highlights {
    private Highlights() {}

    /** The slots whose values are words of the article, and how each is drawn. */
    private static final Map<Slot, SpanKind> SPANNED = Map.of(Slot.EVENT, SpanKind.TRIGGER, Slot.DATE, SpanKind.DATE,
            Slot.PLACE, SpanKind.PLACE, Slot.ATTACKER, SpanKind.ATTACKER, Slot.TARGET, SpanKind.TARGET,
            Slot.CASUALTY, SpanKind.CASUALTY);

    /** @param warnings receives one line per value that could not be placed or whose offsets disagree */
    static List<Highlight> collect(DocumentView doc, List<String> warnings) {
        String text = doc.text();
        List<Highlight> out = new ArrayList<>();
        for (EventAlignment a : doc.rows()) {
            String key = DocumentView.rowKey(a);
            Event p = a.predicted();
            for (Slot slot : Slot.SLOTS) {
                SpanKind kind = SPANNED.get(slot);
                if (kind == null) continue;
                if (p != null) {
                    for (int i = 0; i < SlotValue.count(p, slot); i++) {
                        ValueRow row = predictedRow(a, slot, i);
                        Mark mark = row == null ? null : row.mark();
                        String title = p.id() + " · " + kind.label() + " · rule " + orNone(SlotValue.of(p, slot, i).rule())
                                + (mark == null ? "" : " · " + mark.code())
                                + (mark == Mark.WRONG ? " (gold: " + SlotValue.of(a.gold(), slot, row.goldIndex()).shown() + ")" : "");
                        add(out, warnings, text, doc.docId(), SlotValue.of(p, slot, i), p.id(), kind, key, title, mark, false);
                    }
                }
                if (a.gold() == null) continue;
                for (ValueRow row : a.rows()) {
                    if (row.slot() != slot || (row.mark() != Mark.MISSING && row.mark() != Mark.WRONG)) continue;
                    String title = "gold " + a.gold().id() + " · " + kind.label() + " · " + row.mark().code()
                            + (row.mark() == Mark.WRONG ? " (predicted: " + SlotValue.of(p, slot, row.predictedIndex()).shown() + ")"
                            : " (not predicted)");
                    add(out, warnings, text, doc.docId(), SlotValue.of(a.gold(), slot, row.goldIndex()),
                            "gold " + a.gold().id(), kind, key, title, row.mark(), true);
                }
            }
        }
        return out;
    }

    /** The scorer's row for the predicted value at {@code index} of {@code slot}, or null (no gold, or not scored). */
    static ValueRow predictedRow(EventAlignment a, Slot slot, int index) {
        for (ValueRow r : a.rows()) {
            if (r.slot() == slot && r.predictedIndex() == index) return r;
        }
        return null;
    }

    private static void add(List<Highlight> out, List<String> warnings, String text, String docId, SlotValue v,
                            String who, SpanKind kind, String key, String title, Mark mark, boolean gold) {
        if (v == null || !v.hasWords()) return;
        String where = docId + ": " + who + " " + kind.label() + " \"" + v.text() + "\"";
        int start, end;
        if (v.start() != null && v.end() != null) {
            start = v.start();
            end = v.end();
            if (start < 0 || end <= start || end > text.length()) {
                warnings.add(where + ": offsets " + start + "-" + end + " lie outside the article (length "
                        + text.length() + ")");
                return;
            }
            String found = text.substring(start, end);
            if (!found.equals(v.text())) {
                warnings.add(where + ": offsets " + start + "-" + end + " hold \"" + found + "\" instead");
            }
        } else {
            start = text.indexOf(v.text());
            if (start < 0) {
                warnings.add(where + ": has no offsets and its words are not in the article");
                return;
            }
            end = start + v.text().length();
            title += " · placed by its words (no offsets)";
        }
        out.add(new Highlight(start, end, kind, key, title, mark, gold));
    }

    private static String orNone(String rule) {
        return rule == null ? "none" : rule;
    }
}

package org.conflictie.score;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terminal diff: per document, each pair of events side by side (prediction left, gold right),
 * one line per value with its mark, and the article's words in quotes after each value.
 * Documents where every value is right get a one-line header only; documents with no events on
 * either side are left out and counted at the end.
 */
final class DiffText {
    private DiffText() {}

    private static final int MAX_COLUMN = 48;

    /** @param only doc_ids to show, or null for all */
    static String render(List<DocumentScore> documents, boolean ignoreOptional, Set<String> only) {
        StringBuilder s = new StringBuilder();
        int empty = 0;
        for (DocumentScore d : documents) {
            if (only != null && !only.contains(d.docId())) continue;
            if (d.alignments().isEmpty()) {
                empty++;
                continue;
            }
            document(s, d, ignoreOptional);
        }
        if (empty > 0) {
            s.append(empty).append(" document").append(empty == 1 ? "" : "s")
                    .append(" with no events in gold or prediction not shown.\n");
        }
        return s.toString();
    }

    private static void document(StringBuilder s, DocumentScore d, boolean ignoreOptional) {
        Counts all = d.counts().get(Slot.ALL);
        Counts ev = d.counts().get(Slot.EVENT);
        // One line only when there is nothing to explain: excused and uncounted items are shown.
        boolean perfect = d.alignments().stream().allMatch(a -> a.counted()
                && a.rows().stream().allMatch(r -> r.mark() == Mark.RIGHT));
        s.append("=== ").append(d.docId()).append("   gold ").append(plural(d.goldEvents(), "event"))
                .append(", predicted ").append(d.hasPrediction() ? plural(d.predictedEvents(), "event") : "nothing (no line in the run)");
        if (perfect) {
            s.append("   all right\n");
            return;
        }
        s.append(String.format(Locale.ROOT, "   event tp/fp/fn %d/%d/%d, all tp/fp/fn %d/%d/%d, all F1 %.3f%n",
                ev.tp(), ev.fp(), ev.fn(), all.tp(), all.fp(), all.fn(), all.f1()));
        int width = 0;
        for (EventAlignment a : d.alignments()) {
            for (ValueRow r : a.rows()) {
                if (r.predicted() != null) width = Math.max(width, r.predicted().toString().length());
            }
        }
        width = Math.min(Math.max(width, 9), MAX_COLUMN);
        for (EventAlignment a : d.alignments()) {
            s.append("--- ");
            if (a.isPair()) {
                s.append("predicted ").append(a.predicted().id()).append("  <->  gold ").append(a.gold().id());
            } else if (a.gold() != null) {
                s.append("gold ").append(a.gold().id()).append(": no predicted event paired with it");
            } else {
                s.append("predicted ").append(a.predicted().id()).append(": paired with no gold event");
            }
            if (!a.counted()) s.append("   (optional gold event: not counted)");
            s.append('\n');
            for (ValueRow r : a.rows()) {
                String mark = a.counted() ? r.mark().code() : "(" + r.mark().code() + ")";
                String left = r.predicted() == null ? "" : r.predicted().toString();
                String right = r.gold() == null ? "" : r.gold().toString();
                s.append(String.format(Locale.ROOT, "  %-10s %-15s %-" + width + "s | %s", mark, r.slot().code(),
                        left, right).stripTrailing()).append('\n');
            }
        }
        if (ignoreOptional && d.alignments().stream().flatMap(a -> a.rows().stream()).anyMatch(r -> r.mark() == Mark.EXCUSED)) {
            s.append("  (excused: an optional gold value, not counted either way)\n");
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package org.conflictie.score;

import java.util.List;

/**
 * Two runs scored on the same gold documents.
 *
 * @param options   how both were scored (lenient: the comparison is of lenient scores)
 * @param labelA    name of run A (e.g. its file)
 * @param labelB    name of run B
 * @param documents gold documents
 * @param rows      one per slot and {@code all}
 * @param changed   documents whose counts differ, biggest loss in {@code all} F1 first
 * @param unknownA  doc_ids of A without gold (ignored)
 * @param unknownB  doc_ids of B without gold (ignored)
 */
public record ComparisonReport(ScoreOptions options, String labelA, String labelB, int documents,
                               List<SlotComparison> rows, List<ChangedDocument> changed,
                               List<String> unknownA, List<String> unknownB) {
    public ComparisonReport {
        rows = List.copyOf(rows);
        changed = List.copyOf(changed);
        unknownA = List.copyOf(unknownA);
        unknownB = List.copyOf(unknownB);
    }

    public SlotComparison row(Slot slot) {
        return rows.get(slot.ordinal());
    }

    @Override
    public String toString() {
        return ReportText.comparison(this);
    }

    public String toJson() {
        return ReportJson.comparison(this);
    }

    /** The per-slot table and the changed documents as Markdown. */
    public String toMarkdown() {
        return ReportTables.markdown(this);
    }

    /** As {@link #toMarkdown()}, an HTML fragment with the text escaped. */
    public String toHtml() {
        return ReportTables.html(this);
    }
}

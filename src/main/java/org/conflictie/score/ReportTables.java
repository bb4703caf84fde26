package org.conflictie.score;

import java.util.Arrays;
import org.conflictie.format.Table;

/**
 * Reports as {@link Table}s, for notebooks: {@link ScoreReport#toHtml()},
 * {@link ComparisonReport#toMarkdown()} and {@link ComparisonReport#toHtml()} are built from these.
 * Numbers as in the terminal report: three decimals, "-" for a row with no values at all.
 */
public final class ReportTables {
    private ReportTables() {}

    /** One row per slot and {@code all}: tp, fp, fn, precision, recall, F1 and its 95% interval if computed. */
    public static Table slots(SlotTable t) {
        boolean ci = !t.f1Intervals().isEmpty();
        Table.Builder b = ci ? Table.builder("slot", ">tp", ">fp", ">fn", ">precision", ">recall", ">F1", "95% CI of F1")
                : Table.builder("slot", ">tp", ">fp", ">fn", ">precision", ">recall", ">F1");
        for (Slot slot : Slot.ROWS) {
            Counts c = t.get(slot);
            Object[] cells = {slot.code(), c.tp(), c.fp(), c.fn(), ReportText.m(c, c.precision()),
                    ReportText.m(c, c.recall()), ReportText.m(c, c.f1()),
                    t.f1Interval(slot).map(i -> ReportText.f(i.low()) + " - " + ReportText.f(i.high())).orElse("")};
            b.row(ci ? cells : Arrays.copyOf(cells, cells.length - 1));
        }
        return b.build();
    }

    /** Documents grouped by their number of gold events: event F1 and {@code all} F1 of each group (strict). */
    public static Table byGoldEvents(ScoreReport r) {
        Table.Builder b = Table.builder("gold events", ">documents", ">event F1", ">all F1", ">all tp", ">all fp", ">all fn");
        for (GoldEventsBucket g : r.byGoldEvents()) {
            Counts all = g.strict().get(Slot.ALL), event = g.strict().get(Slot.EVENT);
            b.row(g.label(), g.documents(), ReportText.m(event, event.f1()), ReportText.m(all, all.f1()),
                    all.tp(), all.fp(), all.fn());
        }
        return b.build();
    }

    /** One row per slot: F1 of A and of B, B - A, its 95% interval and the paired p-value when bootstrapped. */
    public static Table comparison(ComparisonReport c) {
        Table.Builder b = Table.builder("slot", ">F1 A", ">F1 B", ">B - A", "95% CI of B - A", ">p");
        for (SlotComparison row : c.rows()) {
            b.row(row.slot().code(), ReportText.f(row.a().f1()), ReportText.f(row.b().f1()),
                    ReportText.signed(row.f1Change()),
                    row.difference() == null ? "" : ReportText.signed(row.difference().low()) + " .. "
                            + ReportText.signed(row.difference().high()),
                    row.pValue() == null ? "" : ReportText.f(row.pValue()));
        }
        return b.build();
    }

    /** The documents whose counts changed between the runs, biggest loss first. */
    public static Table changedDocuments(ComparisonReport c) {
        Table.Builder b = Table.builder("doc_id", ">all F1 A", ">all F1 B", ">change", "changed slots");
        for (ChangedDocument d : c.changed()) {
            b.row(d.docId(), ReportText.f(d.a().get(Slot.ALL).f1()), ReportText.f(d.b().get(Slot.ALL).f1()),
                    ReportText.signed(d.allF1Change()), String.join(", ", d.changedSlots().stream().map(Slot::code).toList()));
        }
        return b.build();
    }

    static String html(ScoreReport r) {
        StringBuilder s = new StringBuilder("<div class=\"conflictie-score\">\n");
        paragraph(s, summary(r));
        heading(s, "Strict (the spec's rules)");
        s.append(slots(r.strict()).toHtml());
        r.lenientTable().ifPresent(t -> {
            heading(s, "Lenient (" + ReportText.LENIENT_RULES + ")");
            s.append(slots(t).toHtml());
        });
        heading(s, "By number of gold events per document");
        s.append(byGoldEvents(r).toHtml());
        if (!r.unknownDocIds().isEmpty()) paragraph(s, "Ignored (no gold): " + String.join(", ", r.unknownDocIds()));
        return s.append("</div>\n").toString();
    }

    static String markdown(ComparisonReport c) {
        StringBuilder s = new StringBuilder(comparisonSummary(c)).append("\n\n").append(comparison(c).toMarkdown());
        if (c.changed().isEmpty()) return s.append("\nNo document's counts changed.\n").toString();
        return s.append("\nDocuments whose counts changed (").append(c.changed().size()).append("), biggest loss first:\n\n")
                .append(changedDocuments(c).toMarkdown()).toString();
    }

    static String html(ComparisonReport c) {
        StringBuilder s = new StringBuilder("<div class=\"conflictie-comparison\">\n");
        paragraph(s, comparisonSummary(c));
        s.append(comparison(c).toHtml());
        if (c.changed().isEmpty()) {
            paragraph(s, "No document's counts changed.");
        } else {
            heading(s, "Documents whose counts changed (" + c.changed().size() + "), biggest loss first");
            s.append(changedDocuments(c).toHtml());
        }
        return s.append("</div>\n").toString();
    }

    private static String summary(ScoreReport r) {
        ScoreOptions o = r.options();
        return "Scored " + r.documents() + " gold documents (" + r.goldEvents() + " gold events, " + r.predictedEvents()
                + " predicted); optional gold items " + (o.ignoreOptional() ? "ignored" : "counted")
                + (o.samples() == 0 ? "." : "; 95% CI: bootstrap over documents, " + o.samples() + " resamples, seed "
                + o.seed() + ".");
    }

    private static String comparisonSummary(ComparisonReport c) {
        ScoreOptions o = c.options();
        return "A = " + c.labelA() + ", B = " + c.labelB() + ": " + c.documents() + " gold documents, "
                + (o.lenient() ? "lenient" : "strict") + " rules, optional gold items "
                + (o.ignoreOptional() ? "ignored" : "counted") + (o.samples() == 0 ? "." : "; paired bootstrap over documents, "
                + o.samples() + " resamples, seed " + o.seed() + ".");
    }

    private static void paragraph(StringBuilder s, String text) {
        s.append("<p>").append(Table.escapeHtml(text)).append("</p>\n");
    }

    private static void heading(StringBuilder s, String text) {
        s.append("<h4>").append(Table.escapeHtml(text)).append("</h4>\n");
    }
}

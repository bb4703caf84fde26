package org.conflictie.score;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Terminal, Markdown and TSV renderings of reports. Numbers: three decimals, '.' as separator. */
final class ReportText {
    private ReportText() {}

    private static final int LISTED = 10;
    static final String LENIENT_RULES = "date within 1 day or same month/year, place within place, count within 10%";

    static String text(ScoreReport r, boolean perDocument) {
        StringBuilder s = new StringBuilder();
        header(s, r);
        s.append('\n').append("Strict (the spec's rules)\n");
        table(s, r.strict());
        r.lenientTable().ifPresent(t -> {
            s.append('\n').append("Lenient (").append(LENIENT_RULES).append(")\n");
            table(s, t);
        });
        s.append('\n').append("By number of gold events per document").append(r.options().ignoreOptional()
                ? " (optional events not counted)\n" : "\n");
        boolean len = r.lenient() != null;
        s.append(String.format(Locale.ROOT, "%-12s %9s %9s %7s %20s%s%n", "gold events", "documents", "event F1",
                "all F1", "all tp/fp/fn", len ? "  lenient all F1" : ""));
        for (GoldEventsBucket b : r.byGoldEvents()) {
            s.append(String.format(Locale.ROOT, "%-12s %9d %9s %7s %20s%s%n", b.label(), b.documents(),
                    m(b.strict().get(Slot.EVENT)), m(b.strict().get(Slot.ALL)), tfn(b.strict().get(Slot.ALL)),
                    len ? String.format(Locale.ROOT, "  %15s", m(b.lenient().get(Slot.ALL))) : ""));
        }
        if (perDocument) {
            s.append('\n').append("Per document (strict)\n");
            int w = Math.max(6, r.perDocument().stream().mapToInt(d -> d.docId().length()).max().orElse(6));
            s.append(String.format(Locale.ROOT, "%-" + w + "s %5s %5s %9s %7s %20s%n", "doc_id", "gold", "pred",
                    "event F1", "all F1", "all tp/fp/fn"));
            for (DocumentScore d : r.perDocument()) {
                s.append(String.format(Locale.ROOT, "%-" + w + "s %5d %5s %9s %7s %20s%n", d.docId(), d.goldEvents(),
                        d.hasPrediction() ? Integer.toString(d.predictedEvents()) : "-",
                        m(d.counts().get(Slot.EVENT)), m(d.counts().get(Slot.ALL)),
                        tfn(d.counts().get(Slot.ALL))));
            }
        }
        return s.toString();
    }

    private static void header(StringBuilder s, ScoreReport r) {
        ScoreOptions o = r.options();
        s.append("Scored ").append(r.documents()).append(" gold documents: ").append(r.goldEvents())
                .append(" gold events");
        if (o.ignoreOptional()) s.append(" (").append(r.countedGoldEvents()).append(" not optional)");
        s.append(", ").append(r.predictedEvents()).append(" predicted events.\n");
        s.append("Optional gold items: ").append(o.ignoreOptional() ? "ignored" : "counted").append(". ");
        s.append(o.samples() == 0 ? "No bootstrap.\n" : "95% intervals: bootstrap over documents, "
                + o.samples() + " resamples, seed " + o.seed() + ".\n");
        list(s, r.unknownDocIds(), "predicted document has no gold file and was ignored",
                "predicted documents have no gold file and were ignored");
        list(s, r.documentsWithoutPrediction(), "gold document has no prediction (scored as no events)",
                "gold documents have no prediction (scored as no events)");
    }

    private static void list(StringBuilder s, List<String> ids, String one, String many) {
        if (ids.isEmpty()) return;
        s.append(ids.size()).append(' ').append(ids.size() == 1 ? one : many).append(": ")
                .append(String.join(", ", ids.subList(0, Math.min(LISTED, ids.size()))));
        if (ids.size() > LISTED) s.append(", ... (").append(ids.size() - LISTED).append(" more)");
        s.append('\n');
    }

    private static void table(StringBuilder s, SlotTable t) {
        s.append(String.format(Locale.ROOT, "%-15s %6s %6s %6s %9s %7s %7s  %s%n", "slot", "tp", "fp", "fn",
                "precision", "recall", "F1", t.f1Intervals().isEmpty() ? "" : "95% CI of F1"));
        for (Slot slot : Slot.ROWS) {
            Counts c = t.get(slot);
            s.append(String.format(Locale.ROOT, "%-15s %6d %6d %6d %9s %7s %7s  %s", slot.code(), c.tp(), c.fp(),
                    c.fn(), m(c, c.precision()), m(c, c.recall()), m(c, c.f1()),
                    t.f1Interval(slot).map(ci -> f(ci.low()) + " - " + f(ci.high())).orElse("")).stripTrailing())
                    .append('\n');
        }
    }

    static String markdown(ScoreReport r) {
        StringBuilder s = new StringBuilder();
        ScoreOptions o = r.options();
        s.append("Scored ").append(r.documents()).append(" gold documents (").append(r.goldEvents())
                .append(" gold events, ").append(r.predictedEvents()).append(" predicted); optional gold items ")
                .append(o.ignoreOptional() ? "ignored" : "counted")
                .append(o.samples() == 0 ? "." : "; 95% CI: bootstrap over documents, " + o.samples()
                        + " resamples, seed " + o.seed() + ".").append("\n\n");
        mdTable(s, "strict", r.strict());
        r.lenientTable().ifPresent(t -> {
            s.append('\n');
            mdTable(s, "lenient", t);
        });
        s.append("\n| gold events | documents | event F1 | all F1 | all tp | all fp | all fn |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (GoldEventsBucket b : r.byGoldEvents()) {
            Counts all = b.strict().get(Slot.ALL);
            s.append("| ").append(b.label()).append(" | ").append(b.documents()).append(" | ")
                    .append(m(b.strict().get(Slot.EVENT))).append(" | ").append(m(all)).append(" | ")
                    .append(all.tp()).append(" | ").append(all.fp()).append(" | ").append(all.fn()).append(" |\n");
        }
        if (!r.unknownDocIds().isEmpty()) {
            s.append("\nIgnored (no gold): ").append(String.join(", ", r.unknownDocIds())).append('\n');
        }
        return s.toString();
    }

    private static void mdTable(StringBuilder s, String name, SlotTable t) {
        boolean ci = !t.f1Intervals().isEmpty();
        s.append("| ").append(name).append(" | tp | fp | fn | precision | recall | F1 |").append(ci ? " 95% CI |" : "")
                .append("\n|---|---:|---:|---:|---:|---:|---:|").append(ci ? "---|" : "").append('\n');
        for (Slot slot : Slot.ROWS) {
            Counts c = t.get(slot);
            s.append("| ").append(slot == Slot.ALL ? "**all**" : slot.code()).append(" | ").append(c.tp())
                    .append(" | ").append(c.fp()).append(" | ").append(c.fn()).append(" | ").append(m(c, c.precision()))
                    .append(" | ").append(m(c, c.recall())).append(" | ").append(m(c, c.f1())).append(" |");
            if (ci) s.append(' ').append(t.f1Interval(slot).map(i -> f(i.low()) + "–" + f(i.high())).orElse(""))
                    .append(" |");
            s.append('\n');
        }
    }

    static String tsv(ScoreReport r) {
        StringBuilder s = new StringBuilder("table\tslot\ttp\tfp\tfn\tprecision\trecall\tf1\tf1_low\tf1_high\n");
        tsvRows(s, "strict", r.strict().counts(), r.strict());
        r.lenientTable().ifPresent(t -> tsvRows(s, "lenient", t.counts(), t));
        for (GoldEventsBucket b : r.byGoldEvents()) tsvRows(s, "gold_events=" + b.label(), b.strict(), null);
        for (DocumentScore d : r.perDocument()) tsvRows(s, "doc=" + d.docId(), d.counts(), null);
        return s.toString();
    }

    private static void tsvRows(StringBuilder s, String table, SlotCounts counts, SlotTable withCi) {
        for (Slot slot : Slot.ROWS) {
            Counts c = counts.get(slot);
            Optional<ConfidenceInterval> ci = withCi == null ? Optional.empty() : withCi.f1Interval(slot);
            s.append(table).append('\t').append(slot.code()).append('\t').append(c.tp()).append('\t').append(c.fp())
                    .append('\t').append(c.fn()).append('\t').append(d(c.precision())).append('\t')
                    .append(d(c.recall())).append('\t').append(d(c.f1())).append('\t')
                    .append(ci.map(i -> d(i.low())).orElse("")).append('\t')
                    .append(ci.map(i -> d(i.high())).orElse("")).append('\n');
        }
    }

    static String comparison(ComparisonReport c) {
        StringBuilder s = new StringBuilder();
        ScoreOptions o = c.options();
        s.append("B = ").append(c.labelB()).append('\n').append("A = ").append(c.labelA()).append('\n');
        s.append(c.documents()).append(" gold documents, ").append(o.lenient() ? "lenient" : "strict")
                .append(" rules, optional gold items ").append(o.ignoreOptional() ? "ignored" : "counted").append(". ")
                .append(o.samples() == 0 ? "No bootstrap." : "Paired bootstrap over documents, " + o.samples()
                        + " resamples, seed " + o.seed() + "; p: two-sided, no difference in F1.").append('\n');
        list(s, c.unknownA(), "document of A has no gold file and was ignored",
                "documents of A have no gold file and were ignored");
        list(s, c.unknownB(), "document of B has no gold file and was ignored",
                "documents of B have no gold file and were ignored");
        s.append('\n').append(String.format(Locale.ROOT, "%-15s %7s %7s %8s  %-19s %6s%n", "slot", "F1 A", "F1 B",
                "B - A", "95% CI of B - A", "p"));
        for (SlotComparison row : c.rows()) {
            s.append(String.format(Locale.ROOT, "%-15s %7s %7s %8s  %-19s %6s", row.slot().code(), f(row.a().f1()),
                    f(row.b().f1()), signed(row.f1Change()),
                    row.difference() == null ? "" : signed(row.difference().low()) + " .. " + signed(row.difference().high()),
                    row.pValue() == null ? "" : f(row.pValue())).stripTrailing()).append('\n');
        }
        s.append('\n');
        if (c.changed().isEmpty()) {
            s.append("No document's counts changed.\n");
        } else {
            s.append("Documents whose counts changed (").append(c.changed().size())
                    .append("), biggest loss first: all F1 A -> B, changed slots\n");
            int w = c.changed().stream().mapToInt(d -> d.docId().length()).max().orElse(6);
            for (ChangedDocument d : c.changed()) {
                s.append(String.format(Locale.ROOT, "  %-" + w + "s  %s -> %s  (%s)  %s%n", d.docId(),
                        f(d.a().get(Slot.ALL).f1()), f(d.b().get(Slot.ALL).f1()), signed(d.allF1Change()),
                        String.join(", ", d.changedSlots().stream().map(Slot::code).toList())));
            }
        }
        return s.toString();
    }

    static String f(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /**
     * For people: "-" when a row has no values at all (tp = fp = fn = 0), where the 0 of the zero
     * convention would read as a failure. Machine output (TSV, JSON) keeps the 0.
     */
    static String m(Counts c, double x) {
        return c.tp() + c.fp() + c.fn() == 0 ? "-" : f(x);
    }

    private static String m(Counts c) {
        return m(c, c.f1());
    }

    static String signed(double x) {
        return String.format(Locale.ROOT, "%+.3f", x);
    }

    private static String tfn(Counts c) {
        return c.tp() + "/" + c.fp() + "/" + c.fn();
    }

    /** Full precision for machine-read output. */
    private static String d(double x) {
        return Double.toString(x);
    }
}

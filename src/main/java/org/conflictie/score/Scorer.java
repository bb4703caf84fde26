package org.conflictie.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictie.model.EventDocument;

/**
 * Scores predicted events against gold events as the format spec's "How a prediction is scored"
 * says, with the extensions documented in {@code docs/scoring.md}: optional gold items, lenient
 * rules, breakdowns, bootstrap intervals and paired comparison of two runs.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.builder().ignoreOptional(true).lenient(true).build().score(gold, predicted);
 * System.out.println(report.toMarkdown());
 * }</pre>
 *
 * <p>Documents are matched by {@code doc_id}. A gold document without a prediction is scored as a
 * prediction with no events; a predicted document without gold is listed in the report and
 * ignored; a doc_id given twice on one side is an error ({@link ScoreInputException}).
 * Immutable and thread-safe.
 */
public final class Scorer {
    private final boolean ignoreOptional;
    private final boolean lenient;
    private final PlaceHierarchy hierarchy;
    private final int samples;
    private final long seed;

    private Scorer(Builder b) {
        this.ignoreOptional = b.ignoreOptional;
        this.lenient = b.lenient;
        this.hierarchy = b.hierarchy;
        this.samples = b.samples;
        this.seed = b.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ScoreOptions options() {
        return new ScoreOptions(ignoreOptional, lenient, samples, seed);
    }

    public ScoreReport score(List<EventDocument> gold, List<EventDocument> predicted) {
        List<EventDocument> golds = sortedGold(gold);
        Run run = run(golds, predicted, "predictions");
        Bootstrap boot = Bootstrap.draw(golds.size(), samples, seed);

        List<SlotCounts> strictCounts = run.strict.stream().map(DocumentScore::counts).toList();
        SlotTable strict = new SlotTable(sum(strictCounts), boot.f1Intervals(strictCounts));
        SlotTable lenientTable = null;
        if (lenient) {
            List<SlotCounts> lenientCounts = run.lenient.stream().map(DocumentScore::counts).toList();
            lenientTable = new SlotTable(sum(lenientCounts), boot.f1Intervals(lenientCounts));
        }

        int n = GoldEventsBucket.LABELS.length;
        int[] docs = new int[n];
        SlotCounts[] bs = new SlotCounts[n], bl = new SlotCounts[n];
        java.util.Arrays.fill(bs, SlotCounts.ZERO);
        java.util.Arrays.fill(bl, SlotCounts.ZERO);
        for (int d = 0; d < run.strict.size(); d++) {
            int k = GoldEventsBucket.index(run.strict.get(d).countedGold());
            docs[k]++;
            bs[k] = bs[k].plus(run.strict.get(d).counts());
            if (lenient) bl[k] = bl[k].plus(run.lenient.get(d).counts());
        }
        List<GoldEventsBucket> buckets = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            buckets.add(new GoldEventsBucket(GoldEventsBucket.LABELS[k], docs[k], bs[k], lenient ? bl[k] : null));
        }

        int goldEvents = run.strict.stream().mapToInt(DocumentScore::goldEvents).sum();
        int counted = run.strict.stream().mapToInt(DocumentScore::countedGold).sum();
        int predictedEvents = run.strict.stream().mapToInt(DocumentScore::predictedEvents).sum();
        return new ScoreReport(options(), golds.size(), goldEvents, counted, predictedEvents, strict, lenientTable,
                run.strict, run.lenient, buckets, run.unknown, run.withoutPrediction);
    }

    /**
     * Compares two runs on the same gold set: per-row F1 of each, the difference (B − A), its 95%
     * bootstrap interval and a paired bootstrap p-value, and the documents whose counts changed.
     * Uses the lenient rules when this scorer is lenient, the strict ones otherwise.
     */
    public ComparisonReport compare(List<EventDocument> gold, List<EventDocument> runA, List<EventDocument> runB) {
        return compare(gold, runA, runB, "A", "B");
    }

    public ComparisonReport compare(List<EventDocument> gold, List<EventDocument> runA, List<EventDocument> runB,
                                    String labelA, String labelB) {
        List<EventDocument> golds = sortedGold(gold);
        Run a = run(golds, runA, labelA);
        Run b = run(golds, runB, labelB);
        List<DocumentScore> da = lenient ? a.lenient : a.strict;
        List<DocumentScore> db = lenient ? b.lenient : b.strict;
        List<SlotCounts> ca = da.stream().map(DocumentScore::counts).toList();
        List<SlotCounts> cb = db.stream().map(DocumentScore::counts).toList();
        Bootstrap boot = Bootstrap.draw(golds.size(), samples, seed);
        Map<Slot, Bootstrap.PairedResult> tests = boot.paired(ca, cb);
        SlotCounts sa = sum(ca), sb = sum(cb);
        List<SlotComparison> rows = new ArrayList<>();
        for (Slot s : Slot.ROWS) {
            Bootstrap.PairedResult t = tests.get(s);
            rows.add(new SlotComparison(s, sa.get(s), sb.get(s), t == null ? null : t.difference(),
                    t == null ? null : t.pValue()));
        }
        List<ChangedDocument> changed = new ArrayList<>();
        for (int d = 0; d < da.size(); d++) {
            if (!ca.get(d).equals(cb.get(d))) changed.add(new ChangedDocument(da.get(d).docId(), ca.get(d), cb.get(d)));
        }
        changed.sort(Comparator.comparingDouble(ChangedDocument::allF1Change).thenComparing(ChangedDocument::docId));
        return new ComparisonReport(options(), labelA, labelB, golds.size(), rows, changed, a.unknown, b.unknown);
    }

    /** Per-document scores of one run, strict and (when asked) lenient, in gold doc_id order. */
    private record Run(List<DocumentScore> strict, List<DocumentScore> lenient, List<String> unknown,
                       List<String> withoutPrediction) {}

    private Run run(List<EventDocument> golds, List<EventDocument> predicted, String what) {
        Objects.requireNonNull(predicted, what);
        Map<String, EventDocument> byId = index(predicted, what);
        Map<String, Boolean> goldIds = new HashMap<>();
        for (EventDocument g : golds) goldIds.put(g.docId(), true);
        List<String> unknown = byId.keySet().stream().filter(id -> !goldIds.containsKey(id)).toList();
        DocumentScorer strictScorer = new DocumentScorer(MatchRules.strict(), ignoreOptional);
        DocumentScorer lenientScorer = new DocumentScorer(MatchRules.lenient(hierarchy), ignoreOptional);
        List<DocumentScore> strict = new ArrayList<>(golds.size());
        List<DocumentScore> len = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (EventDocument g : golds) {
            EventDocument p = byId.get(g.docId());
            if (p == null) without.add(g.docId());
            strict.add(strictScorer.score(g, p));
            if (lenient) len.add(lenientScorer.score(g, p));
        }
        return new Run(strict, len, unknown, without);
    }

    private static List<EventDocument> sortedGold(List<EventDocument> gold) {
        Objects.requireNonNull(gold, "gold");
        index(gold, "gold");
        return gold.stream().sorted(Comparator.comparing(EventDocument::docId)).toList();
    }

    private static Map<String, EventDocument> index(List<EventDocument> docs, String what) {
        Map<String, EventDocument> byId = new LinkedHashMap<>();
        for (EventDocument d : docs) {
            if (byId.put(d.docId(), d) != null) {
                throw new ScoreInputException(what + ": doc_id '" + d.docId() + "' occurs more than once");
            }
        }
        return byId;
    }

    private static SlotCounts sum(List<SlotCounts> counts) {
        SlotCounts s = SlotCounts.ZERO;
        for (SlotCounts c : counts) s = s.plus(c);
        return s;
    }

    /** Settings; every one has a default, so {@code Scorer.builder().build()} is the spec's scorer. */
    public static final class Builder {
        private boolean ignoreOptional;
        private boolean lenient;
        private PlaceHierarchy hierarchy = PlaceHierarchy.fromRecordFields();
        private int samples = 1000;
        private long seed = 1;

        private Builder() {}

        /** Leave out optional gold events and values (default false), see {@code docs/scoring.md}. */
        public Builder ignoreOptional(boolean ignore) {
            this.ignoreOptional = ignore;
            return this;
        }

        /** Also compute lenient scores (default false). */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** The hierarchy of the lenient place rule (default {@link PlaceHierarchy#fromRecordFields()}). */
        public Builder placeHierarchy(PlaceHierarchy hierarchy) {
            this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
            return this;
        }

        /** Bootstrap resamples over documents (default 1000; 0 switches intervals and p-values off). */
        public Builder bootstrapSamples(int samples) {
            if (samples < 0) throw new IllegalArgumentException("samples must be >= 0, got " + samples);
            this.samples = samples;
            return this;
        }

        /** Seed of the bootstrap (default 1): the same seed gives the same intervals. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Scorer build() {
            return new Scorer(this);
        }
    }
}

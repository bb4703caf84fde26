package org.conflictie.score;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Resampling of documents with replacement, drawn once from a seed and reused for every table of a
 * run (strict, lenient) and for both runs of a comparison, so that the same seed always gives the
 * same numbers and a paired test compares the two runs on identical resamples.
 *
 * <p>Documents are the unit because errors within one article are not independent (one missed
 * event takes its date, place and casualties with it).
 */
final class Bootstrap {
    static final double LEVEL = 0.95;

    /** samples × documents indices into the gold documents, sorted by doc_id. */
    private final int[][] draws;

    private Bootstrap(int[][] draws) {
        this.draws = draws;
    }

    /** {@code samples} resamples of {@code documents} documents; the same arguments always draw the same. */
    static Bootstrap draw(int documents, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] draws = new int[samples][documents];
        for (int[] d : draws) {
            for (int k = 0; k < documents; k++) d[k] = random.nextInt(documents);
        }
        return new Bootstrap(draws);
    }

    int samples() {
        return draws.length;
    }

    /** Percentile 95% interval of every row's F1 (empty when there are no samples). */
    Map<Slot, ConfidenceInterval> f1Intervals(List<SlotCounts> perDocument) {
        Map<Slot, ConfidenceInterval> out = new EnumMap<>(Slot.class);
        if (draws.length == 0 || perDocument.isEmpty()) return out;
        double[][] f1 = f1PerSample(perDocument);
        for (Slot s : Slot.ROWS) out.put(s, percentile(f1[s.ordinal()]));
        return out;
    }

    /** Per row: the resampled differences F1(b) − F1(a), and the test of no difference. */
    Map<Slot, PairedResult> paired(List<SlotCounts> a, List<SlotCounts> b) {
        Map<Slot, PairedResult> out = new EnumMap<>(Slot.class);
        if (draws.length == 0 || a.isEmpty()) return out;
        double[][] fa = f1PerSample(a);
        double[][] fb = f1PerSample(b);
        long[] totalA = total(a), totalB = total(b);
        for (Slot s : Slot.ROWS) {
            double observed = SlotCounts.f1(totalB, s) - SlotCounts.f1(totalA, s);
            double[] diff = new double[draws.length];
            int asExtreme = 0;
            for (int k = 0; k < draws.length; k++) {
                diff[k] = fb[s.ordinal()][k] - fa[s.ordinal()][k];
                // Centred at the observed difference, the resampled differences approximate the
                // distribution under "no difference"; count those at least as far from it.
                if (Math.abs(diff[k] - observed) >= Math.abs(observed) - 1e-12) asExtreme++;
            }
            double p = (asExtreme + 1.0) / (draws.length + 1.0);
            out.put(s, new PairedResult(percentile(diff), p));
        }
        return out;
    }

    record PairedResult(ConfidenceInterval difference, double pValue) {}

    /** f1[row][sample]. */
    private double[][] f1PerSample(List<SlotCounts> perDocument) {
        double[][] f1 = new double[Slot.ROWS.size()][draws.length];
        long[][] flat = new long[perDocument.size()][];
        for (int d = 0; d < flat.length; d++) {
            flat[d] = new long[SlotCounts.width()];
            perDocument.get(d).addTo(flat[d]);
        }
        long[] acc = new long[SlotCounts.width()];
        for (int k = 0; k < draws.length; k++) {
            Arrays.fill(acc, 0);
            for (int doc : draws[k]) {
                long[] c = flat[doc];
                for (int i = 0; i < acc.length; i++) acc[i] += c[i];
            }
            for (Slot s : Slot.ROWS) f1[s.ordinal()][k] = SlotCounts.f1(acc, s);
        }
        return f1;
    }

    private static long[] total(List<SlotCounts> perDocument) {
        long[] acc = new long[SlotCounts.width()];
        for (SlotCounts c : perDocument) c.addTo(acc);
        return acc;
    }

    /**
     * The percentile interval: of B sorted values, the one at index ⌊0.025·B⌋ and the one at
     * ⌈0.975·B⌉ − 1, so equally many values fall outside on each side (25 of 1000).
     */
    static ConfidenceInterval percentile(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double tail = (1 - LEVEL) / 2;
        int lo = (int) Math.floor(tail * v.length + 1e-9);
        int hi = (int) Math.ceil((1 - tail) * v.length - 1e-9) - 1;
        lo = Math.min(Math.max(lo, 0), v.length - 1);
        hi = Math.min(Math.max(hi, lo), v.length - 1);
        return new ConfidenceInterval(v[lo], v[hi], LEVEL);
    }
}

package org.conflictie.score;

/**
 * True positives, false positives and false negatives of one slot, with the derived measures.
 *
 * <p><b>Zero convention:</b> precision is 0 when nothing was predicted (tp + fp = 0), recall is 0
 * when there was nothing to find (tp + fn = 0), and F1 is 0 when precision + recall = 0. So an
 * empty prediction on an empty gold set scores 0, not 1 or NaN: a slot that never occurs gives no
 * credit, and no number in a report is ever NaN.
 */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** tp / (tp + fp), or 0 when nothing was predicted. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** tp / (tp + fn), or 0 when the gold has nothing. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** Harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        return f1(tp, fp, fn);
    }

    /** F1 straight from the counts: 2tp / (2tp + fp + fn), which equals the harmonic mean, or 0. */
    static double f1(long tp, long fp, long fn) {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 0.0 : (double) num / den;
    }
}

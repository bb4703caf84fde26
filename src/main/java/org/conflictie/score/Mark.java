package org.conflictie.score;

import java.util.Locale;

/**
 * What the scorer concluded about one value, and what that adds to its slot's counts. Every count
 * in a report is the sum of these marks, so the diff and the numbers cannot disagree.
 */
public enum Mark {
    /** The prediction matches a gold value: one true positive. */
    RIGHT(1, 0, 0),
    /** A predicted value and a gold value of the same slot that do not match: one FP and one FN. */
    WRONG(0, 1, 1),
    /** A gold value nothing right was predicted for: one false negative. */
    MISSING(0, 0, 1),
    /** A predicted value with no gold value to match: one false positive. */
    SPURIOUS(0, 1, 0),
    /**
     * Not counted: with {@code ignoreOptional}, a gold value marked optional, and the prediction
     * (if any) that matched it.
     */
    EXCUSED(0, 0, 0);

    private final int tp, fp, fn;

    Mark(int tp, int fp, int fn) {
        this.tp = tp;
        this.fp = fp;
        this.fn = fn;
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

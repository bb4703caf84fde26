package org.conflictie.score;

/**
 * One row of a comparison.
 *
 * @param slot       the row
 * @param a          counts of run A
 * @param b          counts of run B
 * @param difference 95% bootstrap interval of F1(B) − F1(A), or null without bootstrap
 * @param pValue     paired bootstrap p-value of "no difference", or null without bootstrap
 */
public record SlotComparison(Slot slot, Counts a, Counts b, ConfidenceInterval difference, Double pValue) {
    /** F1(B) − F1(A). */
    public double f1Change() {
        return b.f1() - a.f1();
    }
}

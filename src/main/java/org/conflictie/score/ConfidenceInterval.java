package org.conflictie.score;

/**
 * A bootstrap percentile interval.
 *
 * @param low   lower bound
 * @param high  upper bound
 * @param level coverage, e.g. 0.95
 */
public record ConfidenceInterval(double low, double high, double level) {
    /** True when {@code x} lies in [low, high]. */
    public boolean contains(double x) {
        return low <= x && x <= high;
    }
}

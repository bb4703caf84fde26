package org.conflictie.score;

/**
 * How a report was made, printed with it so a number can be reproduced.
 *
 * @param ignoreOptional  optional gold events and values neither reward nor cost
 * @param lenient         a lenient table was computed beside the strict one
 * @param samples         bootstrap resamples (0: no intervals)
 * @param seed            the bootstrap's random seed
 */
public record ScoreOptions(boolean ignoreOptional, boolean lenient, int samples, long seed) {}

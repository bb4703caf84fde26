package org.conflictie.score;

/**
 * One line of a diff: a slot, the mark it earned, and the predicted and gold values involved.
 *
 * @param slot      never {@link Slot#ALL}
 * @param mark      what it adds to the counts
 * @param predicted the predicted value, or null (for {@link Mark#MISSING} and unmatched optional gold)
 * @param gold      the gold value, or null (for {@link Mark#SPURIOUS})
 */
public record ValueRow(Slot slot, Mark mark, Shown predicted, Shown gold) {}

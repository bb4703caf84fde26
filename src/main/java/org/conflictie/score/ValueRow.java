package org.conflictie.score;

/**
 * One line of a diff: a slot, the mark it earned, and the predicted and gold values involved.
 *
 * <p>The indices say which value of its event a side is, so that a reader of the marks (the HTML
 * view) can find the value itself, with its offsets and rule: for {@code attacker} and
 * {@code target} the position among the event's actors of that role, for {@code casualty} and
 * {@code casualty_group} the position in its casualties, 0 for the single-valued slots, and -1
 * when that side has no value.
 *
 * @param slot           never {@link Slot#ALL}
 * @param mark           what it adds to the counts
 * @param predicted      the predicted value, or null (for {@link Mark#MISSING} and unmatched optional gold)
 * @param gold           the gold value, or null (for {@link Mark#SPURIOUS})
 * @param predictedIndex which value of the predicted event, or -1 when {@code predicted} is null
 * @param goldIndex      which value of the gold event, or -1 when {@code gold} is null
 */
public record ValueRow(Slot slot, Mark mark, Shown predicted, Shown gold, int predictedIndex, int goldIndex) {
    public ValueRow {
        if ((predicted == null) != (predictedIndex < 0) || (gold == null) != (goldIndex < 0)) {
            throw new IllegalArgumentException("index and value disagree for " + slot + ": predicted "
                    + predictedIndex + "/" + predicted + ", gold " + goldIndex + "/" + gold);
        }
    }
}

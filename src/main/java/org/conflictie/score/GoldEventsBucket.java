package org.conflictie.score;

/**
 * The documents with a given number of (counted) gold events, scored together.
 *
 * @param label     {@code 0}, {@code 1}, {@code 2}, {@code 3} or {@code 4+}
 * @param documents how many documents fall in it
 * @param strict    their summed strict counts
 * @param lenient   their summed lenient counts, or null when no lenient table was asked for
 */
public record GoldEventsBucket(String label, int documents, SlotCounts strict, SlotCounts lenient) {
    static final String[] LABELS = {"0", "1", "2", "3", "4+"};

    static int index(int goldEvents) {
        return Math.min(goldEvents, LABELS.length - 1);
    }
}

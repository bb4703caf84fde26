package org.conflictie.score;

import java.util.List;

/** A document whose counts differ between two runs. */
public record ChangedDocument(String docId, SlotCounts a, SlotCounts b) {
    /** Document-level F1 of {@code all} in B minus in A. */
    public double allF1Change() {
        return b.get(Slot.ALL).f1() - a.get(Slot.ALL).f1();
    }

    /** The slots whose counts differ (not {@code all}). */
    public List<Slot> changedSlots() {
        return Slot.SLOTS.stream().filter(s -> !a.get(s).equals(b.get(s))).toList();
    }
}

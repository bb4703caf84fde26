package org.conflictie.score;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One score table: counts and measures per slot and {@code all}, with the bootstrap interval of
 * each F1 when intervals were computed.
 */
public record SlotTable(SlotCounts counts, Map<Slot, ConfidenceInterval> f1Intervals) {
    public SlotTable {
        f1Intervals = f1Intervals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(f1Intervals));
    }

    public Counts get(Slot slot) {
        return counts.get(slot);
    }

    public double f1(Slot slot) {
        return counts.get(slot).f1();
    }

    /** The 95% interval of this slot's F1, absent when the bootstrap was switched off. */
    public Optional<ConfidenceInterval> f1Interval(Slot slot) {
        return Optional.ofNullable(f1Intervals.get(slot));
    }
}

package org.conflictie.score;

import java.util.Arrays;
import java.util.Collection;

/**
 * Immutable tp/fp/fn for each of the nine slots; {@link Slot#ALL} is derived as their sum (without
 * {@code event}).
 */
public final class SlotCounts {
    public static final SlotCounts ZERO = new SlotCounts(new int[Slot.SLOTS.size() * 3]);

    /** tp, fp, fn of each slot, in {@link Slot#SLOTS} order. */
    private final int[] cells;

    private SlotCounts(int[] cells) {
        this.cells = cells;
    }

    /** Counts one value of every row's mark (see {@link Mark}). */
    static SlotCounts of(Collection<ValueRow> rows) {
        int[] c = new int[Slot.SLOTS.size() * 3];
        for (ValueRow r : rows) {
            int at = r.slot().ordinal() * 3;
            c[at] += r.mark().tp();
            c[at + 1] += r.mark().fp();
            c[at + 2] += r.mark().fn();
        }
        return new SlotCounts(c);
    }

    public Counts get(Slot slot) {
        if (slot == Slot.ALL) {
            Counts sum = Counts.ZERO;
            for (Slot s : Slot.SLOTS) {
                if (s.inAll()) sum = sum.plus(get(s));
            }
            return sum;
        }
        int at = slot.ordinal() * 3;
        return new Counts(cells[at], cells[at + 1], cells[at + 2]);
    }

    public SlotCounts plus(SlotCounts o) {
        int[] c = cells.clone();
        for (int i = 0; i < c.length; i++) c[i] += o.cells[i];
        return new SlotCounts(c);
    }

    /** Adds these counts into a flat accumulator laid out like {@link #cells} (for the bootstrap). */
    void addTo(long[] acc) {
        for (int i = 0; i < cells.length; i++) acc[i] += cells[i];
    }

    /** F1 of {@code slot} from a flat accumulator filled by {@link #addTo}. */
    static double f1(long[] acc, Slot slot) {
        if (slot == Slot.ALL) {
            long tp = 0, fp = 0, fn = 0;
            for (Slot s : Slot.SLOTS) {
                if (!s.inAll()) continue;
                int at = s.ordinal() * 3;
                tp += acc[at];
                fp += acc[at + 1];
                fn += acc[at + 2];
            }
            return Counts.f1(tp, fp, fn);
        }
        int at = slot.ordinal() * 3;
        return Counts.f1(acc[at], acc[at + 1], acc[at + 2]);
    }

    static int width() {
        return Slot.SLOTS.size() * 3;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotCounts s && Arrays.equals(cells, s.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SlotCounts[");
        for (Slot slot : Slot.ROWS) {
            Counts c = get(slot);
            s.append(slot.code()).append('=').append(c.tp()).append('/').append(c.fp()).append('/').append(c.fn());
            if (slot != Slot.ALL) s.append(", ");
        }
        return s.append(']').toString();
    }
}

package org.conflictie.score;

import java.util.List;
import org.conflictie.model.Event;

/**
 * A predicted event set against a gold event (a pair), or either one alone (unpaired), with every
 * value marked.
 *
 * @param predicted the predicted event, or null for an unpaired gold event
 * @param gold      the gold event, or null for an unpaired predicted event
 * @param counted   false when the gold event is optional and optional items are ignored: the rows
 *                  are kept for the diff but add nothing to the counts
 * @param rows      one per value, in slot order
 */
public record EventAlignment(Event predicted, Event gold, boolean counted, List<ValueRow> rows) {
    public EventAlignment {
        rows = List.copyOf(rows);
    }

    public boolean isPair() {
        return predicted != null && gold != null;
    }

    /** What this alignment adds to its document's counts (nothing when not {@link #counted}). */
    public SlotCounts counts() {
        return counted ? SlotCounts.of(rows) : SlotCounts.ZERO;
    }

    /** The agreeing values the pairing maximises: right values of subtype … casualty. */
    int agreements() {
        int n = 0;
        for (ValueRow r : rows) {
            if (r.mark() == Mark.RIGHT && r.slot().inPairingObjective()) n++;
        }
        return n;
    }

    int groupAgreements() {
        int n = 0;
        for (ValueRow r : rows) {
            if (r.mark() == Mark.RIGHT && r.slot() == Slot.CASUALTY_GROUP) n++;
        }
        return n;
    }
}

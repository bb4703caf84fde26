package org.conflictie.score;

import java.util.List;

/**
 * How one gold document was scored.
 *
 * @param docId           the document
 * @param goldEvents      gold events in the file
 * @param countedGold     gold events that count (all of them, or the non-optional ones when
 *                        optional items are ignored); the by-gold-events breakdown uses this
 * @param predictedEvents predicted events (0 when the run has no line for the document)
 * @param hasPrediction   false when the run has no line for the document (scored as no events)
 * @param alignments      pairs in gold order, then unpaired gold events, then unpaired predicted events
 * @param counts          the sum of the counted alignments
 */
public record DocumentScore(String docId, int goldEvents, int countedGold, int predictedEvents,
                            boolean hasPrediction, List<EventAlignment> alignments, SlotCounts counts) {
    public DocumentScore {
        alignments = List.copyOf(alignments);
    }
}

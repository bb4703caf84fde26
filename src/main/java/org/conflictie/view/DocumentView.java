package org.conflictie.view;

import java.nio.file.Path;
import java.util.List;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.score.DocumentScore;
import org.conflictie.score.EventAlignment;
import org.conflictie.score.Slot;

/**
 * Everything the report shows of one document.
 *
 * @param docId     the document
 * @param predicted the run's line for it, or null when only the gold has it
 * @param score     the scorer's verdict, or null without gold for this document
 * @param text      the article, or null when its file is missing
 * @param textFile  where the article was looked for
 */
record DocumentView(String docId, EventDocument predicted, DocumentScore score, String text, Path textFile) {

    /**
     * The table's rows: the scorer's alignments (pairs, missed gold events, unpaired predictions), or
     * without gold each predicted event alone and unmarked.
     */
    List<EventAlignment> rows() {
        if (score != null) return score.alignments();
        List<Event> events = predicted == null ? List.of() : predicted.events();
        return events.stream().map(e -> new EventAlignment(e, null, true, List.of())).toList();
    }

    int predictedEvents() {
        return predicted == null ? 0 : predicted.events().size();
    }

    /** F1 over every slot but event, or null without gold. */
    Double allF1() {
        return score == null ? null : score.counts().get(Slot.ALL).f1();
    }

    /** The key that ties a table row to its highlights: the predicted event's id, or the gold event's. */
    static String rowKey(EventAlignment a) {
        return a.predicted() != null ? "p:" + a.predicted().id() : "g:" + a.gold().id();
    }
}

package org.conflictie.score;

import static org.conflictie.model.Subtype.BOMBING;
import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    static Event bomb(String id, String place) {
        return ev(id).subtype(BOMBING).place(place).build();
    }

    // d0: no gold event, one spurious prediction (event fp 1, all fp 2)
    // d1: one gold event, predicted exactly (event tp 1, all tp 2)
    // d4: five gold events, none predicted (event fn 5, all fn 10)
    // d2: two gold events, one of them optional, both predicted
    static final List<EventDocument> GOLD = docs(doc("d0"), doc("d1", bomb("e1", "Kirkuk")),
            doc("d4", bomb("e1", "A"), bomb("e2", "B"), bomb("e3", "C"), bomb("e4", "D"), bomb("e5", "E")),
            doc("d2", bomb("e1", "Mosul"), ev("e2").subtype(BOMBING).place("Erbil").optional().build()));
    static final List<EventDocument> PRED = docs(doc("d0", bomb("p1", "Basra")), doc("d1", bomb("p1", "Kirkuk")),
            doc("d4"), doc("d2", bomb("p1", "Mosul"), bomb("p2", "Erbil")));

    @Test
    void perDocumentInDocIdOrder() {
        ScoreReport r = Scorer.builder().bootstrapSamples(0).build().score(GOLD, PRED);
        assertEquals(List.of("d0", "d1", "d2", "d4"), r.perDocument().stream().map(DocumentScore::docId).toList());
        assertEquals(new Counts(0, 1, 0), r.document("d0").orElseThrow().counts().get(Slot.EVENT));
        assertEquals(new Counts(2, 0, 0), r.document("d1").orElseThrow().counts().get(Slot.ALL));
        assertEquals(new Counts(0, 0, 10), r.document("d4").orElseThrow().counts().get(Slot.ALL));
        assertEquals(5, r.document("d4").orElseThrow().goldEvents());
        assertTrue(r.toText(true).contains("d4"));
        assertFalse(r.toText(false).contains("d4"));
    }

    @Test
    void byNumberOfGoldEvents() {
        ScoreReport r = Scorer.builder().bootstrapSamples(0).build().score(GOLD, PRED);
        assertEquals(List.of("0", "1", "2", "3", "4+"), r.byGoldEvents().stream().map(GoldEventsBucket::label).toList());
        GoldEventsBucket zero = r.byGoldEvents().get(0), one = r.byGoldEvents().get(1), two = r.byGoldEvents().get(2);
        GoldEventsBucket three = r.byGoldEvents().get(3), many = r.byGoldEvents().get(4);
        assertEquals(1, zero.documents());
        assertEquals(new Counts(0, 2, 0), zero.strict().get(Slot.ALL));
        assertEquals(1, one.documents());
        assertEquals(1.0, one.strict().get(Slot.ALL).f1());
        assertEquals(1, two.documents());
        assertEquals(new Counts(4, 0, 0), two.strict().get(Slot.ALL));
        assertEquals(0, three.documents());
        assertEquals(1, many.documents());
        assertEquals(new Counts(0, 0, 5), many.strict().get(Slot.EVENT));
    }

    @Test
    void withOptionalIgnoredDocumentsAreBucketedByCountedGoldEvents() {
        ScoreReport r = Scorer.builder().ignoreOptional(true).bootstrapSamples(0).build().score(GOLD, PRED);
        // d2 has one counted gold event now, so bucket "1" holds d1 and d2.
        assertEquals(2, r.byGoldEvents().get(1).documents());
        assertEquals(0, r.byGoldEvents().get(2).documents());
        assertEquals(new Counts(4, 0, 0), r.byGoldEvents().get(1).strict().get(Slot.ALL));
    }
}

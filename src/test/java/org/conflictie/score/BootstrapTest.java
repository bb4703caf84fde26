package org.conflictie.score;

import static org.conflictie.model.Subtype.BOMBING;
import static org.conflictie.score.TestEvents.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** 60 one-event documents; the run gets the place of every third one wrong and misses every fifth. */
    static final List<EventDocument> GOLD = new ArrayList<>(), RUN_A = new ArrayList<>(), RUN_B = new ArrayList<>();

    static {
        for (int i = 0; i < 60; i++) {
            String id = String.format("doc-%02d", i);
            Event gold = ev("e1").subtype(BOMBING).place("Town " + i).date("2021-05-" + (10 + i % 20)).build();
            GOLD.add(new EventDocument(id, null, List.of(gold)));
            Event a = ev("p1").subtype(BOMBING).place(i % 3 == 0 ? "Elsewhere" : "Town " + i).build();
            RUN_A.add(new EventDocument(id, null, i % 5 == 0 ? List.of() : List.of(a)));
            // B fixes the dates everywhere it predicts: clearly better.
            Event b = ev("p1").subtype(BOMBING).place(i % 3 == 0 ? "Elsewhere" : "Town " + i)
                    .date("2021-05-" + (10 + i % 20)).build();
            RUN_B.add(new EventDocument(id, null, i % 5 == 0 ? List.of() : List.of(b)));
        }
    }

    @Test
    void sameSeedSameIntervalsOtherSeedOtherIntervals() {
        ScoreReport r1 = Scorer.builder().seed(42).build().score(GOLD, RUN_A);
        ScoreReport r2 = Scorer.builder().seed(42).build().score(GOLD, RUN_A);
        ScoreReport r3 = Scorer.builder().seed(43).build().score(GOLD, RUN_A);
        assertEquals(r1.strict().f1Intervals(), r2.strict().f1Intervals());
        assertEquals(r1.toJson(), r2.toJson());
        assertNotEquals(r1.strict().f1Interval(Slot.ALL), r3.strict().f1Interval(Slot.ALL));
    }

    @Test
    void intervalsContainTheObservedF1() {
        ScoreReport r = Scorer.builder().build().score(GOLD, RUN_A);
        for (Slot s : Slot.ROWS) {
            ConfidenceInterval ci = r.strict().f1Interval(s).orElseThrow();
            assertTrue(ci.low() <= ci.high(), s.code());
            assertTrue(ci.contains(r.f1(s)), s + " " + ci + " " + r.f1(s));
        }
        // Every place is right or wrong in a third of the documents: the interval is not a point.
        ConfidenceInterval place = r.strict().f1Interval(Slot.PLACE).orElseThrow();
        assertTrue(place.high() - place.low() > 0.05, place.toString());
    }

    @Test
    void zeroSamplesMeansNoIntervals() {
        ScoreReport r = Scorer.builder().bootstrapSamples(0).build().score(GOLD, RUN_A);
        assertTrue(r.strict().f1Interval(Slot.ALL).isEmpty());
        assertTrue(r.toString().contains("No bootstrap"));
    }

    @Test
    void percentileIndices() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) v[i] = 999 - i; // unsorted on purpose
        ConfidenceInterval ci = Bootstrap.percentile(v);
        assertEquals(25.0, ci.low());   // 25 values below
        assertEquals(974.0, ci.high()); // 25 values above
    }

    @Test
    void identicalRunsShowNoDifference() {
        ComparisonReport c = Scorer.builder().build().compare(GOLD, RUN_A, RUN_A);
        for (SlotComparison row : c.rows()) {
            assertEquals(0.0, row.f1Change(), row.slot().code());
            assertEquals(1.0, row.pValue(), row.slot().code());
            assertEquals(0.0, row.difference().low());
            assertEquals(0.0, row.difference().high());
        }
        assertTrue(c.changed().isEmpty());
        assertTrue(c.toString().contains("No document's counts changed."));
    }

    @Test
    void aClearImprovementIsSignificantAndItsDocumentsListed() {
        ComparisonReport c = Scorer.builder().build().compare(GOLD, RUN_A, RUN_B, "a.jsonl", "b.jsonl");
        SlotComparison date = c.row(Slot.DATE);
        assertEquals(0.0, date.a().f1());
        assertTrue(date.f1Change() > 0.8, date.toString());
        assertTrue(date.pValue() < 0.01, date.toString());
        assertTrue(date.difference().low() > 0);
        // Places are identical in both runs: no difference, p = 1.
        assertEquals(1.0, c.row(Slot.PLACE).pValue());
        // Documents where B predicted (48 of 60) gained a date.
        assertEquals(48, c.changed().size());
        assertEquals(List.of(Slot.DATE), c.changed().get(0).changedSlots());
        assertTrue(c.toString().contains("b.jsonl"));
        // Swapping the runs mirrors the difference and keeps the p-value.
        ComparisonReport back = Scorer.builder().build().compare(GOLD, RUN_B, RUN_A);
        assertEquals(-date.f1Change(), back.row(Slot.DATE).f1Change(), 1e-12);
        assertEquals(date.pValue(), back.row(Slot.DATE).pValue(), 1e-12);
    }

    @Test
    void noiseIsNotSignificant() {
        // B differs from A by one wrong place in one of 60 documents.
        List<EventDocument> b = new ArrayList<>(RUN_A);
        b.set(1, new EventDocument("doc-01", null, List.of(ev("p1").subtype(BOMBING).place("Nowhere").build())));
        ComparisonReport c = Scorer.builder().build().compare(GOLD, RUN_A, b);
        assertTrue(c.row(Slot.PLACE).pValue() > 0.2, c.row(Slot.PLACE).toString());
        assertEquals(1, c.changed().size());
        assertEquals("doc-01", c.changed().get(0).docId());
    }
}

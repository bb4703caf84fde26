package org.conflictie.score;

import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.conflictie.score.TestEvents.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictie.model.Event;
import org.conflictie.model.Place;
import org.junit.jupiter.api.Test;

class LenientTest {

    static final MatchRules STRICT = MatchRules.strict();
    static final MatchRules LENIENT = MatchRules.lenient(PlaceHierarchy.fromRecordFields());

    @Test
    void dates() {
        assertTrue(LENIENT.sameDate("2021-05-04", "2021-05-03"));   // one day after
        assertTrue(LENIENT.sameDate("2021-05-02", "2021-05-03"));   // one day before
        assertTrue(LENIENT.sameDate("2020-12-31", "2021-01-01"));   // across a year
        assertFalse(LENIENT.sameDate("2021-05-05", "2021-05-03"));  // two days
        assertTrue(LENIENT.sameDate("2021-05-17", "2021-05"));      // gold gives only the month
        assertTrue(LENIENT.sameDate("2021-05", "2021-05"));
        assertFalse(LENIENT.sameDate("2021-06-01", "2021-05"));
        assertTrue(LENIENT.sameDate("2021-12-31", "2021"));         // gold gives only the year
        assertFalse(LENIENT.sameDate("2021-05", "2021-05-03"));     // a prediction vaguer than the gold
        assertFalse(STRICT.sameDate("2021-05-04", "2021-05-03"));
        assertFalse(STRICT.sameDate("2021-05-17", "2021-05"));
    }

    @Test
    void placesWithinTheirAdmin1() {
        Place rockford = place("Rockford", "ROCKFORD", "Illinois", "US");
        Place illinois = place("Illinois", null, "Illinois", "US");
        Place springfield = place("Springfield", null, "Illinois", "US");
        assertTrue(LENIENT.samePlace(illinois, rockford));    // predicted the state of the gold city
        assertTrue(LENIENT.samePlace(rockford, illinois));    // predicted a city of the gold state
        assertFalse(LENIENT.samePlace(springfield, rockford)); // two cities of one state: no
        assertFalse(STRICT.samePlace(illinois, rockford));
        // A different country is never contained, whatever the admin1 says.
        assertFalse(LENIENT.samePlace(place("Atlanta", null, "Georgia", "US"), place("Georgia", null, null, "GE")));
    }

    @Test
    void aPluggedInHierarchyIsUsed() {
        PlaceHierarchy gazetteer = (outer, inner) -> "Iraq".equals(outer.name()) && "Kirkuk".equals(inner.name());
        MatchRules rules = MatchRules.lenient(gazetteer);
        assertTrue(rules.samePlace(place("Iraq", null, null, null), place("Kirkuk", null, null, null)));
        assertFalse(rules.samePlace(place("Syria", null, null, null), place("Kirkuk", null, null, null)));
    }

    @Test
    void countsWithinTenPercent() {
        assertTrue(LENIENT.sameCount(15, 14));     // |15-14| = 1 <= 1.4
        assertTrue(LENIENT.sameCount(110, 100));   // 10 <= 10
        assertFalse(LENIENT.sameCount(111, 100));
        assertFalse(LENIENT.sameCount(6, 5));      // under 10 the figure must be exact
        assertTrue(LENIENT.sameCount(null, null));
        assertFalse(LENIENT.sameCount(3, null));
        assertFalse(STRICT.sameCount(15, 14));
        assertTrue(STRICT.sameCount(null, null));
    }

    @Test
    void bothTablesAreReportedAndLenientPairsByItsOwnRules() {
        // Only a date, one day off: strictly nothing agrees (no pair); leniently the events pair.
        Event gold = ev("e1").date("2021-05-03").place(place("Rockford", null, "Illinois", "US")).killed(20).build();
        Event pred = ev("p1").date("2021-05-04").place(place("Illinois", null, null, null)).killed(21).build();
        ScoreReport r = Scorer.builder().lenient(true).bootstrapSamples(0).build()
                .score(docs(doc("d", gold)), docs(doc("d", pred)));
        assertEquals(new Counts(0, 1, 1), r.strict().get(Slot.EVENT));
        assertEquals(new Counts(0, 1, 1), r.strict().get(Slot.DATE));
        SlotTable lenient = r.lenientTable().orElseThrow();
        assertEquals(new Counts(1, 0, 0), lenient.get(Slot.EVENT));
        assertEquals(new Counts(1, 0, 0), lenient.get(Slot.DATE));
        assertEquals(new Counts(1, 0, 0), lenient.get(Slot.PLACE));
        assertEquals(new Counts(1, 0, 0), lenient.get(Slot.CASUALTY));    // 21 for 20: within 10%
        assertEquals(new Counts(0, 0, 1), lenient.get(Slot.COUNTRY));     // country is never lenient
        assertTrue(r.toString().contains("Lenient"));
        assertFalse(Scorer.builder().bootstrapSamples(0).build()
                .score(docs(doc("d", gold)), docs(doc("d", pred))).lenientTable().isPresent());
    }
}

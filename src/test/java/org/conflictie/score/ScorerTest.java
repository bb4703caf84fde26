package org.conflictie.score;

import static org.conflictie.model.Subtype.ARMED_ASSAULT;
import static org.conflictie.model.Subtype.BOMBING;
import static org.conflictie.model.Subtype.SHELLING;
import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.conflictie.score.TestEvents.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Role;
import org.junit.jupiter.api.Test;

/** Hand-worked cases of the spec's scoring; the expected numbers are derived in the comments. */
class ScorerTest {

    static final Scorer STRICT = Scorer.builder().bootstrapSamples(0).build();
    static final Scorer IGNORE_OPTIONAL = Scorer.builder().ignoreOptional(true).bootstrapSamples(0).build();

    /** The spec's example event: every slot has one value. */
    static Event kirkuk(String id) {
        return ev(id).subtype(SHELLING).date("2021-05-03").place(place("Kirkuk", "the Kirkuk air base", "Kirkuk", "IQ"))
                .attacker("Kataib Hezbollah").target("US military")
                .casualty(Outcome.KILLED, 1, "civilians", "killing a civilian contractor", null, false).build();
    }

    static void assertCounts(ScoreReport r, Slot slot, int tp, int fp, int fn) {
        assertEquals(new Counts(tp, fp, fn), r.strict().get(slot), slot.code());
    }

    @Test
    void perfectPredictionScoresOneEverywhere() {
        ScoreReport r = STRICT.score(docs(doc("d", kirkuk("e1"))), docs(doc("d", kirkuk("p1"))));
        // One value in each of the 8 slots but event: all = 8 tp.
        for (Slot s : Slot.SLOTS) assertCounts(r, s, 1, 0, 0);
        assertCounts(r, Slot.ALL, 8, 0, 0);
        for (Slot s : Slot.ROWS) assertEquals(1.0, r.f1(s), s.code());
    }

    @Test
    void emptyGoldAndEmptyPredictionScoreZeroNotNaN() {
        ScoreReport r = STRICT.score(docs(doc("d")), docs(doc("d")));
        assertCounts(r, Slot.ALL, 0, 0, 0);
        assertEquals(0.0, r.f1(Slot.EVENT)); // the zero convention, see Counts
        assertEquals(1, r.documents());
    }

    @Test
    void emptyPredictionMissesEverything() {
        ScoreReport r = STRICT.score(docs(doc("d", kirkuk("e1"))), docs(doc("d")));
        assertCounts(r, Slot.EVENT, 0, 0, 1);
        assertCounts(r, Slot.ALL, 0, 0, 8);
        assertEquals(0.0, r.f1(Slot.ALL));
    }

    @Test
    void eventOrderDoesNotMatter() {
        Event a = ev("e1").subtype(BOMBING).place("Mosul").build();
        Event b = ev("e2").subtype(SHELLING).place("Kirkuk").date("2021-05-01").build();
        Event pa = ev("x").subtype(BOMBING).place("Mosul").build();
        Event pb = ev("y").subtype(SHELLING).place("Kirkuk").date("2021-05-01").build();
        ScoreReport r = STRICT.score(docs(doc("d", a, b)), docs(doc("d", pb, pa)));
        assertCounts(r, Slot.EVENT, 2, 0, 0);
        assertCounts(r, Slot.ALL, 5, 0, 0); // 2 subtypes + 2 places + 1 date
    }

    @Test
    void partialSlots() {
        Event gold = ev("e1").subtype(BOMBING).date("2021-05-03").place("Kirkuk", "IQ").attacker("ISIS")
                .target("police").casualty(Outcome.KILLED, 3, "police", null, null, false).build();
        Event pred = ev("p1").subtype(SHELLING).date("2021-05-03").attacker("ISIS").target("police")
                .target("civilians").casualty(Outcome.KILLED, 4, "police", null, null, false).build();
        ScoreReport r = STRICT.score(docs(doc("d", gold)), docs(doc("d", pred)));
        assertCounts(r, Slot.EVENT, 1, 0, 0);
        assertCounts(r, Slot.SUBTYPE, 0, 1, 1);        // shelling for bombing: wrong
        assertCounts(r, Slot.DATE, 1, 0, 0);
        assertCounts(r, Slot.PLACE, 0, 0, 1);          // no place predicted: missing
        assertCounts(r, Slot.COUNTRY, 0, 0, 1);        // ... and so no country
        assertCounts(r, Slot.ATTACKER, 1, 0, 0);
        assertCounts(r, Slot.TARGET, 1, 1, 0);         // civilians is spurious
        assertCounts(r, Slot.CASUALTY, 0, 1, 1);       // 4 killed for 3 killed
        assertCounts(r, Slot.CASUALTY_GROUP, 0, 1, 1);
        // all: tp = date+attacker+target = 3; fp = subtype+target+casualty+group = 4;
        // fn = subtype+place+country+casualty+group = 5. F1 = 6/(6+4+5) = 0.4
        assertCounts(r, Slot.ALL, 3, 4, 5);
        assertEquals(0.4, r.f1(Slot.ALL), 1e-12);
    }

    @Test
    void extraAndMissingEvents() {
        Event g1 = ev("e1").subtype(BOMBING).place("Kirkuk", "IQ").build();
        Event g2 = ev("e2").subtype(ARMED_ASSAULT).date("2021-05-01").build();
        Event p1 = ev("p1").subtype(BOMBING).place("Kirkuk", "IQ").build();
        Event p2 = ev("p2").subtype(SHELLING).place("Mosul", "SY").build(); // agrees with nothing
        ScoreReport r = STRICT.score(docs(doc("d", g1, g2)), docs(doc("d", p1, p2)));
        // p1-e1 pair (3 agreeing values); p2 cannot pair with e2 (no value agrees): both unpaired.
        assertCounts(r, Slot.EVENT, 1, 1, 1);
        assertCounts(r, Slot.SUBTYPE, 1, 1, 1);
        assertCounts(r, Slot.PLACE, 1, 1, 0);
        assertCounts(r, Slot.COUNTRY, 1, 1, 0);
        assertCounts(r, Slot.DATE, 0, 0, 1);
        assertCounts(r, Slot.ALL, 3, 3, 2);
    }

    @Test
    void aPairMustAgreeOnAtLeastOneValue() {
        ScoreReport r = STRICT.score(docs(doc("d", ev("e1").subtype(BOMBING).place("Kirkuk").build())),
                docs(doc("d", ev("p1").subtype(SHELLING).place("Mosul").build())));
        // Unpaired: every predicted value FP, every gold value FN (not "wrong" in one pair).
        assertCounts(r, Slot.EVENT, 0, 1, 1);
        assertCounts(r, Slot.SUBTYPE, 0, 1, 1);
        assertCounts(r, Slot.PLACE, 0, 1, 1);
    }

    @Test
    void optionalGoldEventsCountWithoutTheFlag() {
        Event g1 = ev("e1").subtype(BOMBING).place("Kirkuk").build();
        Event g2 = ev("e2").subtype(ARMED_ASSAULT).place("Mosul").optional().build();
        Event p1 = ev("p1").subtype(BOMBING).place("Kirkuk").build();
        Event p2 = ev("p2").subtype(ARMED_ASSAULT).place("Mosul").build();
        List<EventDocument> gold = docs(doc("d", g1, g2));

        ScoreReport onlyP1 = STRICT.score(gold, docs(doc("d", p1)));
        assertCounts(onlyP1, Slot.EVENT, 1, 0, 1);    // e2 missed
        assertCounts(onlyP1, Slot.ALL, 2, 0, 2);

        ScoreReport both = STRICT.score(gold, docs(doc("d", p1, p2)));
        assertCounts(both, Slot.EVENT, 2, 0, 0);
        assertCounts(both, Slot.ALL, 4, 0, 0);
    }

    @Test
    void optionalGoldEventsNeitherRewardNorCostWithTheFlag() {
        Event g1 = ev("e1").subtype(BOMBING).place("Kirkuk").build();
        Event g2 = ev("e2").subtype(ARMED_ASSAULT).place("Mosul").optional().build();
        Event p1 = ev("p1").subtype(BOMBING).place("Kirkuk").build();
        Event p2 = ev("p2").subtype(ARMED_ASSAULT).place("Mosul").build();
        List<EventDocument> gold = docs(doc("d", g1, g2));

        ScoreReport onlyP1 = IGNORE_OPTIONAL.score(gold, docs(doc("d", p1)));
        assertCounts(onlyP1, Slot.EVENT, 1, 0, 0);    // missing e2 costs nothing
        assertCounts(onlyP1, Slot.ALL, 2, 0, 0);
        ScoreReport both = IGNORE_OPTIONAL.score(gold, docs(doc("d", p1, p2)));
        assertCounts(both, Slot.EVENT, 1, 0, 0);      // predicting it earns nothing and is no FP
        assertCounts(both, Slot.ALL, 2, 0, 0);
        assertEquals(2, both.goldEvents());
        assertEquals(1, both.countedGoldEvents());
    }

    @Test
    void withTheFlagPairingIsDoneAgainstAllGoldEventsFirst() {
        // e1 (counted) and e2 (optional) differ only in the date. The prediction agrees with e2 on 3
        // values and with e1 on 2, so it pairs with e2, and that pair is left out: e1 is missed and
        // the prediction costs nothing (the spec's "pair against all gold events first").
        Event e1 = ev("e1").subtype(ARMED_ASSAULT).place("Mosul").date("2021-05-01").build();
        Event e2 = ev("e2").subtype(ARMED_ASSAULT).place("Mosul").date("2021-05-02").optional().build();
        Event p = ev("p").subtype(ARMED_ASSAULT).place("Mosul").date("2021-05-02").build();
        ScoreReport r = IGNORE_OPTIONAL.score(docs(doc("d", e1, e2)), docs(doc("d", p)));
        assertCounts(r, Slot.EVENT, 0, 0, 1);
        assertCounts(r, Slot.ALL, 0, 0, 3);
    }

    @Test
    void withTheFlagATieGoesToTheCountedGoldEvent() {
        // The prediction fits e1 (counted) and e2 (optional) equally well. The spec leaves the tie
        // open; the scorer pairs it with the counted event, in whichever order they are listed.
        Event e1 = ev("e1").subtype(BOMBING).place("Kirkuk").build();
        Event e2 = ev("e2").subtype(BOMBING).place("Kirkuk").optional().build();
        Event p = ev("p").subtype(BOMBING).place("Kirkuk").build();
        for (EventDocument gold : List.of(doc("d", e1, e2), doc("d", e2, e1))) {
            ScoreReport r = IGNORE_OPTIONAL.score(docs(gold), docs(doc("d", p)));
            assertCounts(r, Slot.EVENT, 1, 0, 0);
            assertCounts(r, Slot.ALL, 2, 0, 0);
        }
    }

    @Test
    void optionalValuesInsideACountedEvent() {
        Event gold = ev("e1").subtype(BOMBING).attacker("ISIS").actor(Role.ATTACKER, "gunmen", "gunmen", true)
                .killed(3).casualty(Outcome.INJURED, null, null, null, null, true).build();
        Event justTheSure = ev("p1").subtype(BOMBING).attacker("ISIS").killed(3).build();
        Event everything = ev("p1").subtype(BOMBING).attacker("ISIS").attacker("Gunmen").killed(3).injured(null).build();
        Event wrongAttacker = ev("p1").subtype(BOMBING).attacker("militants").killed(3).build();
        List<EventDocument> gold1 = docs(doc("d", gold));

        // Without the flag optional values are ordinary: gunmen and the injured entry are missed.
        ScoreReport plain = STRICT.score(gold1, docs(doc("d", justTheSure)));
        assertCounts(plain, Slot.ATTACKER, 1, 0, 1);
        assertCounts(plain, Slot.CASUALTY, 1, 0, 1);
        assertCounts(plain, Slot.CASUALTY_GROUP, 1, 0, 1); // both groups absent: they agree

        // With it, an unmatched optional value is no FN ...
        ScoreReport r1 = IGNORE_OPTIONAL.score(gold1, docs(doc("d", justTheSure)));
        assertCounts(r1, Slot.ATTACKER, 1, 0, 0);
        assertCounts(r1, Slot.CASUALTY, 1, 0, 0);
        // ... and a prediction matching one is neither TP nor FP.
        ScoreReport r2 = IGNORE_OPTIONAL.score(gold1, docs(doc("d", everything)));
        assertCounts(r2, Slot.ATTACKER, 1, 0, 0);
        assertCounts(r2, Slot.CASUALTY, 1, 0, 0);
        // A wrong value is still wrong, and the sure gold value still missed.
        ScoreReport r3 = IGNORE_OPTIONAL.score(gold1, docs(doc("d", wrongAttacker)));
        assertCounts(r3, Slot.ATTACKER, 0, 1, 1);
    }

    @Test
    void altWordingsAndTextMatch() {
        Event gold = ev("e1").place(place("Kirkuk", "the Kirkuk air base", null, "IQ"))
                .actor(Role.TARGET, "US military", "US forces", false, "coalition troops").build();
        // name "Kirkuk Air Base" = gold text without "the"; target "Coalition Troops" = an alt
        Event pred = ev("p1").place(place("Kirkuk Air Base", null, null, null))
                .actor(Role.TARGET, "Coalition Troops", "coalition troops", false).build();
        ScoreReport r = STRICT.score(docs(doc("d", gold)), docs(doc("d", pred)));
        assertCounts(r, Slot.PLACE, 1, 0, 0);
        assertCounts(r, Slot.TARGET, 1, 0, 0);
        assertCounts(r, Slot.COUNTRY, 0, 0, 1);
        // A prediction's own alt does not count: only its name and text are matched.
        Event altOnly = ev("p1").actor(Role.TARGET, "soldiers", "soldiers", false, "US forces").build();
        ScoreReport r2 = STRICT.score(docs(doc("d", gold)), docs(doc("d", altOnly)));
        assertCounts(r2, Slot.EVENT, 0, 1, 1);  // nothing agrees, so no pair:
        assertCounts(r2, Slot.TARGET, 0, 1, 1); // soldiers spurious, US military missed
    }

    @Test
    void hyphensAndAccents() {
        Event gold = ev("e1").place("Bogotá").attacker("Al-Shabaab").build();
        Event pred = ev("p1").place("BOGOTA").attacker("al Shabaab").build();
        ScoreReport r = STRICT.score(docs(doc("d", gold)), docs(doc("d", pred)));
        assertCounts(r, Slot.PLACE, 1, 0, 0);
        assertCounts(r, Slot.ATTACKER, 1, 0, 0);
    }

    @Test
    void conflictingFiguresAreTwoGoldValues() {
        // The gold keeps both figures (14 per police, 15 per the hospital). Per the spec each entry is
        // a gold value, so predicting one of them finds one and misses the other.
        Event gold = ev("e1").subtype(BOMBING)
                .casualty(Outcome.KILLED, 14, "civilians", "14 people were killed", "police", false)
                .casualty(Outcome.KILLED, 15, "civilians", "15 dead", "the hospital", false).build();
        List<EventDocument> g = docs(doc("d", gold));

        ScoreReport one = STRICT.score(g, docs(doc("d", ev("p").subtype(BOMBING)
                .casualty(Outcome.KILLED, 14, "Civilians", null, null, false).build())));
        assertCounts(one, Slot.CASUALTY, 1, 0, 1);
        assertCounts(one, Slot.CASUALTY_GROUP, 1, 0, 1);

        ScoreReport both = STRICT.score(g, docs(doc("d", ev("p").subtype(BOMBING)
                .casualty(Outcome.KILLED, 15, "civilians", null, null, false)
                .casualty(Outcome.KILLED, 14, "civilians", null, null, false).build())));
        assertCounts(both, Slot.CASUALTY, 2, 0, 0);

        // Each gold entry matches at most once: the second 14 is spurious.
        ScoreReport twice = STRICT.score(g, docs(doc("d", ev("p").subtype(BOMBING).killed(14).killed(14).build())));
        assertCounts(twice, Slot.CASUALTY, 1, 1, 1);
        assertCounts(twice, Slot.CASUALTY_GROUP, 0, 2, 2); // no predicted group: it does not match "civilians"
    }

    @Test
    void casualtyGroupMatchesTheGoldActorsWordings() {
        Event gold = ev("e1").actor(Role.TARGET, "ROBERTO GARCIA ALVARADO", "ROBERTO GARCIA ALVARADO", false,
                        "ATTORNEY GENERAL")
                .casualty(Outcome.KILLED, 1, "ROBERTO GARCIA ALVARADO", null, null, false).build();
        Event pred = ev("p1").casualty(Outcome.KILLED, 1, "the attorney general", null, null, false).build();
        ScoreReport r = STRICT.score(docs(doc("d", gold)), docs(doc("d", pred)));
        assertCounts(r, Slot.CASUALTY, 1, 0, 0);
        assertCounts(r, Slot.CASUALTY_GROUP, 1, 0, 0);
    }

    @Test
    void optimalPairingBeatsGreedy() {
        // Agreements (subtype, date, place, attacker, target):
        //          e1   e2
        //   p1      3    2      p1-e1: subtype, date, place; p1-e2: attacker, target
        //   p2      2    0      p2-e1: place, attacker
        // Greedy takes p1-e1 (3) and leaves p2 and e2 unpaired: all tp 3.
        // Optimal: p1-e2 (2) + p2-e1 (2) = 4.
        Event e1 = ev("e1").subtype(BOMBING).date("2021-05-01").place("Kirkuk").attacker("ISIS").target("police").build();
        Event e2 = ev("e2").subtype(SHELLING).date("2021-05-02").place("Mosul").attacker("PKK").target("army").build();
        Event p1 = ev("p1").subtype(BOMBING).date("2021-05-01").place("Kirkuk").attacker("PKK").target("army").build();
        Event p2 = ev("p2").subtype(ARMED_ASSAULT).date("2021-05-09").place("Kirkuk").attacker("ISIS")
                .target("civilians").build();
        ScoreReport r = STRICT.score(docs(doc("d", e1, e2)), docs(doc("d", p1, p2)));
        assertCounts(r, Slot.EVENT, 2, 0, 0);
        assertCounts(r, Slot.SUBTYPE, 0, 2, 2);
        assertCounts(r, Slot.DATE, 0, 2, 2);
        assertCounts(r, Slot.PLACE, 1, 1, 1);
        assertCounts(r, Slot.ATTACKER, 2, 0, 0);
        assertCounts(r, Slot.TARGET, 1, 1, 1);
        // all: tp 4, fp 6, fn 6 -> F1 = 8/20 = 0.4 (greedy would give tp 3, fp 7, fn 7: 0.3)
        assertCounts(r, Slot.ALL, 4, 6, 6);
        EventAlignment first = r.document("d").orElseThrow().alignments().get(0);
        assertEquals("e1", first.gold().id());
        assertEquals("p2", first.predicted().id());
    }

    @Test
    void manyEventsWhereGreedyFails() {
        // Five copies of the 2x2 trap above in one document (10 gold, 10 predicted events): greedy
        // would lose one agreement and one pair per copy; optimal finds every pair.
        List<Event> gold = new java.util.ArrayList<>(), pred = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            String a = "ISIS" + k, b = "PKK" + k, x = "Kirkuk" + k, y = "Mosul" + k;
            gold.add(ev("e1-" + k).subtype(BOMBING).date("2021-05-0" + (k + 1)).place(x).attacker(a).target("police" + k).build());
            gold.add(ev("e2-" + k).subtype(SHELLING).date("2021-06-0" + (k + 1)).place(y).attacker(b).target("army" + k).build());
            pred.add(ev("p1-" + k).subtype(BOMBING).date("2021-05-0" + (k + 1)).place(x).attacker(b).target("army" + k).build());
            pred.add(ev("p2-" + k).subtype(ARMED_ASSAULT).date("2021-07-0" + (k + 1)).place(x).attacker(a).target("civ" + k).build());
        }
        ScoreReport r = STRICT.score(docs(new EventDocument("d", null, gold)), docs(new EventDocument("d", null, pred)));
        assertCounts(r, Slot.EVENT, 10, 0, 0);
        assertCounts(r, Slot.ALL, 20, 30, 30);
    }

    @Test
    void amongEqualTotalsMorePairsWin() {
        // Agreements:   e1  e2
        //          p1    2   1      p1-e1: subtype, place; p1-e2: date
        //          p2    1   0      p2-e1: place
        // {p1-e1} and {p1-e2, p2-e1} both agree on 2 values; the spec takes the one with more pairs.
        Event e1 = ev("e1").subtype(BOMBING).place("Kirkuk").build();
        Event e2 = ev("e2").subtype(SHELLING).date("2021-05-02").build();
        Event p1 = ev("p1").subtype(BOMBING).place("Kirkuk").date("2021-05-02").build();
        Event p2 = ev("p2").subtype(ARMED_ASSAULT).place("Kirkuk").build();
        for (List<Event> order : List.of(List.of(p1, p2), List.of(p2, p1))) {
            ScoreReport r = STRICT.score(docs(doc("d", e1, e2)), docs(new EventDocument("d", null, order)));
            assertCounts(r, Slot.EVENT, 2, 0, 0);
            assertCounts(r, Slot.SUBTYPE, 0, 2, 2);
            assertCounts(r, Slot.DATE, 1, 0, 0);
            assertCounts(r, Slot.PLACE, 1, 1, 0);
            assertCounts(r, Slot.ALL, 2, 3, 2);
        }
    }

    @Test
    void unknownDocIdsAreListedAndIgnoredMissingOnesScoredAsEmpty() {
        List<EventDocument> gold = docs(doc("a", kirkuk("e1")), doc("b", kirkuk("e1")));
        List<EventDocument> pred = docs(doc("zzz", kirkuk("p1")), doc("a", kirkuk("p1")));
        ScoreReport r = STRICT.score(gold, pred);
        assertEquals(List.of("zzz"), r.unknownDocIds());
        assertEquals(List.of("b"), r.documentsWithoutPrediction());
        assertEquals(2, r.documents());
        assertCounts(r, Slot.EVENT, 1, 0, 1);
        assertCounts(r, Slot.ALL, 8, 0, 8);
        assertFalse(r.document("b").orElseThrow().hasPrediction());
        assertTrue(r.toString().contains("zzz"));
    }

    @Test
    void aDocIdTwiceIsAnError() {
        ScoreInputException e = assertThrows(ScoreInputException.class,
                () -> STRICT.score(docs(doc("a")), docs(doc("a"), doc("a"))));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void countryIsComparedWithoutCaseAndABareCountryIsNoPlace() {
        Event gold = ev("e1").place(place("Kirkuk", null, null, "IQ")).build();
        Event pred = ev("p1").place(place(null, null, null, "iq")).build();
        ScoreReport r = STRICT.score(docs(doc("d", gold)), docs(doc("d", pred)));
        assertCounts(r, Slot.COUNTRY, 1, 0, 0);
        assertCounts(r, Slot.PLACE, 0, 0, 1);
    }

    @Test
    void reportIsImmutable() {
        ScoreReport r = STRICT.score(docs(doc("d", kirkuk("e1"))), docs(doc("d", kirkuk("p1"))));
        assertThrows(UnsupportedOperationException.class, () -> r.perDocument().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.perDocument().get(0).alignments().clear());
    }
}

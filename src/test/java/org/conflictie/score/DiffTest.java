package org.conflictie.score;

import static org.conflictie.model.Subtype.BOMBING;
import static org.conflictie.model.Subtype.SHELLING;
import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.conflictie.score.TestEvents.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.conflictie.model.Event;
import org.conflictie.model.Outcome;
import org.junit.jupiter.api.Test;

class DiffTest {

    static final Event GOLD = ev("e1").subtype(BOMBING).date("2021-05-03", "on Monday")
            .place(place("Kirkuk", "the Kirkuk air base", "Kirkuk", "IQ")).attacker("ISIS")
            .casualty(Outcome.KILLED, 3, "police", "three policemen were killed", null, false).build();
    static final Event PRED = ev("p1").subtype(SHELLING).date("2021-05-03", "Monday").attacker("ISIS").target("civilians")
            .casualty(Outcome.KILLED, 4, "police", "four police officers died", null, false).build();
    static final Event SPURIOUS = ev("p2").subtype(BOMBING).place("Basra").build();
    static final Event MISSED = ev("e2").date("2021-04-01").build();

    static ScoreReport report() {
        return Scorer.builder().bootstrapSamples(0).build()
                .score(docs(doc("doc-1", GOLD, MISSED), doc("doc-2", ev("e1").place("Mosul").build()), doc("empty")),
                        docs(doc("doc-1", PRED, SPURIOUS), doc("doc-2", ev("p1").place("MOSUL").build()), doc("empty")));
    }

    static String line(String diff, String mark, String slot) {
        return diff.lines().filter(l -> l.trim().startsWith(mark) && l.contains(" " + slot + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no " + mark + " " + slot + " line in\n" + diff));
    }

    @Test
    void marksEveryValueWithTheArticlesWords() {
        String diff = report().diff();
        assertTrue(diff.contains("=== doc-1"), diff);
        assertTrue(diff.contains("predicted p1  <->  gold e1"), diff);
        String subtype = line(diff, "wrong", "subtype");
        assertTrue(subtype.contains("shelling") && subtype.contains("bombing"), subtype);
        String date = line(diff, "right", "date");
        assertTrue(date.contains("\"Monday\"") && date.contains("\"on Monday\""), date);   // both sides' words
        assertTrue(line(diff, "missing", "place").contains("\"the Kirkuk air base\""), diff);
        assertTrue(line(diff, "missing", "country").contains("IQ"), diff);
        assertTrue(line(diff, "right", "attacker").contains("ISIS"), diff);
        assertTrue(line(diff, "spurious", "target").contains("civilians"), diff);
        String casualty = line(diff, "wrong", "casualty");
        assertTrue(casualty.contains("killed 4 \"four police officers died\"")
                && casualty.contains("killed 3 \"three policemen were killed\""), casualty);
        assertTrue(diff.contains("gold e2: no predicted event paired with it"), diff);
        assertTrue(diff.contains("predicted p2: paired with no gold event"), diff);
        assertTrue(line(diff, "spurious", "place").contains("Basra"), diff);
    }

    @Test
    void perfectDocumentsAreOneLineAndEmptyOnesAreCounted() {
        String diff = report().diff();
        assertTrue(diff.contains("=== doc-2   gold 1 event, predicted 1 event   all right"), diff);
        assertFalse(diff.contains("=== empty"), diff);
        assertTrue(diff.contains("1 document with no events in gold or prediction not shown."), diff);
        assertFalse(report().diff(List.of("doc-2")).contains("doc-1"));
    }

    @Test
    void diffAndCountsAgree() {
        ScoreReport r = report();
        DocumentScore d = r.document("doc-1").orElseThrow();
        int fp = 0, fn = 0, tp = 0;
        for (EventAlignment a : d.alignments()) {
            for (ValueRow row : a.rows()) {
                if (row.slot() == Slot.EVENT) continue;
                tp += row.mark().tp();
                fp += row.mark().fp();
                fn += row.mark().fn();
            }
        }
        assertEquals(new Counts(tp, fp, fn), d.counts().get(Slot.ALL));
    }

    @Test
    void optionalItemsAreShownAsNotCounted() {
        Event optionalGold = ev("e9").subtype(BOMBING).place("Erbil").optional().build();
        ScoreReport r = Scorer.builder().ignoreOptional(true).bootstrapSamples(0).build()
                .score(docs(doc("d", optionalGold)), docs(doc("d", ev("p1").subtype(BOMBING).build())));
        String diff = r.diff();
        assertTrue(diff.contains("(optional gold event: not counted)"), diff);
        assertTrue(diff.contains("all tp/fp/fn 0/0/0"), diff); // nothing counted
        assertTrue(line(diff, "(missing)", "place").contains("Erbil"), diff);
    }

    @Test
    void jsonDiffHasMarksAndWords() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report().toJson(true));
        JsonNode doc1 = root.get("per_document").get(0); // sorted by doc_id
        assertEquals("doc-1", doc1.get("doc_id").asText());
        JsonNode pair = doc1.get("diff").get(0);
        assertEquals("p1", pair.get("predicted").asText());
        assertEquals("e1", pair.get("gold").asText());
        JsonNode date = pair.get("values").get(2);
        assertEquals("date", date.get("slot").asText());
        assertEquals("right", date.get("mark").asText());
        assertEquals("on Monday", date.get("gold").get("text").asText());
        assertTrue(new ObjectMapper().readTree(report().toJson()).get("per_document").get(0).get("diff") == null);
    }
}

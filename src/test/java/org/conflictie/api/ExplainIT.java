package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.model.Actor;
import org.conflictie.model.Candidate;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Explanation;
import org.conflictie.model.Outcome;
import org.conflictie.model.SentenceText;
import org.conflictie.model.SlotDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explanations on short articles written for these tests, and on the seeds: same events, reasons that fit. */
class ExplainIT {
    static final String DATELINE_ELSEWHERE =
            "HERAT (Example Wire) - A roadside bomb killed four soldiers in Farah on Tuesday, officials said.";
    static final String WIRE_DATE =
            "BOGOTA, 12 MAR 90 (AFP) -- Guerrillas ambushed an army patrol near Cali on Saturday, killing five soldiers.";
    static final String THREE_SENTENCES = "Police in Kandahar said the market was busy on Thursday.\n\n"
            + "A suicide bomber blew himself up in the crowded market in Kandahar on Thursday, killing nine people.\n\n"
            + "The attacker was a teenager, police said, and 14 others were wounded in the blast.";

    private static Event only(String text, String date) {
        List<Event> events = ModelFixture.extractor().explain(text, date);
        assertEquals(1, events.size(), () -> "expected one event in: " + text + "\n got " + events);
        assertNotNull(events.get(0).explanation(), "explain must attach an explanation");
        return events.get(0);
    }

    private static SlotDecision decision(Event e, String slot) {
        return e.explanation().decisions().stream().filter(d -> d.slot().equals(slot) && d.chosen() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no " + slot + " decision in " + e.explanation()));
    }

    private static Candidate rejected(SlotDecision d, String text) {
        return d.rejected().stream().filter(c -> text.equals(c.text())).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' is not among the rejected " + d));
    }

    @Test
    void theDatelineCityLosesToThePlaceOfTheIncident() {
        Event e = only(DATELINE_ELSEWHERE, "2019-05-02");
        assertEquals("Farah", e.place().name());
        SlotDecision place = decision(e, "place");
        assertEquals("Farah", place.chosen().text());
        String why = rejected(place, "HERAT").reason();
        assertTrue(why.contains("dateline city") && why.contains("'Farah'"), why);
    }

    @Test
    void theReportsOwnDateLosesToTheDayOfTheIncident() {
        Event e = only(WIRE_DATE, null);
        assertEquals("1990-03-10", e.date().value());
        SlotDecision date = decision(e, "date");
        assertEquals("on Saturday", date.chosen().text());
        Candidate report = rejected(date, "12 MAR 90");
        assertEquals("1990-03-12", report.value());
        assertTrue(report.reason().contains("the report's own date"), report.reason());
        // And the dateline city is no incident place either.
        assertTrue(rejected(decision(e, "place"), "BOGOTA").reason().contains("dateline city"));
    }

    @Test
    void sentenceNumbersPointAtTheSentenceHoldingTheWords() {
        Event e = only(THREE_SENTENCES, "2021-06-05");
        assertEquals(1, e.trigger().sentence());
        assertEquals(1, e.date().sentence());
        Casualty injured = e.casualties().stream().filter(c -> c.outcome() == Outcome.INJURED).findFirst().orElseThrow();
        assertEquals(2, injured.sentence());

        Explanation why = e.explanation();
        for (SentenceText s : why.sentences()) {
            assertEquals(THREE_SENTENCES.substring(s.start(), s.end()), s.text(), "sentence text is the article's");
        }
        List<Candidate> all = new ArrayList<>();
        for (SlotDecision d : why.decisions()) {
            if (d.chosen() != null) all.add(d.chosen());
            all.addAll(d.rejected());
        }
        int checked = 0;
        for (Candidate c : all) {
            if (c.start() == null) continue;
            SentenceText s = why.sentence(c.sentence()).orElseThrow(() -> new AssertionError("sentence of " + c + " not carried"));
            assertTrue(s.covers(c.start(), c.end()), () -> c + " lies outside " + s);
            assertEquals(c.text(), THREE_SENTENCES.substring(c.start(), c.end()));
            checked++;
        }
        assertTrue(checked >= 5, "expected several located candidates, got " + checked);
        for (Actor a : e.actors()) assertTrue(why.sentence(a.sentence()).orElseThrow().covers(a.start(), a.end()));
    }

    @Test
    void explainingChangesNoValue() {
        for (String text : List.of(DATELINE_ELSEWHERE, WIRE_DATE, THREE_SENTENCES)) {
            List<Event> plain = ModelFixture.extractor().extract(text, "2021-06-05");
            List<Event> explained = ModelFixture.extractor().explain(text, "2021-06-05");
            assertEquals(plain, explained.stream().map(e -> e.withExplanation(null)).toList(), text);
        }
    }

    /** The seeds extracted with and without explanations: the same bytes once the explanation is taken out. */
    @Test
    void seedRunsAgreeApartFromTheExplanations(@TempDir Path tmp) throws Exception {
        List<InputDocument> docs = InputReader.read(Path.of("seeds"), p -> { throw new AssertionError(p.toString()); });
        Path plain = tmp.resolve("plain.jsonl"), explained = tmp.resolve("explained.jsonl");
        new BatchRunner(ModelFixture.extractor(), 2).run(docs, List.of(), plain, null);
        new BatchRunner(ModelFixture.extractor().withExplanations(), 2).run(docs, List.of(), explained, null);
        StringBuilder stripped = new StringBuilder();
        int events = 0;
        for (EventDocument d : EventJson.readJsonl(explained)) {
            for (Event e : d.events()) assertNotNull(e.explanation(), d.docId() + " " + e.id());
            events += d.events().size();
            List<Event> bare = d.events().stream().map(e -> e.withExplanation(null)).toList();
            stripped.append(EventJson.toJsonLine(new EventDocument(d.docId(), d.documentDate(), bare))).append('\n');
        }
        assertTrue(events > 0, "the seeds report events");
        assertEquals(Files.readString(plain), stripped.toString());
        assertTrue(!Files.readString(plain).contains("\"explanation\""), "plain runs carry no explanation");
    }
}

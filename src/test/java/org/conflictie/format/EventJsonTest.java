package org.conflictie.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Subtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventJsonTest {

    private static final String SPEC_EXAMPLE = """
            {"doc_id": "kirkuk-2021-example", "document_date": "2021-05-04", "events": [{
              "id": "e1", "type": "attack", "subtype": "shelling",
              "trigger": {"text": "rocket attack"},
              "date": {"value": "2021-05-03", "text": "on Monday"},
              "place": {"name": "Kirkuk", "text": "the Kirkuk air base", "admin1": "Kirkuk", "country": "IQ"},
              "actors": [
                {"role": "attacker", "name": "Kataib Hezbollah", "text": "Kataib Hezbollah"},
                {"role": "target", "name": "US military", "text": "US forces", "alt": ["coalition troops"]}],
              "casualties": [
                {"outcome": "killed", "count": 1, "group": "civilians", "text": "killing a civilian contractor"},
                {"outcome": "injured", "count": null, "group": "US military", "source": "the Pentagon"}],
              "muc": {"template": "1"}, "optional": true}]}
            """;

    @Test
    void readsTheSpecExampleAndIgnoresUnknownFields() throws Exception {
        EventDocument doc = EventJson.parse(SPEC_EXAMPLE);
        Event e = doc.events().get(0);
        assertEquals(Subtype.SHELLING, e.subtype());
        assertEquals("Kirkuk", e.place().name());
        assertEquals(List.of("coalition troops"), e.actors().get(1).alt());
        assertNull(e.casualties().get(1).count());
        assertTrue(e.markedOptional());
    }

    @Test
    void writesNullCountsButOmitsOtherNulls() {
        Event e = new Event("e1", null, Subtype.BOMBING, null, null, null, null,
                List.of(new Casualty(Outcome.KILLED, null, null)), null, null);
        String line = EventJson.toJsonLine(new EventDocument("d", null, List.of(e)));
        assertEquals("{\"doc_id\":\"d\",\"events\":[{\"id\":\"e1\",\"type\":\"attack\",\"subtype\":\"bombing\","
                + "\"casualties\":[{\"outcome\":\"killed\",\"count\":null}]}]}", line);
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        EventDocument doc = EventJson.parse(SPEC_EXAMPLE);
        assertEquals(doc, EventJson.parse(EventJson.toJsonLine(doc)));
        assertEquals(doc, EventJson.parse(EventJson.toPrettyJson(doc)));
    }

    @Test
    void namesFileLineAndPathOfABadValue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.jsonl");
        Files.writeString(file, "{\"doc_id\":\"a\",\"events\":[]}\n"
                + "{\"doc_id\":\"b\",\"events\":[{\"id\":\"e1\",\"casualties\":[{\"outcome\":\"dead\"}]}]}\n");
        FormatException ex = assertThrows(FormatException.class, () -> EventJson.readJsonl(file));
        assertTrue(ex.getMessage().contains("run.jsonl"), ex.getMessage());
        assertTrue(ex.getMessage().contains("line 2"), ex.getMessage());
        assertTrue(ex.getMessage().contains("events[0].casualties[0].outcome"), ex.getMessage());
        assertTrue(ex.getMessage().contains("expected one of [killed, injured, captured, missing]"), ex.getMessage());
    }

    @Test
    void readsEveryDevCorpusGoldFile() {
        Path shared = Path.of(System.getProperty("conflictie.shared", "../shared"));
        for (String corpus : List.of("gvdb-dev", "muc4-dev")) {
            Path gold = shared.resolve("dev-corpora").resolve(corpus).resolve("gold");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(gold), "dev corpora not present");
            List<EventDocument> docs = EventJson.readGoldDir(gold);
            assertEquals(corpus.startsWith("gvdb") ? 400 : 200, docs.size());
        }
    }
}

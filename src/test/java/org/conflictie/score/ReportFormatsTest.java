package org.conflictie.score;

import static org.conflictie.model.Subtype.BOMBING;
import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    static ScoreReport report(boolean lenient) {
        return Scorer.builder().lenient(lenient).bootstrapSamples(200).build().score(
                docs(doc("a", ev("e1").subtype(BOMBING).place("Kirkuk").build()), doc("b")),
                docs(doc("a", ev("p1").subtype(BOMBING).place("Mosul").build()), doc("x")));
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report(true).toJson());
        List<String> slots = List.of("event", "subtype", "date", "place", "country", "attacker", "target",
                "casualty", "casualty_group");
        assertEquals(slots, iterable(root.get("slots").fieldNames()));
        for (String key : List.of("tp", "fp", "fn", "precision", "recall", "f1", "f1_ci")) {
            assertTrue(root.get("slots").get("event").has(key), key);
            assertTrue(root.get("all").has(key), key);
        }
        assertEquals(2, root.get("documents").asInt());
        // subtype right, place wrong: all tp 1, fp 1, fn 1
        assertEquals(1, root.get("all").get("tp").asInt());
        assertEquals(1, root.get("all").get("fp").asInt());
        assertEquals(0.5, root.get("all").get("f1").asDouble());
        assertEquals(0.0, root.get("slots").get("date").get("f1").asDouble()); // no values: 0, not NaN
        assertTrue(root.get("lenient").get("slots").has("place"));
        assertEquals(List.of("0", "1", "2", "3", "4+"), iterable(root.get("by_gold_events").fieldNames()));
        assertEquals("x", root.get("unknown_doc_ids").get(0).asText());
        assertEquals("a", root.get("per_document").get(0).get("doc_id").asText());
        assertEquals(200, root.get("options").get("bootstrap_samples").asInt());
    }

    @Test
    void markdownAndTsv() {
        ScoreReport r = report(false);
        String md = r.toMarkdown();
        assertTrue(md.contains("| strict | tp | fp | fn | precision | recall | F1 | 95% CI |"), md);
        assertTrue(md.contains("| **all** | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 |"), md);
        assertTrue(md.contains("| date | 0 | 0 | 0 | - | - | - |"), md); // no values: "-" for people
        String[] tsv = r.toTsv().split("\n");
        assertEquals("table\tslot\ttp\tfp\tfn\tprecision\trecall\tf1\tf1_low\tf1_high", tsv[0]);
        assertTrue(tsv[10].startsWith("strict\tall\t1\t1\t1\t0.5\t0.5\t0.5\t"), tsv[10]);
        assertTrue(r.toTsv().contains("doc=a\tplace\t0\t1\t1"));
        assertTrue(r.toTsv().contains("gold_events=1\tevent\t1\t0\t0"));
    }

    @Test
    void textNamesTheOptionsAndTheIgnoredDocuments() {
        String text = report(false).toString();
        assertTrue(text.contains("Scored 2 gold documents"), text);
        assertTrue(text.contains("200 resamples, seed 1"), text);
        assertTrue(text.contains("1 predicted document has no gold file and was ignored: x"), text);
        assertTrue(text.contains("1 gold document has no prediction"), text);
    }

    static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

package org.conflictie.score;

import static org.conflictie.model.Subtype.BOMBING;
import static org.conflictie.model.Subtype.SHELLING;
import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.format.Table;
import org.conflictie.model.EventDocument;
import org.junit.jupiter.api.Test;

/** Reports as tables, Markdown and HTML (hand-made runs, no CoreNLP). */
class ReportTablesTest {
    private static final List<EventDocument> GOLD = docs(
            doc("a", ev("e1").subtype(BOMBING).place("Kirkuk").build()),
            doc("b", ev("e1").subtype(SHELLING).place("Donetsk").build()));
    private static final List<EventDocument> RUN_A = docs(
            doc("a", ev("p1").subtype(BOMBING).place("Mosul").build()),
            doc("b", ev("p1").subtype(SHELLING).place("Donetsk").build()));
    private static final List<EventDocument> RUN_B = docs(
            doc("a", ev("p1").subtype(BOMBING).place("Kirkuk").build()),
            doc("b", ev("p1").subtype(SHELLING).place("Donetsk").build()));

    @Test
    void slotTableHasOneRowPerSlotAndAll() {
        ScoreReport r = Scorer.builder().bootstrapSamples(0).build().score(GOLD, RUN_A);
        Table t = ReportTables.slots(r.strict());
        assertEquals(List.of("slot", "tp", "fp", "fn", "precision", "recall", "F1"), t.columns());
        assertEquals(Slot.ROWS.size(), t.rows().size());
        // subtypes 2/2 right, places 1 of 2: all = 3 tp, 1 fp, 1 fn
        assertEquals(List.of("all", "3", "1", "1", "0.750", "0.750", "0.750"), t.rows().get(t.rows().size() - 1));
        assertEquals(List.of("date", "0", "0", "0", "-", "-", "-"),
                t.rows().stream().filter(row -> row.get(0).equals("date")).findFirst().orElseThrow());
    }

    @Test
    void bootstrappedTablesGetAnIntervalColumn() {
        ScoreReport r = Scorer.builder().bootstrapSamples(100).build().score(GOLD, RUN_A);
        Table t = ReportTables.slots(r.strict());
        assertEquals("95% CI of F1", t.columns().get(7));
        assertTrue(t.rows().get(0).get(7).matches("\\d\\.\\d{3} - \\d\\.\\d{3}"), t.rows().get(0).get(7));
    }

    @Test
    void scoreReportHtmlHasEveryTableAndNoRawMarkupFromData() {
        List<EventDocument> pred = docs(doc("a", ev("p1").subtype(BOMBING).build()), doc("<img src=x>"));
        String html = Scorer.builder().lenient(true).bootstrapSamples(0).build().score(GOLD, pred).toHtml();
        assertTrue(html.startsWith("<div class=\"conflictie-score\">\n<p>Scored 2 gold documents"), html);
        assertTrue(html.contains("<h4>Strict (the spec&#39;s rules)</h4>"), html);
        assertTrue(html.contains("<h4>Lenient ("), html);
        assertTrue(html.contains("<th>gold events</th>"), html);
        assertEquals(3, html.split("<table>", -1).length - 1, "strict, lenient, by gold events");
        assertTrue(html.contains("Ignored (no gold): &lt;img src=x&gt;"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void comparisonAsMarkdownAndHtml() {
        ComparisonReport c = Scorer.builder().bootstrapSamples(0).build().compare(GOLD, RUN_A, RUN_B, "base.jsonl",
                "edit <places>.jsonl");
        String md = c.toMarkdown();
        assertTrue(md.startsWith("A = base.jsonl, B = edit <places>.jsonl: 2 gold documents, strict rules"), md);
        assertTrue(md.contains("| slot | F1 A | F1 B | B - A | 95% CI of B - A | p |\n|---|---:|---:|---:|---|---:|"), md);
        assertTrue(md.contains("| place | 0.500 | 1.000 | +0.500 |  |  |"), md);
        assertTrue(md.contains("Documents whose counts changed (1), biggest loss first:"), md);
        assertTrue(md.contains("| a | 0.500 | 1.000 | +0.500 | place |"), md);
        String html = c.toHtml();
        assertTrue(html.contains("B = edit &lt;places&gt;.jsonl"), html);
        assertFalse(html.contains("<places>"), html);
        assertTrue(html.contains("<td>place</td><td style=\"text-align:right\">0.500</td>"), html);
    }

    @Test
    void comparisonOfIdenticalRunsSaysNothingChanged() {
        ComparisonReport c = Scorer.builder().bootstrapSamples(0).build().compare(GOLD, RUN_A, RUN_A);
        assertTrue(c.toMarkdown().endsWith("\nNo document's counts changed.\n"), c.toMarkdown());
        assertTrue(c.toHtml().contains("<p>No document&#39;s counts changed.</p>"), c.toHtml());
        assertTrue(ReportTables.changedDocuments(c).isEmpty());
    }
}

package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictie.format.EventJson;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.Subtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ie explain} on run files written here; none of these needs CoreNLP. */
class ExplainCommandTest {

    /** A run holding {@code docs}, one per line. */
    static Path runOf(Path dir, EventDocument... docs) throws Exception {
        Path run = dir.resolve("run.jsonl");
        StringBuilder s = new StringBuilder();
        for (EventDocument d : docs) s.append(EventJson.toJsonLine(d)).append('\n');
        Files.writeString(run, s);
        return run;
    }

    static EventDocument plain(String docId) {
        Event e = new Event("e1", null, Subtype.ARMED_ASSAULT, null,
                new EventDate("2020-03-06", "on Friday", 24, 33, "date.weekday", 0), null, null, null, null, null);
        return new EventDocument(docId, "2020-03-09", List.of(e));
    }

    @Test
    void printsTheExplanationsOfTheDocument(@TempDir Path tmp) throws Exception {
        Path run = runOf(tmp, plain("a"), org.conflictie.format.ExplanationTextTest.explainedDocument());
        ScoreCommandTest.Result r = ScoreCommandTest.run("explain", run.toString(), "sadr");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("sadr  (report of 2021-05-04): 1 event"), r.out());
        assertTrue(r.out().contains("lost: the dateline city: where the report was filed"), r.out());
    }

    @Test
    void aRunFolderStandsForItsPredictions(@TempDir Path tmp) throws Exception {
        Path run = runOf(tmp, org.conflictie.format.ExplanationTextTest.explainedDocument());
        Files.move(run, tmp.resolve(org.conflictie.run.RunFolder.PREDICTIONS));
        ScoreCommandTest.Result r = ScoreCommandTest.run("explain", tmp.toString(), "sadr");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("lost: the dateline city"), r.out());
    }

    @Test
    void anUnknownIdNamesTheRunSizeAndTheNearestIds(@TempDir Path tmp) throws Exception {
        Path run = runOf(tmp, plain("kirkuk-2021-05"), plain("mosul-2021-06"), plain("basra-2019"),
                plain("kirkuk-2021-07"), plain("erbil-2020"), plain("tikrit-2018"), plain("najaf-2017"));
        ScoreCommandTest.Result r = ScoreCommandTest.run("explain", run.toString(), "kirkuk-2021-5");
        assertEquals(1, r.exit());
        String prefix = "ie explain: no document 'kirkuk-2021-5' in " + run + " (7 documents); nearest ids: "
                + "kirkuk-2021-05, kirkuk-2021-07, mosul-2021-06, ";
        assertTrue(r.err().startsWith(prefix), r.err());
        String ids = r.err().strip().substring(r.err().indexOf("nearest ids: ") + "nearest ids: ".length());
        assertEquals(ExplainCommand.SUGGESTIONS, ids.split(", ").length, r.err());
    }

    @Test
    void aRunWithoutExplanationsSaysHowToGetThem(@TempDir Path tmp) throws Exception {
        Path run = runOf(tmp, plain("a"));
        ScoreCommandTest.Result r = ScoreCommandTest.run("explain", run.toString(), "a");
        assertEquals(1, r.exit());
        assertEquals("ie explain: " + run + " has no explanations; re-run ie extract with --explain,"
                + " or give --texts DIR or --input FILE to extract 'a' again\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingArticleIsNamed(@TempDir Path tmp) throws Exception {
        Path run = runOf(tmp, plain("a"));
        ScoreCommandTest.Result r = ScoreCommandTest.run("explain", run.toString(), "a", "--texts", tmp.toString());
        assertEquals(1, r.exit());
        assertEquals("ie explain: " + tmp.resolve("a.txt") + ": no such article; expected <doc_id>.txt in " + tmp + "\n", r.err());
    }

    @Test
    void aDocumentWithNoEventsNeedsNoExplanation(@TempDir Path tmp) throws Exception {
        Path run = runOf(tmp, new EventDocument("quiet", null, List.of()));
        ScoreCommandTest.Result r = ScoreCommandTest.run("explain", run.toString(), "quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("quiet: 0 events\n", r.out());
    }
}

package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress a batch run reports (sentences written for this test). */
class BatchRunnerIT {

    @Test
    void progressIsReportedOncePerDocumentWithGrowingCountsAndFailuresCounted(@TempDir Path dir) throws Exception {
        List<InputDocument> docs = List.of(
                new InputDocument("a", "Gunmen killed two police officers in Kirkuk on Sunday.", "2021-05-04"),
                new InputDocument("b", "A roadside bomb wounded three soldiers near Kandahar on Monday.", "2021-05-04"),
                new InputDocument("c", "The council met on Tuesday to discuss the budget.", "2021-05-04"));
        List<BatchRunner.Failure> unreadable = List.of(new BatchRunner.Failure("d", "read", "input.jsonl:4: not JSON"));
        List<Progress> seen = new ArrayList<>();
        Path out = dir.resolve("run.jsonl");

        BatchRunner.Summary s = new BatchRunner(ModelFixture.extractor(), 2, seen::add).run(docs, unreadable, out, null);

        assertEquals(3, seen.size(), "one report per extracted document: " + seen);
        for (int i = 0; i < seen.size(); i++) {
            Progress p = seen.get(i);
            assertEquals(2 + i, p.done(), "the unreadable document counts as done and failed from the start");
            assertEquals(1, p.failed());
            assertEquals(4, p.total());
            if (i > 0) assertTrue(p.elapsed().compareTo(seen.get(i - 1).elapsed()) >= 0, seen.toString());
        }
        Progress last = seen.get(seen.size() - 1);
        assertEquals(s.documents(), last.done());
        assertEquals(s.failed(), last.failed());
        assertTrue(last.docsPerSecond() > 0);
        assertEquals(3, EventJson.readJsonl(out).size());
        assertTrue(Files.readString(dir.resolve("run.jsonl.errors.jsonl")).contains("\"doc_id\":\"d\""));
    }
}

package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.model.EventDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes whatever the order of the other documents and the number
 * of threads (the check that would catch SUTime-style state carried between documents).
 */
class DeterminismIT {
    @Test
    void sequentialReversedAndThreadedRunsAgree(@TempDir Path tmp) throws Exception {
        List<InputDocument> docs = InputReader.read(Path.of("seeds"), p -> { throw new AssertionError(p.toString()); });
        assertTrue(docs.size() >= 5);
        String sequential = run(docs, 1, tmp.resolve("a.jsonl"));
        List<InputDocument> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        String backwards = reorder(run(reversed, 1, tmp.resolve("b.jsonl")), docs);
        String threaded = run(docs, 3, tmp.resolve("c.jsonl"));
        assertEquals(sequential, backwards, "input order of other documents changed the output");
        assertEquals(sequential, threaded, "threads changed the output");
    }

    private static String run(List<InputDocument> docs, int threads, Path out) throws Exception {
        new BatchRunner(ModelFixture.extractor(), threads).run(docs, List.of(), out, null);
        return Files.readString(out);
    }

    /** The lines of a run, put back in the order of {@code docs}. */
    private static String reorder(String jsonl, List<InputDocument> docs) throws Exception {
        List<EventDocument> parsed = new ArrayList<>();
        for (String line : jsonl.split("\n")) parsed.add(EventJson.parse(line));
        return docs.stream().map(d -> parsed.stream().filter(p -> p.docId().equals(d.docId())).findFirst().orElseThrow())
                .map(EventJson::toJsonLine).collect(Collectors.joining("\n", "", "\n"));
    }
}

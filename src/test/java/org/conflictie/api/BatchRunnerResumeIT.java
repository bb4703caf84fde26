package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over input with bad items: the bad ones are listed by name, the others complete, and a
 * run interrupted after some documents (or cut mid-line, as a kill leaves it) resumes to the bytes
 * of an uninterrupted run, in the output and in the errors file.
 */
class BatchRunnerResumeIT {
    @TempDir
    static Path tmp;
    private static Path input;
    private static byte[] expectedOut;
    private static byte[] expectedErrors;

    /** The seed articles as JSONL, with a broken line, a duplicate, an empty text and a 1 MB text between them. */
    @BeforeAll
    static void uninterruptedRun() throws IOException {
        List<InputDocument> seeds = InputReader.read(Path.of("seeds"), p -> { throw new AssertionError(p.toString()); });
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            lines.add(line(seeds.get(i).docId(), seeds.get(i).text()));
            if (i == 0) lines.add("{\"doc_id\": \"cut\", \"text\": \"Gunmen kil");
            if (i == 1) lines.add(line(seeds.get(0).docId(), "A second document under the same id."));
            if (i == 2) lines.add(line("blank", "   "));
            if (i == 3) lines.add(line("huge", "Police said. ".repeat(80_000)));
        }
        input = tmp.resolve("input.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("whole.jsonl");
        BatchRunner.Summary s = runner().run(input, InputReader.DEFAULT_MAX_CHARS, out, false, new BatchRunner.Listener() {});
        expectedOut = Files.readAllBytes(out);
        expectedErrors = Files.readAllBytes(BatchRunner.errorsFile(out));
        assertEquals(seeds.size() + 4, s.documents());
        assertEquals(4, s.failed());
        assertFalse(Files.exists(BatchRunner.partFile(out)), "the part file is renamed at the end");
    }

    @Test
    void badItemsAreListedInInputOrderAndTheRestComplete() throws IOException {
        List<String> out = new String(expectedOut, StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, out.size());
        assertEquals(List.of(
                        "null read input.jsonl:2: not a JSON object",
                        "000_3ced04538d242b52 read input.jsonl:4: duplicate doc_id \"000_3ced04538d242b52\" (the first one is kept)",
                        "blank read input.jsonl:6: empty: only whitespace",
                        "huge read input.jsonl:8: too long: 1040000 characters, over the limit of 1000000 characters (--max-chars)"),
                new String(expectedErrors, StandardCharsets.UTF_8).lines().map(BatchRunnerResumeIT::shortFailure).toList());
    }

    @Test
    void aRunStoppedAfterTwoDocumentsResumesToTheSameBytes() throws IOException {
        Path out = tmp.resolve("stopped.jsonl");
        RuntimeException stop = new RuntimeException("stopped for the test");
        int[] done = {0};
        assertThrows(RuntimeException.class, () -> runner().run(input, InputReader.DEFAULT_MAX_CHARS, out, false,
                new BatchRunner.Listener() {
                    @Override
                    public void done(DocumentResult result) {
                        if (++done[0] == 2) throw stop;
                    }
                }));
        assertFalse(Files.exists(out), "an interrupted run leaves no final file");
        assertEquals(2, Files.readAllLines(BatchRunner.partFile(out)).size(), "the part file holds the documents finished");
        BatchRunner.Summary s = runner().run(input, InputReader.DEFAULT_MAX_CHARS, out, true, new BatchRunner.Listener() {});
        assertEquals(2, s.resumed());
        assertEquals(new String(expectedOut, StandardCharsets.UTF_8), Files.readString(out));
        assertEquals(new String(expectedErrors, StandardCharsets.UTF_8), Files.readString(BatchRunner.errorsFile(out)),
                "earlier failures are kept once, later ones added");
    }

    @Test
    void aPartFileCutMidLineIsResumedFromItsLastWholeLine() throws IOException {
        Path out = tmp.resolve("killed.jsonl");
        String whole = new String(expectedOut, StandardCharsets.UTF_8);
        int third = nthLineEnd(whole, 3);
        // As a kill during a write leaves it: three whole lines, half of the fourth; errors cut likewise.
        Files.writeString(BatchRunner.partFile(out), whole.substring(0, third + (nthLineEnd(whole, 4) - third) / 2));
        String errors = new String(expectedErrors, StandardCharsets.UTF_8);
        Files.writeString(BatchRunner.errorsFile(out), errors.substring(0, nthLineEnd(errors, 2) + 10));
        BatchRunner.Summary s = runner().run(input, InputReader.DEFAULT_MAX_CHARS, out, true, new BatchRunner.Listener() {});
        assertEquals(3, s.resumed());
        assertEquals(whole, Files.readString(out));
        assertEquals(errors, Files.readString(BatchRunner.errorsFile(out)));
        assertEquals(5 + 4, s.documents());
        assertEquals(4, s.failed());
    }

    @Test
    void aPartFileThatIsNotOursIsRefusedNotOverwritten() throws IOException {
        Path out = tmp.resolve("foreign.jsonl");
        Files.writeString(BatchRunner.partFile(out), "{\"doc_id\":\"a\",\"events\":[]}\nsome notes\n{\"doc_id\":\"b\"");
        IOException e = assertThrows(IOException.class,
                () -> runner().run(input, InputReader.DEFAULT_MAX_CHARS, out, true, new BatchRunner.Listener() {}));
        assertTrue(e.getMessage().startsWith(BatchRunner.partFile(out) + ": cannot resume: a line is not JSON"), e.getMessage());
        assertTrue(Files.readString(BatchRunner.partFile(out)).contains("some notes"), "the file is left as it was, but for the cut line");
    }

    @Test
    void resumeWithoutAPartFileIsAFreshRun() throws IOException {
        Path out = tmp.resolve("fresh.jsonl");
        Files.writeString(BatchRunner.errorsFile(out), "{\"doc_id\":\"stale\",\"stage\":\"read\",\"reason\":\"from another run\"}\n");
        BatchRunner.Summary s = runner().run(input, InputReader.DEFAULT_MAX_CHARS, out, true, new BatchRunner.Listener() {});
        assertEquals(0, s.resumed());
        assertTrue(java.util.Arrays.equals(expectedErrors, Files.readAllBytes(BatchRunner.errorsFile(out))),
                "a stale errors file is replaced, not continued");
        assertTrue(java.util.Arrays.equals(expectedOut, Files.readAllBytes(out)));
    }

    @Test
    void documentsOverTheTimeoutAreListedAndTheBatchFinishes() throws IOException {
        // CoreNLP shares loaded annotators between pipelines of equal properties, so this costs no model load.
        try (Extractor impatient = Extractor.builder()
                .pipeline(org.conflictie.pipeline.PipelineConfig.defaults().withDocumentTimeout(java.time.Duration.ofMillis(1)))
                .build()) {
            Path out = tmp.resolve("timeout.jsonl");
            List<InputDocument> docs = InputReader.read(Path.of("seeds"), p -> {}).subList(0, 2);
            BatchRunner.Summary s = new BatchRunner(impatient, 2).run(docs, List.of(), out, null);
            assertEquals(2, s.failed());
            assertEquals("", Files.readString(out));
            for (String line : Files.readAllLines(BatchRunner.errorsFile(out))) {
                var n = EventJson.mapper().readTree(line);
                assertEquals("timeout", n.get("stage").asText(), line);
                assertEquals("CoreNLP took longer than 0.001 s (--doc-timeout)", n.get("reason").asText());
            }
        }
        // The interrupted annotations leave the shared annotators usable.
        assertEquals(1, ModelFixture.extractor().extract(
                "Gunmen killed two police officers in Kirkuk on Sunday, officials said.", "2021-05-04").size());
    }

    private static BatchRunner runner() {
        return new BatchRunner(ModelFixture.extractor(), 2);
    }

    private static String line(String docId, String text) {
        ObjectNode n = EventJson.mapper().createObjectNode();
        n.put("doc_id", docId);
        n.put("text", text);
        return n.toString();
    }

    /** "doc_id stage file:line: reason" with the folder and the parser's detail left out. */
    private static String shortFailure(String json) {
        try {
            var n = EventJson.mapper().readTree(json);
            String reason = n.get("reason").asText().replace(tmp.toString() + "/", "");
            if (reason.contains("not a JSON object")) reason = reason.substring(0, reason.indexOf("not a JSON object") + 17);
            return n.get("doc_id").asText(null) + " " + n.get("stage").asText() + " " + reason;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int nthLineEnd(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = s.indexOf('\n', at + 1);
        return at + 1;
    }
}

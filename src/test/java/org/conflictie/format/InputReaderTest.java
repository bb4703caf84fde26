package org.conflictie.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @Test
    void readsAFolderOfArticlesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second article.");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        List<InputDocument> docs = InputReader.read(dir, p -> { throw new AssertionError(p.toString()); });
        assertEquals(List.of("a", "b"), docs.stream().map(InputDocument::docId).toList());
        assertEquals("First article.", docs.get(0).text());
    }

    @Test
    void invalidUtf8IsReportedAndTheRestRead(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("good.txt"), "Fine.");
        List<InputReader.Problem> problems = new ArrayList<>();
        List<InputDocument> docs = InputReader.read(dir, problems::add);
        assertEquals(1, docs.size());
        assertEquals("bad", problems.get(0).docId());
        assertTrue(problems.get(0).reason().contains("UTF-8"));
    }

    @Test
    void aFolderWithoutArticlesIsAnError(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> InputReader.read(dir, p -> {}));
        assertTrue(e.getMessage().contains("no .txt"));
    }

    @Test
    void jsonlProblemsNameTheLineAndField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"doc_id\": \"a\", \"text\": \"One.\", \"document_date\": \"2020-03-09\"}",
                "{\"doc_id\": \"b\", \"text\": 5}",
                "{broken",
                "{\"doc_id\": \"a\", \"text\": \"Again.\"}",
                "{\"doc_id\": \"c\", \"text\": \"Three.\", \"document_date\": \"9 March\"}",
                "{\"doc_id\": \"d\", \"text\": \"Four.\"}"));
        List<InputReader.Problem> problems = new ArrayList<>();
        List<InputDocument> docs = InputReader.read(f, problems::add);
        assertEquals(List.of("a", "d"), docs.stream().map(InputDocument::docId).toList());
        assertEquals("2020-03-09", docs.get(0).documentDate());
        assertEquals(4, problems.size());
        assertTrue(problems.get(0).where().endsWith("in.jsonl:2") && problems.get(0).reason().startsWith("text:"));
        assertTrue(problems.get(1).where().endsWith(":3") && problems.get(1).reason().startsWith("not a JSON object"));
        assertTrue(problems.get(2).reason().contains("duplicate doc_id \"a\""));
        assertTrue(problems.get(3).reason().startsWith("document_date: expected YYYY-MM-DD"));
    }
}

package org.conflictie.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void emptyBinaryAndUnreadableFilesAreNamedAndSkipped(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Files.write(dir.resolve("nul.txt"), new byte[] {'G', 'u', 'n', 0, 'm', 'e', 'n'});
        Files.createDirectory(dir.resolve("folder.txt"));
        Files.writeString(dir.resolve("ok.txt"), "Gunmen attacked a checkpoint.");
        List<InputReader.Problem> problems = new ArrayList<>();
        List<InputDocument> docs = InputReader.read(dir, problems::add);
        assertEquals(List.of("ok"), docs.stream().map(InputDocument::docId).toList());
        assertEquals(List.of("blank: empty: only whitespace", "empty: empty: no text", "folder: cannot read: Is a directory",
                        "image: binary: a PNG image file, not text", "nul: binary: NUL bytes at byte 3, not text"),
                problems.stream().map(p -> p.docId() + ": " + p.reason()).toList());
        assertTrue(problems.stream().allMatch(p -> p.where().startsWith(dir.toString())), "every problem names its file");
    }

    @Test
    void aFileWithoutReadPermissionIsReported(@TempDir Path dir) throws IOException {
        Path locked = dir.resolve("locked.txt");
        Files.writeString(locked, "Secret.");
        Files.writeString(dir.resolve("open.txt"), "Open.");
        assertTrue(locked.toFile().setReadable(false, false));
        // As root, permissions do not stop reading: the check is then meaningless, not failed.
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not block reads");
        List<InputReader.Problem> problems = new ArrayList<>();
        List<InputDocument> docs = InputReader.read(dir, problems::add);
        assertEquals(List.of("open"), docs.stream().map(InputDocument::docId).toList());
        assertEquals("locked.txt: cannot read: permission denied",
                Path.of(problems.get(0).where()).getFileName() + ": " + problems.get(0).reason());
    }

    @Test
    void textsOverTheSizeLimitAreReportedWithTheLimit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("huge.txt"), "word ".repeat(300));
        Files.writeString(dir.resolve("small.txt"), "word ".repeat(10));
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, "{\"doc_id\": \"huge\", \"text\": \"" + "word ".repeat(300) + "\"}\n"
                + "{\"doc_id\": \"small\", \"text\": \"word\"}\n");
        for (Path input : List.of(dir, jsonl)) {
            List<InputReader.Problem> problems = new ArrayList<>();
            List<InputDocument> docs = new ArrayList<>();
            try (InputReader.Documents d = InputReader.open(input, 1000, problems::add)) {
                d.forEachRemaining(docs::add);
            }
            assertEquals(List.of("small"), docs.stream().map(InputDocument::docId).toList(), input.toString());
            assertEquals("huge", problems.get(0).docId());
            assertTrue(problems.get(0).reason().startsWith("too long: 1500 characters, over the limit of 1000 characters (--max-chars)"),
                    problems.get(0).reason());
        }
    }

    @Test
    void aJsonlLineOfInvalidUtf8IsThatLinesProblemNotTheFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("in.jsonl");
        byte[] bad = "{\"doc_id\": \"b\", \"text\": \"caf\u00ff\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(f)) {
            out.write("{\"doc_id\": \"a\", \"text\": \"One.\"}\r\n".getBytes());
            out.write(bad);
            out.write("{\"doc_id\": \"c\", \"text\": \"Three.\"}".getBytes());
        }
        List<InputReader.Problem> problems = new ArrayList<>();
        List<InputDocument> docs = InputReader.read(f, problems::add);
        assertEquals(List.of("a", "c"), docs.stream().map(InputDocument::docId).toList());
        assertEquals("One.", docs.get(0).text(), "a CRLF line ending is not part of the text");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).where().endsWith("in.jsonl:2") && problems.get(0).reason().startsWith("not valid UTF-8"));
        assertEquals("b", problems.get(0).docId(), "the document is named although its line is not valid UTF-8");
    }

    @Test
    void mistypedAndMissingFieldsSayWhatWasFound(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, String.join("\n", "[1, 2]", "{\"text\": \"No id.\"}", "{\"doc_id\": 7, \"text\": \"x\"}",
                "{\"doc_id\": \"e\", \"text\": \"\"}", "{\"doc_id\": \"n\", \"text\": \"a\\u0000b\"}", "null"));
        List<InputReader.Problem> problems = new ArrayList<>();
        assertEquals(List.of(), InputReader.read(f, problems::add));
        assertEquals(List.of("expected a JSON object {\"doc_id\", \"text\", \"document_date\"?}",
                        "doc_id: expected a non-empty string, the field is missing",
                        "doc_id: expected a non-empty string, found 7",
                        "empty: no text",
                        "binary: NUL character at offset 1, not text",
                        "expected a JSON object {\"doc_id\", \"text\", \"document_date\"?}"),
                problems.stream().map(InputReader.Problem::reason).toList());
    }

    @Test
    void documentsAreReadOnlyAsTheyAreAsked(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, "{\"doc_id\": \"a\", \"text\": \"One.\"}\n{broken\n{\"doc_id\": \"b\", \"text\": \"Two.\"}\n");
        List<InputReader.Problem> problems = new ArrayList<>();
        try (InputReader.Documents docs = InputReader.open(f, 100, problems::add)) {
            assertEquals("a", docs.next().docId());
            assertEquals(List.of(), problems, "the broken line is not read before it is needed");
            assertTrue(docs.hasNext());
            assertEquals(1, problems.size(), "the problem arrives before the document after it");
            assertEquals("b", docs.next().docId());
            assertTrue(!docs.hasNext());
        }
    }
}

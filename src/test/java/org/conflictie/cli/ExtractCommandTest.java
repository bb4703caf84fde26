package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ie extract} with input it cannot start on: one line naming the path, exit 1, before the models load. */
class ExtractCommandTest {
    private record Run(int exit, String err, long millis) {}

    private static Run extract(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aFolderWithoutArticlesIsNamedBeforeTheModelsLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Run r = extract("extract", dir.toString(), "-o", dir.resolve("out.jsonl").toString());
        assertEquals(1, r.exit());
        assertEquals("ie extract: " + dir + ": the folder holds no .txt articles\n", r.err());
        assertTrue(r.millis() < 5000, "answered without loading CoreNLP: " + r.millis() + " ms");
    }

    @Test
    void aMissingInputOrOutputFolderIsNamed(@TempDir Path dir) throws IOException {
        Run missing = extract("extract", dir.resolve("nope.jsonl").toString(), "-o", dir.resolve("out.jsonl").toString());
        assertEquals(1, missing.exit());
        assertEquals("ie extract: " + dir.resolve("nope.jsonl") + ": no such file or folder\n", missing.err());
        Files.writeString(dir.resolve("a.txt"), "Gunmen attacked a checkpoint.");
        Run noFolder = extract("extract", dir.toString(), "-o", dir.resolve("runs/out.jsonl").toString());
        assertEquals(1, noFolder.exit());
        assertEquals("ie extract: " + dir.resolve("runs") + ": no such folder for the output\n", noFolder.err());
    }
}

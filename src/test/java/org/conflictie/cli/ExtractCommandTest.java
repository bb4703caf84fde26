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

    @Test
    void aBrokenRuleFileInAModelsCopyIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        try (var files = Files.walk(Path.of("models"))) { // the project's own models/, copied as a user would
            for (Path f : files.toList()) {
                Path to = models.resolve(Path.of("models").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Files.writeString(models.resolve("actors/actor-words.tsv"), "# a copy that lost most of its lists\nlight-verb\tlaunch\n");
        Files.writeString(dir.resolve("a.txt"), "Gunmen attacked a checkpoint on Monday.");
        Run r = extract("extract", dir.toString(), "-o", dir.resolve("out.jsonl").toString(), "--models", models.toString(),
                "--cache", dir.resolve("cache").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("ie extract: cannot load the models in " + models + ": "), r.err());
        assertTrue(r.err().contains("actor-words.tsv"), r.err());
        assertTrue(!r.err().contains("\tat ") && r.err().strip().lines().count() == 1, "one line, no stack trace:\n" + r.err());
    }
}

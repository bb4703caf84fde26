package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictie.run.RunManifest;
import org.conflictie.run.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ie runs}, {@code ie compare} on run folders and the run-folder usage errors of
 * {@code ie extract}, on hand-made run folders (the score fixtures of ScoreCommandTest; no CoreNLP).
 */
class RunsCommandTest {
    @TempDir
    Path tmp;

    static final Path FIXTURES = TestRuns.scoreFixtures();
    static final Path GOLD = FIXTURES.resolve("gold");

    @Test
    void listsRunsAndNotesABrokenManifest() throws Exception {
        TestRuns.make(tmp, "base", "2026-02-01T09:30:00Z", FIXTURES.resolve("run-a.jsonl"), GOLD);
        TestRuns.make(tmp, "edit", "2026-02-01T10:00:00Z", FIXTURES.resolve("run-b.jsonl"), GOLD);
        Files.createDirectories(tmp.resolve("half")).resolve(RunManifest.FILE).toFile().createNewFile();
        Files.createDirectories(tmp.resolve("scratch"));

        ScoreCommandTest.Result r = ScoreCommandTest.run("runs", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        var lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("base ") && lines.get(1).contains("0.815"), r.out());
        assertTrue(lines.get(2).startsWith("edit ") && lines.get(2).contains("1.000"), r.out());
        assertTrue(lines.get(3).startsWith("half ") && lines.get(3).contains("broken manifest"), r.out());
        assertFalse(r.out().contains("scratch"), r.out());

        ScoreCommandTest.Result missing = ScoreCommandTest.run("runs", tmp.resolve("nope").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
    }

    @Test
    void comparesRunFoldersOnTheGoldTheyRecorded() throws Exception {
        Path a = TestRuns.make(tmp, "a", "2026-02-01T09:30:00Z", FIXTURES.resolve("run-a.jsonl"), GOLD);
        Path b = TestRuns.make(tmp, "b", "2026-02-01T10:00:00Z", FIXTURES.resolve("run-b.jsonl"), GOLD);

        ScoreCommandTest.Result r = ScoreCommandTest.run("compare", "--json", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(22.0 / 27, json.get("all").get("a").get("f1").asDouble(), 1e-12);
        assertEquals(1.0, json.get("all").get("b").get("f1").asDouble(), 1e-12);
        assertTrue(r.err().contains("recorded in both run folders"), r.err());

        // A run folder beside a bare file, with the gold named: the same numbers.
        ScoreCommandTest.Result mixed = ScoreCommandTest.run("compare", "--json", "--gold", GOLD.toString(),
                a.toString(), FIXTURES.resolve("run-b.jsonl").toString());
        assertEquals(0, mixed.exit(), mixed.err());
        assertEquals(1.0, new ObjectMapper().readTree(mixed.out()).get("all").get("b").get("f1").asDouble(), 1e-12);

        ScoreCommandTest.Result noGold = ScoreCommandTest.run("compare", a.toString(), FIXTURES.resolve("run-b.jsonl").toString());
        assertEquals(2, noGold.exit());
        assertTrue(noGold.err().contains("is not a run folder") && noGold.err().contains("--gold"), noGold.err());

        Path unscored = TestRuns.make(tmp, "c", "2026-02-01T11:00:00Z", FIXTURES.resolve("run-b.jsonl"), null);
        ScoreCommandTest.Result notScored = ScoreCommandTest.run("compare", a.toString(), unscored.toString());
        assertEquals(2, notScored.exit());
        assertTrue(notScored.err().contains("was not scored"), notScored.err());
    }

    @Test
    void extractNeedsExactlyOneDestinationAndAnEmptyRunFolder() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("d1.txt"), "Gunmen killed two people.");

        ScoreCommandTest.Result both = ScoreCommandTest.run("extract", input.toString(), "-o", tmp.resolve("x.jsonl").toString(),
                "--run-dir", tmp.resolve("r").toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());

        ScoreCommandTest.Result neither = ScoreCommandTest.run("extract", input.toString());
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("Missing required argument") && neither.err().contains("--run-dir"), neither.err());

        Path used = TestRuns.make(tmp, "used", "2026-02-01T09:30:00Z", FIXTURES.resolve("run-a.jsonl"), GOLD);
        String before = Files.readString(used.resolve("predictions.jsonl"));
        ScoreCommandTest.Result refused = ScoreCommandTest.run("extract", input.toString(), "--run-dir", used.toString());
        assertEquals(2, refused.exit());
        assertEquals(before, Files.readString(used.resolve("predictions.jsonl")));

        // A missing gold folder fails before --force clears the earlier run.
        ScoreCommandTest.Result noGold = ScoreCommandTest.run("extract", input.toString(), "--run-dir", used.toString(),
                "--force", "--gold", tmp.resolve("no-such-gold").toString());
        assertEquals(1, noGold.exit());
        assertEquals(before, Files.readString(used.resolve("predictions.jsonl")));

        ScoreCommandTest.Result goldWithoutRun = ScoreCommandTest.run("extract", input.toString(), "-o",
                tmp.resolve("x.jsonl").toString(), "--gold", GOLD.toString());
        assertEquals(2, goldWithoutRun.exit());
    }
}

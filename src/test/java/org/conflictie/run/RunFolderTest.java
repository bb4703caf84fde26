package org.conflictie.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir
    Path tmp;

    static final Path FIXTURES = TestRuns.scoreFixtures();

    @Test
    void refusesANonEmptyFolderUnlessForcedAndThenKeepsOtherFiles() throws Exception {
        Path gold = FIXTURES.resolve("gold");
        Path run = TestRuns.make(tmp, "a", "2026-01-01T00:00:00Z", FIXTURES.resolve("run-a.jsonl"), gold);
        Files.writeString(run.resolve("notes.md"), "tried a new trigger");

        var refused = assertThrows(RunFolder.RefusedException.class, () -> RunFolder.prepare(run, false));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        assertTrue(Files.exists(RunFolder.predictions(run)), "a refused run leaves the folder as it was");

        RunFolder.prepare(run, true);
        assertFalse(Files.exists(RunFolder.predictions(run)));
        assertFalse(Files.exists(run.resolve(RunFolder.SCORES_JSON)), "no stale scores survive");
        assertTrue(Files.exists(run.resolve("notes.md")));

        Path fresh = tmp.resolve("new/b");
        RunFolder.prepare(fresh, false);
        assertTrue(Files.isDirectory(fresh));
        RunFolder.prepare(fresh, false); // empty: fine

        Files.writeString(tmp.resolve("file"), "x");
        assertThrows(RunFolder.RefusedException.class, () -> RunFolder.prepare(tmp.resolve("file"), true));
    }

    @Test
    void aRunFolderStandsForItsPredictions() throws Exception {
        Path run = TestRuns.make(tmp, "a", "2026-01-01T00:00:00Z", FIXTURES.resolve("run-a.jsonl"), null);
        assertEquals(run.resolve("predictions.jsonl"), RunFolder.predictionsOf(run));
        Path file = FIXTURES.resolve("run-b.jsonl");
        assertEquals(file, RunFolder.predictionsOf(file));
    }

    @Test
    void sharedGoldNeedsTwoRunsScoredOnTheSameGold() throws Exception {
        Path gold = FIXTURES.resolve("gold");
        Path a = TestRuns.make(tmp, "a", "2026-01-01T00:00:00Z", FIXTURES.resolve("run-a.jsonl"), gold);
        Path b = TestRuns.make(tmp, "b", "2026-01-02T00:00:00Z", FIXTURES.resolve("run-b.jsonl"), gold);
        assertEquals(gold.toAbsolutePath().normalize(), RunFolder.sharedGold(a, b));

        Path unscored = TestRuns.make(tmp, "c", "2026-01-03T00:00:00Z", FIXTURES.resolve("run-b.jsonl"), null);
        var e = assertThrows(IllegalArgumentException.class, () -> RunFolder.sharedGold(a, unscored));
        assertTrue(e.getMessage().contains("was not scored"), e.getMessage());

        Path other = TestRuns.make(tmp, "d", "2026-01-03T00:00:00Z", FIXTURES.resolve("run-b.jsonl"), tmp);
        e = assertThrows(IllegalArgumentException.class, () -> RunFolder.sharedGold(a, other));
        assertTrue(e.getMessage().contains("different gold folders"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> RunFolder.sharedGold(a, FIXTURES.resolve("run-b.jsonl")));
        assertTrue(e.getMessage().contains("is not a run folder"), e.getMessage());
    }
}

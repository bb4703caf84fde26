package org.conflictie.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunListingTest {
    @TempDir
    Path tmp;

    static final Path FIXTURES = TestRuns.scoreFixtures();

    @Test
    void listsRunsByStartTimeWithHeadlineScoresAndSkipsOtherFolders() throws Exception {
        Path gold = FIXTURES.resolve("gold");
        // Named against their start order, so sorting by name would fail.
        TestRuns.make(tmp, "a-later", "2026-03-01T10:00:00Z", FIXTURES.resolve("run-b.jsonl"), gold);
        TestRuns.make(tmp, "z-first", "2026-02-01T09:30:00Z", FIXTURES.resolve("run-a.jsonl"), gold);
        TestRuns.make(tmp, "m-unscored", "2026-02-15T00:00:00Z", FIXTURES.resolve("run-a.jsonl"), null);
        Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(tmp.resolve("notes/x.txt"), "not a run");
        Files.writeString(tmp.resolve("loose.jsonl"), "");

        List<RunListing.Entry> entries = RunListing.list(tmp);
        assertEquals(List.of("z-first", "m-unscored", "a-later"), entries.stream().map(RunListing.Entry::name).toList());
        // run A: all F1 22/27 (ScoreCommandTest); event: 2 of 3 gold events found, 2 predicted.
        assertEquals(22.0 / 27, entries.get(0).headline().allF1(), 1e-9);
        assertEquals(0.8, entries.get(0).headline().eventF1(), 1e-9);
        assertEquals(1.0, entries.get(2).headline().allF1(), 1e-9);
        assertNull(entries.get(1).headline());

        String text = RunListing.format(entries);
        List<String> lines = text.lines().toList();
        assertEquals(4, lines.size(), text);
        assertTrue(lines.get(1).matches("z-first\\s+2026-02-01 09:30Z\\s+3\\s+2\\s+0\\s+0\\.815\\s+0\\.800\\s+3\\.5\\s*"), lines.get(1));
        assertTrue(lines.get(2).matches("m-unscored\\s+2026-02-15 00:00Z\\s+3\\s+2\\s+0\\s+-\\s+-\\s+3\\.5\\s*"), lines.get(2));
    }

    @Test
    void aBrokenManifestIsListedWithANoteNotACrash() throws Exception {
        TestRuns.make(tmp, "good", "2026-02-01T09:30:00Z", FIXTURES.resolve("run-a.jsonl"), null);
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve(RunManifest.FILE), "{\"manifest_version\": 1, \"started_at\"");
        Path badScores = TestRuns.make(tmp, "bad-scores", "2026-02-02T09:30:00Z", FIXTURES.resolve("run-a.jsonl"), null);
        Files.writeString(badScores.resolve(RunFolder.SCORES_JSON), "{\"all\": {}}");

        List<RunListing.Entry> entries = RunListing.list(tmp);
        assertEquals(List.of("good", "bad-scores", "broken"), entries.stream().map(RunListing.Entry::name).toList());
        assertNull(entries.get(2).manifest());
        assertTrue(entries.get(2).problem().startsWith("broken manifest: "), entries.get(2).problem());
        assertTrue(entries.get(1).problem().contains("all.f1"), entries.get(1).problem());

        String text = RunListing.format(entries);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("broken") && l.contains("broken manifest") && l.contains("manifest.json")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("bad-scores") && l.contains("unreadable scores.json")), text);
    }
}

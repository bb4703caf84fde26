package org.conflictie.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictie.format.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
    @TempDir
    Path tmp;

    @Test
    void writesSnakeCaseJsonAndReadsItBack() throws Exception {
        RunManifest m = TestRuns.manifest("base", "2026-01-02T03:04:05Z", tmp.resolve("gold"), 200, 310, 27.5,
                List.of(new RunManifest.DisabledRule("actor.", 42)));
        Path file = tmp.resolve(RunManifest.FILE);
        m.write(file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, json.get("manifest_version").asInt());
        assertEquals(27.5, json.get("timings").get("wall_seconds").asDouble());
        assertEquals("actor.", json.get("disabled_rules").get(0).get("prefix").asText());
        assertEquals(42, json.get("disabled_rules").get(0).get("dropped_mentions").asLong());
        assertEquals("d1", json.get("input").get("documents").get(0).get("doc_id").asText());
        assertEquals("ef", json.get("models").get("files").get("triggers/attack-triggers.tsv").asText());

        assertEquals(m, RunManifest.read(file));
    }

    @Test
    void aRunWithoutGoldRecordsNull() throws Exception {
        Path file = tmp.resolve(RunManifest.FILE);
        TestRuns.manifest("x", "2026-01-02T03:04:05Z", null, 1, 0, 1, List.of()).write(file);
        assertTrue(new ObjectMapper().readTree(file.toFile()).get("gold").isNull());
        assertNull(RunManifest.read(file).gold());
    }

    @Test
    void brokenManifestsNameTheFileAndTheProblem() throws Exception {
        Path file = tmp.resolve(RunManifest.FILE);
        Files.writeString(file, "{\"manifest_version\": 1, \"started_at\": ");
        FormatException truncated = assertThrows(FormatException.class, () -> RunManifest.read(file));
        assertTrue(truncated.getMessage().contains(file.toString()), truncated.getMessage());

        Files.writeString(file, "{\"manifest_version\": 1, \"totals\": {\"documents\": \"many\"}}");
        FormatException wrongType = assertThrows(FormatException.class, () -> RunManifest.read(file));
        assertTrue(wrongType.getMessage().contains("$.totals.documents"), wrongType.getMessage());

        Files.writeString(file, "{\"manifest_version\": 1, \"started_at\": \"yesterday\"}");
        FormatException badTime = assertThrows(FormatException.class, () -> RunManifest.read(file));
        assertTrue(badTime.getMessage().contains("started_at \"yesterday\""), badTime.getMessage());

        Files.writeString(file, "{\"manifest_version\": 7, \"started_at\": \"2026-01-02T03:04:05Z\"}");
        FormatException future = assertThrows(FormatException.class, () -> RunManifest.read(file));
        assertTrue(future.getMessage().contains("manifest_version 7"), future.getMessage());
    }
}

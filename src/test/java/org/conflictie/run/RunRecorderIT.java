package org.conflictie.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.api.ModelFixture;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds extracted into a run folder with gold: what the manifest records and the scores files. */
class RunRecorderIT {
    @TempDir
    Path tmp;

    @Test
    void recordsTheSeedsRunWithManifestAndScores() throws Exception {
        Path seeds = Path.of("seeds"), gold = Path.of("gold-annotations");
        List<InputDocument> docs = InputReader.read(seeds, p -> { throw new AssertionError(p.toString()); });
        Path run = tmp.resolve("seeds-run");
        RunFolder.prepare(run, false);
        var request = new RunRecorder.Request(seeds, gold, true, 2, 12.0, List.of("extract", "seeds", "--run-dir", run.toString()));
        RunRecorder.Result result = RunRecorder.record(ModelFixture.extractor(), run, docs, new ArrayList<>(), request);

        RunManifest m = RunManifest.read(RunFolder.manifest(run));
        assertEquals(result.manifest(), m);
        assertEquals("seeds-run", m.name());
        assertEquals(5, m.totals().documents());
        assertEquals(0, m.totals().failures());
        var predictions = EventJson.read(RunFolder.predictions(run));
        assertEquals(predictions.stream().mapToInt(d -> d.events().size()).sum(), m.totals().events());
        assertTrue(m.totals().tokens() > 1000, "tokens: " + m.totals().tokens());

        assertEquals("folder", m.input().kind());
        assertNull(m.input().sha256());
        assertEquals(5, m.input().documents().size());
        for (RunManifest.DocumentHash h : m.input().documents()) {
            assertEquals(Fingerprints.sha256(Files.readString(seeds.resolve(h.docId() + ".txt"))), h.sha256(), h.docId());
        }
        // The bundled rule files are fingerprinted byte for byte as they are in the checkout.
        assertEquals(Fingerprints.sha256(Path.of("models/triggers/attack-triggers.tsv")),
                m.models().files().get("triggers/attack-triggers.tsv"));
        assertEquals("bundled", m.models().dir());
        assertTrue(m.models().files().containsKey("pipeline/corenlp.properties"), m.models().files().keySet().toString());
        assertEquals("tokenize,ssplit,pos,posrepair,lemma,ner,depparse", m.pipeline().corenlpProperties().get("annotators"));
        assertTrue(m.pipeline().caselessProperties().get("pos.model").contains("caseless"), m.pipeline().caselessProperties().toString());
        assertEquals("4.5.10", m.versions().corenlp());
        assertEquals(System.getProperty("java.version"), m.versions().java().split(" ")[0]);
        assertEquals(List.of("extract", "seeds", "--run-dir", run.toString()), m.commandLine());
        assertEquals(2, m.threads());
        assertTrue(m.peakHeapBytes() > 100_000_000L, "peak heap " + m.peakHeapBytes());
        assertTrue(m.timings().wallSeconds() > 0 && m.timings().eventsThreadSeconds() > 0, m.timings().toString());
        assertEquals(12.0, m.timings().loadSeconds());
        assertEquals(gold.toAbsolutePath().normalize().toString(), m.gold().dir());
        assertTrue(m.gold().ignoreOptional());
        assertEquals(List.of(), m.disabledRules());

        // scores.json is the scorer's --json for these predictions; scores.txt its table.
        var expected = Scorer.builder().ignoreOptional(true).build().score(EventJson.readGoldDir(gold), predictions);
        JsonNode scores = new ObjectMapper().readTree(run.resolve(RunFolder.SCORES_JSON).toFile());
        assertEquals(new ObjectMapper().readTree(expected.toJson(false)), scores);
        assertTrue(scores.get("options").get("ignore_optional").asBoolean());
        assertEquals(expected.toText(false), Files.readString(run.resolve(RunFolder.SCORES_TEXT)));
        assertTrue(Files.readString(run.resolve(RunFolder.SCORES_TEXT)).startsWith("Scored 5 gold documents"));

        var listed = RunListing.list(tmp);
        assertEquals(1, listed.size());
        assertEquals(scores.get("all").get("f1").asDouble(), listed.get(0).headline().allF1(), 1e-12);
    }
}

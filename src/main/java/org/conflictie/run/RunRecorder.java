package org.conflictie.run;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.conflictie.api.BatchRunner;
import org.conflictie.api.Extractor;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.format.InputDocument;
import org.conflictie.model.EventDocument;
import org.conflictie.pipeline.PipelineConfig;
import org.conflictie.score.ScoreReport;
import org.conflictie.score.Scorer;

/**
 * Extracts documents into a run folder ({@link RunFolder}) and records its manifest, and with a gold
 * folder its scores. The extractor is the caller's, so a program or test can share one.
 */
public final class RunRecorder {
    private RunRecorder() {}

    /**
     * What to run.
     *
     * @param input          the folder or JSONL file the documents came from
     * @param gold           gold folder to score against, or null
     * @param ignoreOptional score without the gold's optional events and values
     * @param threads        documents in parallel
     * @param loadSeconds    how long building the extractor took, for the manifest
     * @param commandLine    the arguments as typed, or empty
     */
    public record Request(Path input, Path gold, boolean ignoreOptional, int threads, double loadSeconds,
                          List<String> commandLine) {}

    /** The manifest written, the scores (null without gold) and the batch totals. */
    public record Result(RunManifest manifest, ScoreReport scores, BatchRunner.Summary summary) {}

    /**
     * Runs the extraction into {@code runDir}, which must have been {@linkplain RunFolder#prepare prepared}.
     * The gold folder is read before extracting, so a bad gold folder fails at once.
     */
    public static Result record(Extractor extractor, Path runDir, List<InputDocument> docs,
                                List<BatchRunner.Failure> inputFailures, Request request) throws IOException {
        return record(extractor, runDir, docs, inputFailures, request, null);
    }

    /** As {@link #record(Extractor, Path, List, List, Request)}, telling {@code listener} (may be null) of progress. */
    public static Result record(Extractor extractor, Path runDir, List<InputDocument> docs,
                                List<BatchRunner.Failure> inputFailures, Request request,
                                org.conflictie.api.ProgressListener listener) throws IOException {
        List<EventDocument> gold = request.gold() == null ? null : readGold(request.gold());
        Instant started = Instant.now();
        BatchRunner.Summary s = new BatchRunner(extractor, request.threads(), listener)
                .run(docs, inputFailures, RunFolder.predictions(runDir), null);
        ScoreReport scores = null;
        if (gold != null) {
            scores = Scorer.builder().ignoreOptional(request.ignoreOptional()).build()
                    .score(gold, EventJson.read(RunFolder.predictions(runDir)));
            Files.writeString(runDir.resolve(RunFolder.SCORES_JSON), scores.toJson(false), StandardCharsets.UTF_8);
            Files.writeString(runDir.resolve(RunFolder.SCORES_TEXT), scores.toText(false), StandardCharsets.UTF_8);
        }
        RunManifest manifest = manifest(extractor, runDir, docs, request, started, s);
        manifest.write(RunFolder.manifest(runDir));
        return new Result(manifest, scores, s);
    }

    private static List<EventDocument> readGold(Path dir) {
        if (!Files.isDirectory(dir)) throw new FormatException(dir, "not a folder of <doc_id>.json gold files");
        List<EventDocument> gold = EventJson.readGoldDir(dir);
        if (gold.isEmpty()) throw new FormatException(dir, "no <doc_id>.json gold files in this folder");
        return gold;
    }

    static RunManifest manifest(Extractor ex, Path runDir, List<InputDocument> docs, Request r, Instant started,
                                BatchRunner.Summary s) {
        List<RunManifest.DocumentHash> hashes = new ArrayList<>();
        for (InputDocument d : docs) hashes.add(new RunManifest.DocumentHash(d.docId(), Fingerprints.sha256(d.text())));
        boolean folder = Files.isDirectory(r.input());
        var input = new RunManifest.Input(r.input().toString(), folder ? "folder" : "jsonl",
                folder ? null : Fingerprints.sha256(r.input()), hashes);

        var models = new RunManifest.Models(ex.models().dir() == null ? "bundled" : ex.models().dir().toString(),
                Fingerprints.modelFiles(ex.models()));
        PipelineConfig config = ex.corenlp().config();
        Path props = config.propertiesFile();
        var pipeline = new RunManifest.Pipeline(props == null ? null : props.toString(),
                props == null ? null : Fingerprints.sha256(props),
                sorted(ex.corenlp().effectiveProperties(false)), sorted(ex.corenlp().effectiveProperties(true)));

        List<RunManifest.DisabledRule> disabled = new ArrayList<>();
        ex.disabledRules().droppedCounts().forEach((p, n) -> disabled.add(new RunManifest.DisabledRule(p, n)));

        var versions = new RunManifest.Versions(version(Extractor.class), version(StanfordCoreNLP.class),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        var gold = r.gold() == null ? null : new RunManifest.Gold(r.gold().toAbsolutePath().normalize().toString(), r.ignoreOptional());
        var timings = new RunManifest.Timings(round(r.loadSeconds()), round(s.wallNanos() / 1e9),
                round(s.corenlpNanos() / 1e9), round(s.eventNanos() / 1e9));
        var totals = new RunManifest.Totals(s.documents(), s.tokens(), s.events(), s.failed());
        return new RunManifest(RunManifest.VERSION, runDir.toAbsolutePath().normalize().getFileName().toString(),
                started.toString(), r.commandLine(), versions, r.threads(), input, models, pipeline, disabled, gold,
                timings, totals, HeapUsage.peakBytes());
    }

    /** The Implementation-Version of the jar holding {@code c}; a build tree has none. */
    private static String version(Class<?> c) {
        String v = c.getPackage().getImplementationVersion();
        return v == null ? "unknown (classes not from a jar)" : v;
    }

    private static Map<String, String> sorted(Properties p) {
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}

package org.conflictie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.api.BatchRunner;
import org.conflictie.api.Extractor;
import org.conflictie.format.FormatException;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.pipeline.PipelineConfig;
import org.conflictie.run.HeapUsage;
import org.conflictie.run.RunFolder;
import org.conflictie.run.RunRecorder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ie extract INPUT -o OUT.jsonl}: events for every article of a folder or JSONL file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract attack events from a folder of .txt articles or a JSONL file of",
                "{\"doc_id\", \"text\", \"document_date\"?} objects. Writes one format-v1 document per line,",
                "in input order; documents that fail go to OUT.errors.jsonl. Exit 1 if any failed.",
                "Give exactly one of -o OUT.jsonl and --run-dir DIR."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "folder of <doc_id>.txt files, or a .jsonl file")
    Path input;

    /** Exactly one destination: a bare predictions file, or a run folder with manifest (and scores). */
    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "predictions file")
        Path output;

        @Option(names = "--run-dir", required = true, paramLabel = "DIR",
                description = "run folder: predictions.jsonl, manifest.json, and with --gold scores.json and scores.txt (docs/research-loop.md)")
        Path runDir;
    }

    @Option(names = "--gold", paramLabel = "GOLD_DIR", description = "with --run-dir: score the run against this gold folder")
    Path gold;

    @Option(names = "--ignore-optional", description = "with --gold: leave out gold events and values marked optional")
    boolean ignoreOptional;

    @Option(names = "--force", description = "with --run-dir: replace the run in a folder that is not empty")
    boolean force;

    @Option(names = "--disable-rule", paramLabel = "ID", description = {"switch off every rule whose id starts with ID",
            "(repeatable; 'casualty.' all casualty rules, 'casualty.passive-killed' one rule)"})
    List<String> disabledRules = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", defaultValue = "2", description = "documents annotated in parallel (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--doc-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "per-document limit; a document over it is skipped and reported (default ${DEFAULT-VALUE})")
    long docTimeout;

    @Option(names = "--models", paramLabel = "DIR", description = "read rules, lexicons and gazetteers from this folder")
    Path models;

    @Option(names = "--properties", paramLabel = "FILE", description = "CoreNLP properties replacing models/pipeline/corenlp.properties")
    Path properties;

    @Option(names = "--cache", defaultValue = ".cache/corenlp", paramLabel = "DIR",
            description = "CoreNLP output per document, reused when text, date, models and properties match (default ${DEFAULT-VALUE})")
    Path cache;

    @Option(names = "--no-cache", description = "annotate every document afresh and store nothing")
    boolean noCache;

    @Option(names = "--resume", description = {"continue an interrupted run: keep OUT.part and OUT.errors.jsonl,",
            "skip the documents they hold, extract the rest (-o only; see docs/reliability.md)"})
    boolean resume;

    @Option(names = "--max-chars", defaultValue = "" + InputReader.DEFAULT_MAX_CHARS, paramLabel = "N",
            description = "longest article accepted; longer ones are reported, not extracted (default ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--explain", description = "add to every event an \"explanation\": why each value won, and the candidates that lost (read it with ie explain)")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        Path output = destination.output != null ? destination.output : RunFolder.predictions(destination.runDir);
        if (destination.runDir == null && (gold != null || ignoreOptional || force)) {
            System.err.println("ie extract: --gold, --ignore-optional and --force need --run-dir");
            return 2;
        }
        if (gold != null && !java.nio.file.Files.isDirectory(gold)) {
            System.err.println("ie extract: " + gold + ": not a folder of <doc_id>.json gold files");
            return 1;
        }
        if (resume && destination.runDir != null) {
            System.err.println("ie extract: --resume needs -o OUT.jsonl (a run folder is recorded whole)");
            return 2;
        }
        // Bad input and output paths are reported before the models load (~15 s).
        try (InputReader.Documents probe = InputReader.open(input, maxChars, p -> {})) {
            Path dir = output.toAbsolutePath().getParent();
            if (destination.runDir == null && dir != null && !Files.isDirectory(dir)) {
                throw new IOException(dir + ": no such folder for the output");
            }
        } catch (IOException e) {
            System.err.println("ie extract: " + e.getMessage());
            return 1;
        }
        if (resume && !Files.exists(BatchRunner.partFile(output))) {
            System.err.println("ie extract: nothing to resume (no " + BatchRunner.partFile(output) + "); starting afresh");
        }
        if (destination.runDir != null) {
            try {
                RunFolder.prepare(destination.runDir, force);
            } catch (RunFolder.RefusedException e) {
                System.err.println("ie extract: " + e.getMessage());
                return 2;
            }
        }
        // A run folder records its documents whole (manifest, scores), so it reads them first; -o streams.
        List<BatchRunner.Failure> inputFailures = new ArrayList<>();
        List<InputDocument> docs = new ArrayList<>();
        if (destination.runDir != null) {
            try (InputReader.Documents d = InputReader.open(input, maxChars, p -> {
                System.err.println("ie extract: skipping " + p.where() + ": " + p.reason());
                inputFailures.add(new BatchRunner.Failure(p.docId(), "read", p.where() + ": " + p.reason()));
            })) {
                d.forEachRemaining(docs::add);
            }
        }
        PipelineConfig config = new PipelineConfig(properties, null, true, java.util.Map.of(), Duration.ofSeconds(docTimeout));
        Extractor.Builder builder = Extractor.builder().pipeline(config).disableRules(disabledRules);
        if (models != null) builder.models(models);
        if (!noCache) builder.cache(cache);
        if (explain) builder.explain(true);
        long t0 = System.nanoTime();
        Extractor built;
        try {
            built = builder.build();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // a broken rule or lexicon file: its loader names the file, line and what was expected
            System.err.println("ie extract: cannot load the models" + (models == null ? "" : " in " + models) + ": " + e.getMessage());
            return 1;
        }
        try (Extractor extractor = built) {
            long loaded = System.nanoTime();
            RuleAblationNotes.beforeRun(extractor, System.err);
            BatchRunner.Summary s;
            try (TerminalProgress bar = TerminalProgress.onStderr("extract")) {
                if (destination.runDir != null) {
                    var request = new RunRecorder.Request(input, gold, ignoreOptional, threads, (loaded - t0) / 1e9,
                            spec.commandLine().getParseResult().originalArgs());
                    RunRecorder.Result r;
                    try {
                        r = RunRecorder.record(extractor, destination.runDir, docs, inputFailures, request, bar);
                    } catch (FormatException e) {
                        System.err.println("ie extract: " + e.getMessage());
                        return 1;
                    }
                    s = r.summary();
                    if (r.scores() != null) System.out.print(r.scores().toText(false));
                } else {
                    try {
                        s = new BatchRunner(extractor, threads, bar).run(input, maxChars, output, resume, new BatchRunner.Listener() {
                            @Override
                            public void failed(BatchRunner.Failure f) {
                                System.err.println("ie extract: " + (f.docId() == null ? "" : f.docId() + ": ") + f.stage() + ": " + f.reason());
                            }
                        });
                    } catch (IOException e) {
                        // A full disk, a vanished input: what is done stays in the part file for --resume.
                        System.err.println("ie extract: stopped: " + e.getMessage() + "; finished documents are in "
                                + BatchRunner.partFile(output) + " (continue with --resume)");
                        return 1;
                    }
                }
            }
            System.err.printf("ie extract: %d documents, %d failed, %d events -> %s%s%n", s.documents(), s.failed(), s.events(),
                    destination.runDir != null ? destination.runDir : output,
                    s.resumed() > 0 ? " (" + s.resumed() + " resumed from the earlier run)" : "");
            double wall = s.wallNanos() / 1e9;
            System.err.printf("ie extract: load %.1f s, extraction %.1f s (%.2f docs/s, %.0f tokens/s; CoreNLP %.1f s, events %.2f s of thread time)%n",
                    (loaded - t0) / 1e9, wall, (s.documents() - s.resumed()) / wall, s.tokens() / wall,
                    s.corenlpNanos() / 1e9, s.eventNanos() / 1e9);
            System.err.printf("ie extract: peak heap %.2f GB (sum of heap pools' peaks; max heap %.2f GB)%n",
                    HeapUsage.peakBytes() / 1e9, Runtime.getRuntime().maxMemory() / 1e9);
            RuleAblationNotes.afterRun(extractor, System.err);
            Path predictions = destination.runDir != null ? RunFolder.predictions(destination.runDir) : output;
            if (s.failed() > 0) System.err.println("ie extract: failures listed in " + predictions + ".errors.jsonl");
            return s.failed() > 0 ? 1 : 0;
        }
    }
}

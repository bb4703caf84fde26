package org.conflictie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.conflictie.api.BatchRunner;
import org.conflictie.api.Extractor;
import org.conflictie.format.InputReader;
import org.conflictie.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ie extract INPUT -o OUT.jsonl}: events for every article of a folder or JSONL file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract attack events from a folder of .txt articles or a JSONL file of",
                "{\"doc_id\", \"text\", \"document_date\"?} objects. Writes one format-v1 document per line,",
                "in input order; documents that fail go to OUT.errors.jsonl. Exit 1 if any failed."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "folder of <doc_id>.txt files, or a .jsonl file")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "predictions file")
    Path output;

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
            "skip the documents they hold, extract the rest (see docs/reliability.md)"})
    boolean resume;

    @Option(names = "--max-chars", defaultValue = "" + InputReader.DEFAULT_MAX_CHARS, paramLabel = "N",
            description = "longest article accepted; longer ones are reported, not extracted (default ${DEFAULT-VALUE})")
    int maxChars;

    @Override
    public Integer call() throws Exception {
        // Bad input and output paths are reported before the models load (~15 s).
        try (InputReader.Documents probe = InputReader.open(input, maxChars, p -> {})) {
            Path dir = output.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) throw new IOException(dir + ": no such folder for the output");
        } catch (IOException e) {
            System.err.println("ie extract: " + e.getMessage());
            return 1;
        }
        PipelineConfig config = new PipelineConfig(properties, null, true, java.util.Map.of(), Duration.ofSeconds(docTimeout));
        Extractor.Builder builder = Extractor.builder().pipeline(config);
        if (models != null) builder.models(models);
        if (!noCache) builder.cache(cache);
        if (resume && !Files.exists(BatchRunner.partFile(output))) {
            System.err.println("ie extract: nothing to resume (no " + BatchRunner.partFile(output) + "); starting afresh");
        }
        long t0 = System.nanoTime();
        try (Extractor extractor = builder.build()) {
            long loaded = System.nanoTime();
            BatchRunner.Summary s;
            try {
                s = new BatchRunner(extractor, threads).run(input, maxChars, output, resume, new BatchRunner.Listener() {
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
            double wall = s.wallNanos() / 1e9;
            System.err.printf("ie extract: %d documents, %d failed, %d events -> %s%s%n", s.documents(), s.failed(), s.events(), output,
                    s.resumed() > 0 ? " (" + s.resumed() + " resumed from the earlier run)" : "");
            System.err.printf("ie extract: load %.1f s, extraction %.1f s (%.2f docs/s, %.0f tokens/s; CoreNLP %.1f s, events %.2f s of thread time)%n",
                    (loaded - t0) / 1e9, wall, (s.documents() - s.resumed()) / wall, s.tokens() / wall,
                    s.corenlpNanos() / 1e9, s.eventNanos() / 1e9);
            System.err.printf("ie extract: peak heap %.2f GB (sum of heap pools' peaks; max heap %.2f GB)%n",
                    PeakHeap.bytes() / 1e9, Runtime.getRuntime().maxMemory() / 1e9);
            if (s.failed() > 0) System.err.println("ie extract: failures listed in " + BatchRunner.errorsFile(output));
            return s.failed() > 0 ? 1 : 0;
        }
    }
}

package org.conflictie.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.api.BatchRunner;
import org.conflictie.api.Extractor;
import org.conflictie.format.InputDocument;
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

    @Override
    public Integer call() throws Exception {
        List<BatchRunner.Failure> inputFailures = new ArrayList<>();
        List<InputDocument> docs = InputReader.read(input, p -> {
            System.err.println("ie extract: skipping " + p.where() + ": " + p.reason());
            inputFailures.add(new BatchRunner.Failure(p.docId(), "read", p.where() + ": " + p.reason()));
        });
        PipelineConfig config = new PipelineConfig(properties, null, true, java.util.Map.of(), Duration.ofSeconds(docTimeout));
        Extractor.Builder builder = Extractor.builder().pipeline(config);
        if (models != null) builder.models(models);
        if (!noCache) builder.cache(cache);
        long t0 = System.nanoTime();
        try (Extractor extractor = builder.build()) {
            long loaded = System.nanoTime();
            BatchRunner.Summary s;
            try (TerminalProgress bar = TerminalProgress.onStderr("extract")) {
                s = new BatchRunner(extractor, threads, bar).run(docs, inputFailures, output, null);
            }
            System.err.printf("ie extract: %d documents, %d failed, %d events -> %s%n", s.documents(), s.failed(), s.events(), output);
            System.err.printf("ie extract: load %.1f s, extraction %.1f s (%.2f docs/s, %.0f tokens/s; CoreNLP %.1f s, events %.2f s of thread time)%n",
                    (loaded - t0) / 1e9, s.wallNanos() / 1e9, docs.size() / (s.wallNanos() / 1e9), s.tokens() / (s.wallNanos() / 1e9),
                    s.corenlpNanos() / 1e9, s.eventNanos() / 1e9);
            if (s.failed() > 0) System.err.println("ie extract: failures listed in " + output + ".errors.jsonl");
            return s.failed() > 0 ? 1 : 0;
        }
    }
}

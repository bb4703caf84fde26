package org.conflictie.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.conflictie.pipeline.DocumentFailure;

/**
 * Extracts many documents on a thread pool and writes one JSON line per document in input order.
 *
 * <p>Output goes to a temporary file renamed over {@code out} at the end, so an interrupted run
 * never leaves a half-written result. A document that fails (CoreNLP error, timeout, extraction
 * error) goes to {@code <out>.errors.jsonl} with its doc_id, stage and reason; the others complete.
 * At most {@code 2 × threads} documents are in flight, so memory does not grow with the input.
 */
public final class BatchRunner {
    /** Totals of a run. */
    public record Summary(int documents, int failed, int events, long tokens, long corenlpNanos, long eventNanos,
                          long wallNanos) {}

    /** A document that failed, as written to the errors file. */
    public record Failure(String docId, String stage, String reason) {}

    private final Extractor extractor;
    private final int threads;
    private final ProgressListener listener;

    public BatchRunner(Extractor extractor, int threads) {
        this(extractor, threads, null);
    }

    /** As {@link #BatchRunner(Extractor, int)}, telling {@code listener} (may be null) after every document. */
    public BatchRunner(Extractor extractor, int threads, ProgressListener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.extractor = extractor;
        this.threads = threads;
        this.listener = listener;
    }

    public Summary run(List<InputDocument> docs, List<Failure> inputFailures, Path out,
                       Consumer<DocumentResult> progress) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        Path errorsFile = out.resolveSibling(out.getFileName() + ".errors.jsonl");
        long start = System.nanoTime();
        int failed = inputFailures.size(), events = 0;
        long tokens = 0, corenlp = 0, event = 0;
        long done = inputFailures.size(), total = docs.size() + inputFailures.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             BufferedWriter errors = Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8)) {
            for (Failure f : inputFailures) writeFailure(errors, f);
            Deque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
            Deque<InputDocument> pending = new ArrayDeque<>();
            int next = 0;
            while (next < docs.size() || !inFlight.isEmpty()) {
                while (next < docs.size() && inFlight.size() < 2 * threads) {
                    InputDocument d = docs.get(next++);
                    pending.add(d);
                    inFlight.add(pool.submit(() -> extractor.process(d)));
                }
                Future<DocumentResult> f = inFlight.poll();
                InputDocument d = pending.poll();
                try {
                    DocumentResult r = f.get();
                    w.write(EventJson.toJsonLine(r.document()));
                    w.newLine();
                    events += r.document().events().size();
                    tokens += r.tokens();
                    corenlp += r.corenlpNanos();
                    event += r.eventNanos();
                    if (progress != null) progress.accept(r);
                } catch (ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause();
                    String stage = cause instanceof DocumentFailure df ? df.stage() : "extract";
                    writeFailure(errors, new Failure(d.docId(), stage, String.valueOf(cause.getMessage())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                if (listener != null) listener.onProgress(new Progress(++done, failed, total, Duration.ofNanos(System.nanoTime() - start)));
            }
        } finally {
            pool.shutdownNow();
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (failed == 0) Files.deleteIfExists(errorsFile);
        return new Summary(docs.size() + inputFailures.size(), failed, events, tokens, corenlp, event,
                System.nanoTime() - start);
    }

    private static void writeFailure(BufferedWriter errors, Failure f) throws IOException {
        ObjectNode n = EventJson.mapper().createObjectNode();
        n.put("doc_id", f.docId());
        n.put("stage", f.stage());
        n.put("reason", f.reason());
        errors.write(EventJson.mapper().writeValueAsString(n));
        errors.newLine();
    }
}

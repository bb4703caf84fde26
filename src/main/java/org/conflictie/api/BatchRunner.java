package org.conflictie.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.conflictie.format.EventJson;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.pipeline.DocumentFailure;

/**
 * Extracts many documents on a thread pool and writes one JSON line per document in input order.
 *
 * <p>Documents are read lazily from the input ({@link InputReader#open}) and at most
 * {@code 2 × threads} are in flight, so memory does not grow with the input. Each finished document
 * is appended to {@code <out>.part} and flushed, in input order, so an interrupted run leaves whole
 * lines of a prefix of the input; at the end the part file is renamed over {@code out}. A document
 * that fails (unreadable input, CoreNLP error, timeout, extraction error) is appended to
 * {@code <out>.errors.jsonl} with its doc_id, stage and reason, also in input order; the others
 * complete. The errors file is removed when nothing failed.
 *
 * <p>With {@code resume}, an existing part file and errors file are kept (a trailing partial line
 * is cut off), documents they already hold are skipped, and the rest is appended: the final files
 * are byte for byte those of an uninterrupted run over the same input.
 */
public final class BatchRunner {
    /**
     * Totals of a run.
     *
     * @param documents input items (documents and unreadable items), including those resumed
     * @param failed    lines of the errors file
     * @param resumed   documents taken from an earlier run's part file or errors file
     */
    public record Summary(int documents, int failed, int events, long tokens, long corenlpNanos, long eventNanos,
                          long wallNanos, int resumed) {}

    /** A document that failed, as written to the errors file; {@code docId} is null for a line without one. */
    public record Failure(String docId, String stage, String reason) {}

    /** Hears about each document as it is written, in input order; an exception stops the run. */
    public interface Listener {
        default void done(DocumentResult result) {}

        default void failed(Failure failure) {}
    }

    private final Extractor extractor;
    private final int threads;
    private final ProgressListener progressListener;

    public BatchRunner(Extractor extractor, int threads) {
        this(extractor, threads, null);
    }

    /** As {@link #BatchRunner(Extractor, int)}, telling {@code listener} (may be null) after every document. */
    public BatchRunner(Extractor extractor, int threads, ProgressListener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.extractor = extractor;
        this.threads = threads;
        this.progressListener = listener;
    }

    /** The part file a run over {@code out} appends to. */
    public static Path partFile(Path out) {
        return out.resolveSibling(out.getFileName() + ".part");
    }

    /** The errors file of a run over {@code out}. */
    public static Path errorsFile(Path out) {
        return out.resolveSibling(out.getFileName() + ".errors.jsonl");
    }

    /**
     * Extracts every document of a folder or JSONL file, reading it lazily.
     *
     * @param maxChars longest article accepted (see {@link InputReader#DEFAULT_MAX_CHARS})
     * @param resume   continue the part file and errors file an interrupted run left
     */
    public Summary run(Path input, int maxChars, Path out, boolean resume, Listener listener) throws IOException {
        Deque<Failure> readFailures = new ArrayDeque<>();
        try (InputReader.Documents docs = InputReader.open(input, maxChars,
                p -> readFailures.add(new Failure(p.docId(), "read", p.where() + ": " + p.reason())))) {
            return run(docs, readFailures, docs.items(), out, resume, listener);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Extracts documents already in memory; {@code inputFailures} go first into the errors file. */
    public Summary run(List<InputDocument> docs, List<Failure> inputFailures, Path out,
                       Consumer<DocumentResult> progress) throws IOException {
        Deque<Failure> failures = new ArrayDeque<>(inputFailures);
        return run(docs.iterator(), failures, docs.size() + inputFailures.size(), out, false, new Listener() {
            @Override
            public void done(DocumentResult result) {
                if (progress != null) progress.accept(result);
            }
        });
    }

    /** One input item in output order: a document being extracted, or an item that failed on reading. */
    private record Slot(InputDocument doc, Future<DocumentResult> result, Failure readFailure) {}

    /**
     * @param readFailures filled by {@code docs} while it advances (so a failure found before a
     *                     document precedes it) and drained here after each step
     * @param total        input items, or {@link Progress#UNKNOWN}, for the progress listener
     */
    private Summary run(Iterator<InputDocument> docs, Deque<Failure> readFailures, long total, Path out, boolean resume,
                        Listener listener) throws IOException {
        Path part = partFile(out);
        Path errorsFile = errorsFile(out);
        long start = System.nanoTime();
        boolean continuing = resume && Files.exists(part);
        Earlier earlier = continuing ? Earlier.read(part, errorsFile) : new Earlier(Set.of(), 0, new HashSet<>());
        int items = 0, failed = earlier.errorLines.size(), events = earlier.events;
        // Progress is reported after each extracted document; read failures and resumed documents count in it.
        long finished = 0, reported = 0;
        long tokens = 0, corenlp = 0, event = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        StandardOpenOption mode = !continuing ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, mode);
             BufferedWriter errors = Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, mode)) {
            Deque<Slot> queue = new ArrayDeque<>();
            int inFlight = 0;
            while (true) {
                while (inFlight < 2 * threads && docs.hasNext()) {
                    drain(readFailures, queue);
                    InputDocument d = docs.next();
                    items++;
                    if (earlier.done.contains(d.docId())) {
                        finished++;
                        continue;
                    }
                    queue.add(new Slot(d, pool.submit(() -> extractor.process(d)), null));
                    inFlight++;
                }
                drain(readFailures, queue);
                Slot s = queue.poll();
                if (s == null) break;
                if (s.readFailure != null) {
                    items++;
                    // A resumed run meets the same unreadable items again: they are already listed.
                    if (!earlier.errorLines.remove(failureLine(s.readFailure))) {
                        failed++;
                        writeLine(errors, failureLine(s.readFailure));
                        listener.failed(s.readFailure);
                    }
                    finished++;
                    continue;
                }
                inFlight--;
                try {
                    DocumentResult r = s.result.get();
                    writeLine(w, EventJson.toJsonLine(r.document()));
                    events += r.document().events().size();
                    tokens += r.tokens();
                    corenlp += r.corenlpNanos();
                    event += r.eventNanos();
                    listener.done(r);
                } catch (ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause();
                    String stage = cause instanceof DocumentFailure df ? df.stage() : "extract";
                    String reason = cause instanceof DocumentFailure ? cause.getMessage() : String.valueOf(cause);
                    Failure f = new Failure(s.doc.docId(), stage, reason);
                    writeLine(errors, failureLine(f));
                    listener.failed(f);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                progress(++finished, failed, total, start);
                reported = finished;
            }
            // Items after the last extracted document (unreadable ones, or all of them when resuming) still count.
            if (reported != finished) progress(finished, failed, total, start);
        } finally {
            pool.shutdownNow();
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (failed == 0) Files.deleteIfExists(errorsFile);
        return new Summary(items, failed, events, tokens, corenlp, event, System.nanoTime() - start, earlier.done.size());
    }

    private void progress(long finished, long failed, long total, long start) {
        if (progressListener == null) return;
        long known = finished > total ? Progress.UNKNOWN : total;
        progressListener.onProgress(new Progress(finished, Math.min(failed, finished), known, Duration.ofNanos(System.nanoTime() - start)));
    }

    private static void drain(Deque<Failure> readFailures, Deque<Slot> queue) {
        for (Failure f; (f = readFailures.poll()) != null; ) queue.add(new Slot(null, null, f));
    }

    /** Appends a line and flushes it, so a killed run leaves whole lines. */
    private static void writeLine(BufferedWriter w, String line) throws IOException {
        w.write(line);
        w.write('\n');
        w.flush();
    }

    private static String failureLine(Failure f) throws IOException {
        ObjectNode n = EventJson.mapper().createObjectNode();
        n.put("doc_id", f.docId());
        n.put("stage", f.stage());
        n.put("reason", f.reason());
        return EventJson.mapper().writeValueAsString(n);
    }

    /** What an interrupted run left: documents done (written or failed), their events, the errors lines. */
    private record Earlier(Set<String> done, int events, Set<String> errorLines) {
        static Earlier read(Path part, Path errorsFile) throws IOException {
            Set<String> done = new HashSet<>();
            int events = 0;
            cutPartialLine(part);
            for (String line : lines(part)) {
                JsonNode n = parse(part, line);
                done.add(n.path("doc_id").asText());
                events += n.path("events").size();
            }
            Set<String> errorLines = new HashSet<>();
            if (Files.exists(errorsFile)) {
                cutPartialLine(errorsFile);
                for (String line : lines(errorsFile)) {
                    errorLines.add(line);
                    JsonNode n = parse(errorsFile, line);
                    // A document that failed in extraction is done; an unreadable item is met again on reading.
                    if (!"read".equals(n.path("stage").asText()) && n.path("doc_id").isTextual()) done.add(n.get("doc_id").asText());
                }
            }
            return new Earlier(done, events, errorLines);
        }

        /** A line of an earlier run's file; only the last line can be cut, so anything else is not ours. */
        private static JsonNode parse(Path file, String line) throws IOException {
            try {
                return EventJson.mapper().readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + ": cannot resume: a line is not JSON (" + e.getOriginalMessage()
                        + "); was it written by another program? Remove the file to start afresh", e);
            }
        }

        private static List<String> lines(Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) if (!line.isEmpty()) lines.add(line);
            }
            return lines;
        }

        /** Drops whatever follows the last line break: the line a killed run was writing. */
        private static void cutPartialLine(Path file) throws IOException {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                long end = f.length();
                while (end > 0) {
                    f.seek(end - 1);
                    if (f.read() == '\n') break;
                    end--;
                }
                f.setLength(end);
            }
        }
    }
}

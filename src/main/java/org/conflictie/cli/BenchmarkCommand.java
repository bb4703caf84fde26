package org.conflictie.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictie.api.DocumentResult;
import org.conflictie.api.Extractor;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.run.HeapUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ie benchmark INPUT}: speed and memory of the whole extraction beside bare CoreNLP running
 * the same annotators on the same texts in the same JVM, without the annotation cache.
 *
 * <p>A warm-up pass over the first documents runs first; then bare CoreNLP, the full extraction,
 * and bare CoreNLP again each process every document, and the two bare passes are averaged, so
 * neither side gains from running later on a warmer JVM.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Documents/s and tokens/s of bare CoreNLP and of the full extraction on the same texts; peak heap.")
public final class BenchmarkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "folder of .txt files or a .jsonl file")
    Path input;

    @Option(names = "--threads", defaultValue = "2", description = "documents in parallel (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--warmup", defaultValue = "10", description = "documents annotated first and not timed (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        List<InputDocument> docs = InputReader.read(input, p -> System.err.println("skipping " + p.where() + ": " + p.reason()));
        long t0 = System.nanoTime();
        try (Extractor extractor = Extractor.builder().build()) {
            double load = (System.nanoTime() - t0) / 1e9;
            run(docs.subList(0, Math.min(warmup, docs.size())), d -> extractor.process(d).tokens());
            AtomicLong tokens = new AtomicLong();
            Job bareJob = d -> {
                var ann = extractor.corenlp().annotate(d.text(), d.documentDate());
                return ann.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
            };
            long bare1 = run(docs, d -> {
                int n = bareJob.apply(d);
                tokens.addAndGet(n);
                return n;
            });
            AtomicLong eventNanos = new AtomicLong(), corenlpNanos = new AtomicLong();
            long full = run(docs, d -> {
                DocumentResult r = extractor.process(d);
                eventNanos.addAndGet(r.eventNanos());
                corenlpNanos.addAndGet(r.corenlpNanos());
                return r.tokens();
            });
            long bare2 = run(docs, bareJob);
            long bare = (bare1 + bare2) / 2;
            long n = docs.size();
            System.out.printf("documents %d, tokens %d, threads %d, model load %.1f s%n", n, tokens.get(), threads, load);
            System.out.printf("%-22s %10s %12s %12s%n", "", "seconds", "docs/s", "tokens/s");
            System.out.printf("(bare CoreNLP is the mean of a pass before and a pass after the full extraction: %.1f s, %.1f s)%n",
                    bare1 / 1e9, bare2 / 1e9);
            System.out.printf("%-22s %10.1f %12.2f %12.0f%n", "bare CoreNLP", bare / 1e9, n / (bare / 1e9), tokens.get() / (bare / 1e9));
            System.out.printf("%-22s %10.1f %12.2f %12.0f%n", "full extraction", full / 1e9, n / (full / 1e9), tokens.get() / (full / 1e9));
            System.out.printf("our annotators + assembly: %.2f s of %.2f s thread time = %.1f%% on top of CoreNLP%n",
                    eventNanos.get() / 1e9, corenlpNanos.get() / 1e9, 100.0 * eventNanos.get() / corenlpNanos.get());
            System.out.printf("wall-clock difference, full vs bare: %+.1f%%%n", 100.0 * (full - bare) / bare);
            System.out.printf("peak heap %.2f GB, an upper bound: the sum of each heap pool's peak (max heap %.2f GB)%n",
                    HeapUsage.peakBytes() / 1e9, Runtime.getRuntime().maxMemory() / 1e9);
        }
        return 0;
    }

    private interface Job {
        int apply(InputDocument d) throws Exception;
    }

    /** Wall-clock nanoseconds to run the job over all documents on the thread pool. */
    private long run(List<InputDocument> docs, Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (InputDocument d : docs) futures.add(pool.submit(() -> job.apply(d)));
            for (Future<Integer> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        return System.nanoTime() - start;
    }
}

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
 * <p>A warm-up pass over the first documents runs first; then passes of bare CoreNLP and of the full
 * extraction alternate ({@code --rounds}, each over every document), and each side is timed by its
 * fastest pass, so neither gains from running later on a warmer JVM or loses to a busy machine.
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

    @Option(names = "--rounds", defaultValue = "3", description = "alternating bare and full passes (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rounds must be at least 1");
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
            AtomicLong eventNanos = new AtomicLong(), corenlpNanos = new AtomicLong();
            Job fullJob = d -> {
                DocumentResult r = extractor.process(d);
                eventNanos.addAndGet(r.eventNanos());
                corenlpNanos.addAndGet(r.corenlpNanos());
                return r.tokens();
            };
            // Bare and full passes alternate, and each side is timed by its fastest pass: a shared
            // machine only ever slows a pass down, and neither side gains from coming later.
            List<Long> barePasses = new ArrayList<>(), fullPasses = new ArrayList<>();
            List<Long> bareGc = new ArrayList<>(), fullGc = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                tokens.set(0);
                long gc = gcMillis();
                barePasses.add(run(docs, d -> {
                    int n = bareJob.apply(d);
                    tokens.addAndGet(n);
                    return n;
                }));
                bareGc.add(gcMillis() - gc);
                gc = gcMillis();
                fullPasses.add(run(docs, fullJob));
                fullGc.add(gcMillis() - gc);
            }
            long bare = barePasses.stream().min(Long::compare).orElseThrow();
            long full = fullPasses.stream().min(Long::compare).orElseThrow();
            long n = docs.size();
            System.out.printf("documents %d, tokens %d, threads %d, model load %.1f s%n", n, tokens.get(), threads, load);
            System.out.printf("passes (s): bare %s, full %s; each side's fastest is shown%n", seconds(barePasses), seconds(fullPasses));
            System.out.printf("garbage collection per pass (s): bare %s, full %s%n", seconds(bareGc, 1e3), seconds(fullGc, 1e3));
            System.out.printf("%-22s %10s %12s %12s%n", "", "seconds", "docs/s", "tokens/s");
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

    private static String seconds(List<Long> passes) {
        return seconds(passes, 1e9);
    }

    private static String seconds(List<Long> values, double perSecond) {
        return values.stream().map(p -> String.format("%.1f", p / perSecond)).collect(java.util.stream.Collectors.joining(" / "));
    }

    /** Milliseconds all collectors have spent so far (stop-the-world time slows every thread). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
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

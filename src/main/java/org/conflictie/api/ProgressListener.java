package org.conflictie.api;

/**
 * Told after every document of a {@link BatchRunner} run, on the thread that called
 * {@link BatchRunner#run}, in input order, with counts that only grow. A notebook can print
 * {@code p -> System.out.println(p)} every N documents; {@code ie extract} draws a terminal bar.
 */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(Progress progress);
}

package org.conflictie.cli;

import java.io.PrintWriter;
import org.conflictie.score.Scorer;
import picocli.CommandLine.Option;

/** The bootstrap settings {@code ie score} and {@code ie compare} share (a picocli mixin). */
final class BootstrapOptions {
    @Option(names = "--samples", defaultValue = "1000", paramLabel = "N",
            description = "Bootstrap resamples for the 95%% intervals and p-values (default: ${DEFAULT-VALUE}; 0: none).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** False, after saying why on {@code err}, when the settings cannot be used. */
    boolean valid(PrintWriter err, String command) {
        if (samples >= 0) return true;
        err.println("ie " + command + ": --samples must be 0 or more");
        return false;
    }

    Scorer.Builder applyTo(Scorer.Builder scorer) {
        return scorer.bootstrapSamples(samples).seed(seed);
    }
}

package org.conflictie.api;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a batch run is, as reported to a {@link ProgressListener} after each document.
 *
 * @param done    documents finished so far, failed ones included
 * @param failed  of those, documents that failed (unreadable input, CoreNLP error or timeout, extraction error)
 * @param total   documents in the run, or {@link #UNKNOWN} when the input is read as it goes
 * @param elapsed time since the run started (model loading not included)
 */
public record Progress(long done, long failed, long total, Duration elapsed) {
    public static final long UNKNOWN = -1;

    public Progress {
        if (done < 0 || failed < 0 || failed > done) {
            throw new IllegalArgumentException("expected 0 <= failed <= done, was failed=" + failed + " done=" + done);
        }
        if (total != UNKNOWN && (total < 0 || done > total)) {
            throw new IllegalArgumentException("expected done <= total, was done=" + done + " total=" + total);
        }
    }

    public boolean totalKnown() {
        return total != UNKNOWN;
    }

    /** Documents per second so far, 0 before any time has passed. */
    public double docsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : done / s;
    }

    /** Time left at the rate so far; empty when the total is unknown or nothing is done yet. */
    public Optional<Duration> eta() {
        if (!totalKnown() || done == 0) return Optional.empty();
        return Optional.of(elapsed.dividedBy(done).multipliedBy(total - done));
    }

    @Override
    public String toString() {
        return done + (totalKnown() ? "/" + total : "") + " documents" + (failed > 0 ? ", " + failed + " failed" : "")
                + String.format(java.util.Locale.ROOT, ", %.2f docs/s", docsPerSecond())
                + eta().map(d -> ", ETA " + d.toSeconds() + " s").orElse("");
    }
}

package org.conflictie.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictie.api.Progress;
import org.conflictie.api.ProgressListener;

/**
 * The progress bar of {@code ie extract} on stderr: documents done (of how many, when known), docs/s,
 * elapsed time and ETA, failures.
 *
 * <p>Drawn only when stderr is a terminal: the library rewrites its line with carriage returns
 * straight to file descriptor 2 every half second, which would fill a redirected log or a test's
 * output with partial lines. Java cannot ask whether stderr is a terminal, so the {@code ie}
 * launcher tells it ({@code -Dconflictie.stderr.tty=true|false}, from {@code [ -t 2 ]}); without
 * that property the bar needs a console ({@code System.console() != null}, i.e. stdin and stdout
 * are terminals). A run that ends within {@link #DELAY} draws nothing.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    static final String TTY_PROPERTY = "conflictie.stderr.tty";
    static final Duration DELAY = Duration.ofSeconds(3);

    private final String task;
    private final boolean enabled;
    private ProgressBar bar;

    TerminalProgress(String task, boolean enabled) {
        this.task = task;
        this.enabled = enabled;
    }

    /** A bar for {@code task} that draws only when stderr is a terminal. */
    static TerminalProgress onStderr(String task) {
        return new TerminalProgress(task, stderrIsTerminal());
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(TTY_PROPERTY);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Whether a bar is on screen (for tests: false whenever stderr is not a terminal). */
    boolean drawing() {
        return bar != null;
    }

    @Override
    public void onProgress(Progress p) {
        if (!enabled) return;
        if (bar == null) {
            boolean finished = p.totalKnown() && p.done() == p.total();
            if (finished || p.elapsed().compareTo(DELAY) < 0) return;
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(p.totalKnown() ? p.total() : -1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUnit(" docs", 1)
                    .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(500)
                    .startsFrom(p.done(), p.elapsed())
                    .build();
        }
        bar.stepTo(p.done());
        if (p.failed() > 0) bar.setExtraMessage(" " + p.failed() + " failed");
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

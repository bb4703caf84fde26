package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.conflictie.api.Progress;
import org.junit.jupiter.api.Test;

/**
 * When the bar is drawn. These tests never let it draw: a drawn bar writes to file descriptor 2,
 * which is exactly the garbage in redirected output it must avoid.
 */
class TerminalProgressTest {

    @Test
    void theLauncherSaysWhetherStderrIsATerminal() {
        String before = System.getProperty(TerminalProgress.TTY_PROPERTY);
        try {
            System.setProperty(TerminalProgress.TTY_PROPERTY, "false");
            assertFalse(TerminalProgress.stderrIsTerminal());
            System.setProperty(TerminalProgress.TTY_PROPERTY, "true");
            assertTrue(TerminalProgress.stderrIsTerminal());
            System.clearProperty(TerminalProgress.TTY_PROPERTY);
            // Surefire's forked JVM has no console: without the launcher's word, no bar.
            assertFalse(TerminalProgress.stderrIsTerminal());
        } finally {
            if (before == null) System.clearProperty(TerminalProgress.TTY_PROPERTY);
            else System.setProperty(TerminalProgress.TTY_PROPERTY, before);
        }
    }

    @Test
    void notATerminalNeverDraws() {
        try (TerminalProgress bar = new TerminalProgress("extract", false)) {
            bar.onProgress(new Progress(10, 1, 400, Duration.ofMinutes(5)));
            bar.onProgress(new Progress(11, 1, Progress.UNKNOWN, Duration.ofMinutes(6)));
            assertFalse(bar.drawing());
        }
    }

    @Test
    void aShortRunDrawsNothing() {
        try (TerminalProgress bar = new TerminalProgress("extract", true)) {
            bar.onProgress(new Progress(1, 0, 5, Duration.ofMillis(300)));
            bar.onProgress(new Progress(4, 0, 5, TerminalProgress.DELAY.minusMillis(1)));
            // finished: even past the delay there is nothing left to show
            bar.onProgress(new Progress(5, 0, 5, TerminalProgress.DELAY.plusSeconds(1)));
            assertFalse(bar.drawing());
        }
    }
}

package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void rateAndEtaFromTheCountsSoFar() {
        Progress p = new Progress(50, 2, 200, Duration.ofSeconds(10));
        assertEquals(5.0, p.docsPerSecond(), 1e-9);
        assertEquals(Optional.of(Duration.ofSeconds(30)), p.eta());
        assertEquals("50/200 documents, 2 failed, 5.00 docs/s, ETA 30 s", p.toString());
    }

    @Test
    void anUnknownTotalStillHasCountAndRateButNoEta() {
        Progress p = new Progress(30, 0, Progress.UNKNOWN, Duration.ofSeconds(4));
        assertFalse(p.totalKnown());
        assertEquals(7.5, p.docsPerSecond(), 1e-9);
        assertTrue(p.eta().isEmpty());
        assertEquals("30 documents, 7.50 docs/s", p.toString());
    }

    @Test
    void nothingDoneYetHasNoRateOrEta() {
        Progress p = new Progress(0, 0, 10, Duration.ZERO);
        assertEquals(0.0, p.docsPerSecond());
        assertTrue(p.eta().isEmpty());
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Progress(3, 4, 10, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Progress(11, 0, 10, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Progress(-1, 0, Progress.UNKNOWN, Duration.ZERO));
    }
}

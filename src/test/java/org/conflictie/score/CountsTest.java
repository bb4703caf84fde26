package org.conflictie.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void precisionRecallAndF1() {
        // tp 3, fp 4, fn 5: P = 3/7, R = 3/8, F1 = 2·3 / (2·3 + 4 + 5) = 6/15 = 0.4
        Counts c = new Counts(3, 4, 5);
        assertEquals(3.0 / 7, c.precision(), 1e-12);
        assertEquals(3.0 / 8, c.recall(), 1e-12);
        assertEquals(0.4, c.f1(), 1e-12);
        double harmonic = 2 * c.precision() * c.recall() / (c.precision() + c.recall());
        assertEquals(harmonic, c.f1(), 1e-12);
    }

    @Test
    void zeroDenominatorsGiveZeroNotNaN() {
        // The documented convention: nothing predicted -> P = 0; nothing to find -> R = 0; F1 = 0.
        assertEquals(0.0, Counts.ZERO.precision());
        assertEquals(0.0, Counts.ZERO.recall());
        assertEquals(0.0, Counts.ZERO.f1());
        Counts onlyMissed = new Counts(0, 0, 2);
        assertEquals(0.0, onlyMissed.precision());
        assertEquals(0.0, onlyMissed.f1());
        Counts onlySpurious = new Counts(0, 2, 0);
        assertEquals(0.0, onlySpurious.recall());
        assertEquals(0.0, onlySpurious.f1());
    }

    @Test
    void rejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    }
}

package org.conflictie.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CountReaderTest {
    @Test
    void readsCoreNlpNormalisedNumbers() {
        assertEquals(OptionalInt.of(25), CountReader.parseNormalized("25.0"));
        assertEquals(OptionalInt.of(15), CountReader.parseNormalized(">=15.0"), "at least 15");
        assertEquals(OptionalInt.of(10), CountReader.parseNormalized("~10.0"), "about 10");
    }

    @Test
    void fractionsAndWordsAreNotCounts() {
        assertTrue(CountReader.parseNormalized("0.5").isEmpty());
        assertTrue(CountReader.parseNormalized("dozens").isEmpty());
    }
}

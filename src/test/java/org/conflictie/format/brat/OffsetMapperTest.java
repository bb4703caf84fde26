package org.conflictie.format.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OffsetMapperTest {

    @Test
    void nonBmpCharactersAreTwoUtf16UnitsButOneBratCharacter() {
        // 🚀 and 𝔸 are outside the Basic Multilingual Plane: Java sees a surrogate pair, brat one code point.
        String text = "🚀 hit 𝔸 base";
        OffsetMapper m = new OffsetMapper(text);
        int base = text.indexOf("base");
        assertEquals(10, base);
        assertEquals(8, m.toBrat(base));
        assertEquals(base, m.toUtf16(8));
        assertEquals("base", text.substring(m.toUtf16(8), m.toUtf16(12)));
        assertEquals(12, m.bratLength());
        assertEquals(14, m.utf16Length());
    }

    @Test
    void crlfIsOneBratCharacterAndALoneCrIsOne() {
        String text = "a\r\nb\rc\nd";
        OffsetMapper m = new OffsetMapper(text);
        assertEquals(2, m.toBrat(text.indexOf('b'))); // a, \r\n, b
        assertEquals(4, m.toBrat(text.indexOf('c'))); // ... \r, c
        assertEquals(6, m.toBrat(text.indexOf('d'))); // ... \n, d
        assertEquals(7, m.bratLength());
        assertEquals(text.indexOf('d'), m.toUtf16(6));
    }

    @Test
    void positionsInsideAPairAreNotBoundaries() {
        String text = "x🚀\r\ny";
        OffsetMapper m = new OffsetMapper(text);
        assertTrue(m.isBoundary(1));
        assertFalse(m.isBoundary(2), "between the surrogates");
        assertTrue(m.isBoundary(3));
        assertFalse(m.isBoundary(4), "between \\r and \\n");
        assertTrue(m.isBoundary(5));
        assertThrows(IllegalArgumentException.class, () -> m.toBrat(2));
        assertThrows(IndexOutOfBoundsException.class, () -> m.toUtf16(6));
    }

    @Test
    void roundTripsEveryBoundary() {
        String text = "𝔸\r\n🚀 é\n\r\r\n";
        OffsetMapper m = new OffsetMapper(text);
        for (int b = 0; b <= m.bratLength(); b++) {
            assertEquals(b, m.toBrat(m.toUtf16(b)));
        }
        assertEquals(text.codePoints().count() - 2, m.bratLength()); // two CRLF pairs
    }

    @Test
    void emptyText() {
        OffsetMapper m = new OffsetMapper("");
        assertEquals(0, m.bratLength());
        assertEquals(0, m.toBrat(0));
        assertEquals(0, m.toUtf16(0));
    }
}

package org.conflictie.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void caseAccentsAndLeadingThe() {
        assertEquals("bogota", Names.normalise("BOGOTÁ"));
        assertEquals("ciudad juarez", Names.normalise("Ciudad Juárez"));
        assertEquals("kirkuk air base", Names.normalise("the Kirkuk air base"));
        assertEquals("kirkuk air base", Names.normalise("THE  Kirkuk Air Base"));
        // only a leading "the", and only as a word
        assertEquals("theodore", Names.normalise("Theodore"));
        assertEquals("the", Names.normalise("the"));
        assertEquals("fort of the north", Names.normalise("Fort of the North"));
    }

    @Test
    void hyphensAreSpacesAndPunctuationIsDropped() {
        assertEquals("al shabaab", Names.normalise("Al-Shabaab"));
        assertEquals("al shabaab", Names.normalise("al – Shabaab")); // en dash
        assertEquals("us", Names.normalise("U.S."));
        assertEquals("attorney generals car", Names.normalise("ATTORNEY GENERAL'S CAR"));
        assertEquals("st louis", Names.normalise("St. Louis,"));
        assertEquals("a b", Names.normalise("A/B"));
        assertNotEquals(Names.normalise("Al Shabaab"), Names.normalise("Alshabaab"));
    }

    @Test
    void nothingLeftIsEmpty() {
        assertEquals("", Names.normalise(null));
        assertEquals("", Names.normalise(" ... "));
    }
}

package org.conflictie.annotators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineTest {
    private static Span spanOf(String text, String word) {
        int b = text.indexOf(word);
        return new Span(0, 0, 1, 0, b, b + word.length(), word);
    }

    @Test
    void wireDatelineWithAgency() {
        String t = "BOGOTA, 12 MAR 90 (AFP) -- A BOMB EXPLODED.";
        assertTrue(PlaceAnnotator.isDateline(t, spanOf(t, "BOGOTA")));
    }

    @Test
    void cityThenDashOpensLocalNews() {
        String t = "Headline here\nTOLEDO -- Police said a man was shot.";
        assertTrue(PlaceAnnotator.isDateline(t, spanOf(t, "TOLEDO")));
    }

    @Test
    void cityWithPublisherInParentheses() {
        String t = "DOHUK (Example News) – Two soldiers were hurt.";
        assertTrue(PlaceAnnotator.isDateline(t, spanOf(t, "DOHUK")));
    }

    @Test
    void aPlaceInsideASentenceIsNotTheDateline() {
        String t = "Two soldiers were hurt in an explosion near Tikrit - officials said.";
        assertFalse(PlaceAnnotator.isDateline(t, spanOf(t, "Tikrit")));
    }
}

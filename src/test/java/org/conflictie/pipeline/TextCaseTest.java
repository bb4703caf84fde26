package org.conflictie.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCaseTest {
    @Test
    void wireCopyInCapitalsIsAllCaps() {
        assertTrue(TextCase.isAllCaps("QUITO, 4 MAR 90 (AFP) -- REBELS BLEW UP A POWER PYLON NEAR THE BORDER."));
    }

    @Test
    void ordinaryNewsIsNotAllCaps() {
        assertFalse(TextCase.isAllCaps("Rebels blew up a power pylon near the border, the army said on Sunday."));
    }

    @Test
    void aCapitalisedHeadlineAboveMixedCaseBodyIsNotAllCaps() {
        assertFalse(TextCase.isAllCaps("BOMB KILLS TWO\nA roadside bomb killed two soldiers near the town on Friday, "
                + "officials said, adding that the attackers fled into the hills before troops arrived."));
    }

    @Test
    void tooShortToJudge() {
        assertFalse(TextCase.isAllCaps("NO DATE"));
    }
}

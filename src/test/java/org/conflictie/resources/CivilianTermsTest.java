package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CivilianTermsTest {
    private static final CivilianTerms C = CivilianTerms.defaultInstance();

    @ParameterizedTest
    @ValueSource(strings = {"civilians", "Civilian", "residents", "villagers", "passers-by", "passer-by",
            "children", "child", "women", "students", "worshippers", "worshipers", "farmers", "contractor",
            "civilian contractor", "aid workers", "local residents", "PEASANTS", "Jesuit priests", "unarmed men",
            "journalists", "shepherds"})
    void civilians(String head) {
        assertTrue(C.isCivilian(head), head);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soldiers", "troops", "militants", "people", "men", "policemen", "officials",
            "guards", "gunmen", "civil", ""})
    void notCivilians(String head) {
        assertFalse(C.isCivilian(head), head);
    }
}

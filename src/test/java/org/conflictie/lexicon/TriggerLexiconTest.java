package org.conflictie.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.model.Subtype;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = new TriggerLexicon(ModelFiles.bundled());

    private TriggerLexicon.Match match(List<String> lemmas, List<String> tags, int i) {
        return lexicon.matchAt(lemmas, tags, i).orElseThrow();
    }

    @Test
    void longestEntryWins() {
        var m = match(List.of("a", "roadside", "bomb", "explode"), List.of("DT", "NN", "NN", "VBD"), 1);
        assertEquals(Subtype.BOMBING, m.entry().subtype());
        assertEquals(3, m.end());
        assertEquals(List.of("roadside", "bomb"), m.entry().lemmas());
    }

    @Test
    void rocketAttackIsShellingNotTheGenericAttack() {
        var m = match(List.of("rocket", "attack"), List.of("NN", "NN"), 0);
        assertEquals(Subtype.SHELLING, m.entry().subtype());
        assertTrue(m.entry().strong());
    }

    @Test
    void verbOnlyEntriesNeedAVerb() {
        assertTrue(lexicon.matchAt(List.of("they", "shell", "the", "town"), List.of("PRP", "VBD", "DT", "NN"), 1).isPresent());
        assertFalse(lexicon.matchAt(List.of("a", "shell", "casing"), List.of("DT", "NN", "NN"), 1)
                .filter(m -> m.entry().subtype() == Subtype.SHELLING).isPresent());
    }

    @Test
    void killIsWeakOnItsOwn() {
        var m = match(List.of("kill"), List.of("VBD"), 0);
        assertFalse(m.entry().strong());
    }

    @Test
    void kidnappedIsAbduction() {
        assertEquals(Subtype.ABDUCTION, match(List.of("kidnap"), List.of("VBD"), 0).entry().subtype());
    }
}

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

    @Test
    void aGapLetsTheVictimsStandBetweenTheWordsAndTheTriggerIsTheVerb() {
        var lemmas = List.of("pirate", "take", "20", "crew", "member", "hostage", ".");
        var tags = List.of("NNS", "VBD", "CD", "NN", "NNS", "NN", ".");
        var m = match(lemmas, tags, 1);
        assertEquals(Subtype.ABDUCTION, m.entry().subtype());
        assertEquals(1, m.begin());
        assertEquals(2, m.end(), "only 'took'");
        // contiguous "taken hostage" still matches the two-word entry
        assertEquals(3, match(List.of("be", "take", "hostage"), List.of("VBD", "VBN", "NN"), 1).end());
        // more than six words between, or no "hostage" at all: no abduction
        var far = List.of("take", "a", "b", "c", "d", "e", "f", "g", "hostage");
        assertFalse(lexicon.matchAt(far, java.util.Collections.nCopies(far.size(), "VBD"), 0).isPresent());
        assertFalse(lexicon.matchAt(List.of("take", "the", "bus"), List.of("VBD", "DT", "NN"), 0).isPresent());
    }

    @Test
    void aGapOutsideAVerbEntryIsRefusedNamingTheLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("triggers"));
        java.nio.file.Files.writeString(dir.resolve("triggers/attack-triggers.tsv"),
                "# header\nbomb\tN\tbombing\tstrong\ttrigger.bombing\n... attack\tV\tarmed_assault\tstrong\ttrigger.attack\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TriggerLexicon(new ModelFiles(dir)));
        assertTrue(e.getMessage().contains("attack-triggers.tsv:3"), e.getMessage());
    }
}

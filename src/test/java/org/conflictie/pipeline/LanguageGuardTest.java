package org.conflictie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.lexicon.ModelFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LanguageGuardTest {
    private final LanguageGuard guard = LanguageGuard.load(ModelFiles.bundled());

    @Test
    void newsParagraphsInOtherLanguagesAreNotEnglish() {
        String spanish = "Hombres armados mataron a dos policías y secuestraron a tres civiles en un ataque en Bogotá el domingo, "
                + "dijeron las autoridades. Una bomba hirió a diez personas en el mercado.";
        String german = "Bewaffnete haben am Sonntag in Bagdad zwei Polizisten getötet und zehn Zivilisten verletzt, "
                + "teilten die Behörden mit. Eine Bombe explodierte auf dem Markt.";
        assertEquals("not English: 0 of 30 words are English function words (at least 3% expected)", guard.notEnglish(spanish));
        assertTrue(guard.notEnglish(german).startsWith("not English: 0 of 23 words"));
    }

    @Test
    void shortTextsAreNotJudged() {
        assertNull(guard.notEnglish("Bombe explodierte auf dem Markt"));
        assertNull(guard.notEnglish("Suicide bomber kills 12 at Kabul checkpoint"));
    }

    @Test
    void everySeedAndDevArticleIsEnglish() throws IOException {
        List<InputDocument> docs = new ArrayList<>(InputReader.read(Path.of("seeds"), p -> {}));
        Path shared = Path.of(System.getProperty("conflictie.shared", "../shared"), "dev-corpora");
        Assumptions.assumeTrue(Files.isDirectory(shared), "dev corpora not present");
        for (String corpus : List.of("gvdb-dev", "muc4-dev")) {
            docs.addAll(InputReader.read(shared.resolve(corpus).resolve("input.jsonl"), p -> {}));
        }
        assertEquals(605, docs.size());
        for (InputDocument d : docs) assertNull(guard.notEnglish(d.text()), d.docId());
    }
}

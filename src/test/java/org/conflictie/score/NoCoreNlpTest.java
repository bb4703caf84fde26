package org.conflictie.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scorer and the HTML view must run without CoreNLP: no source of them may name CoreNLP's packages. */
class NoCoreNlpTest {

    @Test
    void noScorerSourceImportsCoreNlp() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("src/main/java/org/conflictie/score", "src/test/java/org/conflictie/score",
                "src/main/java/org/conflictie/view", "src/test/java/org/conflictie/view")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        for (String cli : List.of("ScoreCommand.java", "CompareCommand.java", "Inputs.java", "ViewCommand.java")) {
            sources.add(Path.of("src/main/java/org/conflictie/cli", cli));
        }
        assertTrue(sources.size() > 20, "found only " + sources);
        for (Path p : sources) {
            String text = Files.readString(p);
            // Spelled in two parts so this file does not trip its own check.
            assertFalse(text.contains("edu." + "stanford"), p + " refers to CoreNLP");
        }
    }
}

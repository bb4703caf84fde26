package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ie view} on the seeds: gold as the run, a missing article, and bad input. */
class ViewCommandTest {

    @Test
    void writesOnePageWithScoresFromGoldAsRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/report.html");
        ScoreCommandTest.Result r = ScoreCommandTest.run("view", "gold-annotations", "--texts", "seeds",
                "--gold", "gold-annotations", "-o", out.toString(), "--name", "gold <as> run");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("wrote " + out + " (5 documents, 0 warnings)"), r.out());
        String html = Files.readString(out);
        assertTrue(html.contains("<h1>gold &lt;as&gt; run</h1>"));
        assertTrue(html.contains("<tr class=\"all\"><td>all</td>"), "score table");
        assertTrue(html.contains("<td class=\"num\">1.000</td></tr>"), "gold against itself scores 1");
    }

    @Test
    void missingArticleIsAWarningNotAFailure(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.copy(Path.of("seeds/001_0184bfcb9f559c28.txt"), texts.resolve("001_0184bfcb9f559c28.txt"));
        Path out = dir.resolve("r.html");
        ScoreCommandTest.Result r = ScoreCommandTest.run("view", "gold-annotations", "--texts", texts.toString(),
                "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(4, r.err().lines().filter(l -> l.startsWith("ie view: warning: ")
                && l.contains(": no article text at " + texts)).count(), r.err());
        assertTrue(Files.readString(out).contains("the events are listed without it"));
    }

    @Test
    void badInputGivesOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"doc_id\": \"x\", \"events\": [{\"id\": \"e1\", \"subtype\": \"riot\"}]}\n");
        ScoreCommandTest.Result r = ScoreCommandTest.run("view", bad.toString(), "--texts", "seeds", "-o",
                dir.resolve("r.html").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("ie view: ") && r.err().contains("bad.jsonl") && r.err().contains("riot"), r.err());
        ScoreCommandTest.Result noTexts = ScoreCommandTest.run("view", bad.toString(), "--texts", dir.resolve("none").toString(),
                "-o", dir.resolve("r.html").toString());
        assertEquals(1, noTexts.exit());
        assertTrue(noTexts.err().contains("not a folder of <doc_id>.txt articles"), noTexts.err());
    }
}

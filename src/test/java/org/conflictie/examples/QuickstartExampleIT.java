package org.conflictie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs examples/quickstart.jsh the way its header says, in its own JShell (and so its own
 * CoreNLP: this test does not use ModelFixture, it checks what a reader of the example gets).
 * Needs target/conflict-ie.jar and target/classpath.txt, which {@code package} writes before
 * failsafe runs. JShell reports a failed snippet and carries on to {@code /exit 0}, so besides the
 * exit status the output must have no error and must reach the script's last line.
 */
class QuickstartExampleIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void theQuickstartScriptExtractsScoresAndCompares() throws Exception {
        Path jar = ROOT.resolve("target/conflict-ie.jar");
        Path classpath = ROOT.resolve("target/classpath.txt");
        assertTrue(Files.isRegularFile(jar) && Files.isRegularFile(classpath),
                "run after `mvn package`: needs " + jar + " and " + classpath);
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Path log = Files.createTempFile("quickstart", ".out");
        Process p = new ProcessBuilder(jshell.toString(), "-R-Xmx3g", "--class-path",
                jar + java.io.File.pathSeparator + Files.readString(classpath).strip(), "examples/quickstart.jsh")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        if (!finished) p.destroyForcibly().waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished, "jshell did not finish in 10 minutes:\n" + out);
        assertEquals(0, p.exitValue(), out);
        for (String failure : List.of("Error:", "Exception ", "|  Error", "cannot find symbol")) {
            assertFalse(out.contains(failure), "the script failed (" + failure + "):\n" + out);
        }
        assertTrue(out.contains("quickstart: done"), out);

        // The article's event table: header, and a row with a subtype and Nigeria as country.
        assertTrue(Pattern.compile("(?m)^id +subtype +date +place +attacker +target +killed").matcher(out).find(), out);
        Matcher row = Pattern.compile("(?m)^e1 +(armed_assault|armed_clash|air_strike|shelling|bombing|abduction|other) +"
                + "2024-03-05 +.*\\(NG\\).*\\b9\\b").matcher(out);
        assertTrue(row.find(), "no event row dated Tuesday 2024-03-05, in Nigeria, with 9 killed:\n" + out);

        // The score table: every slot row, and an F1 of all slots that is a real number above zero.
        assertTrue(out.contains("slot            tp  fp   fn  precision  recall     F1"), out);
        Matcher f1 = Pattern.compile("F1 of all slots: (\\d\\.\\d{3})").matcher(out);
        assertTrue(f1.find(), out);
        double all = Double.parseDouble(f1.group(1));
        assertTrue(all > 0.1 && all <= 1.0, "F1 of all slots " + all);
        assertTrue(out.contains("5/5 documents"), "progress callback of the batch run:\n" + out);

        // The comparison: a per-slot table as text and as Markdown.
        assertTrue(out.contains("A = all events, B = events with casualties: 5 gold documents"), out);
        assertTrue(out.contains("| slot | F1 A | F1 B | B - A | 95% CI of B - A | p |"), out);
    }
}

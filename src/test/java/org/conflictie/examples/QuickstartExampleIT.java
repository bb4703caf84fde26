package org.conflictie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples the way their instructions say, each in its own JShell (and so its own
 * CoreNLP: these tests do not use ModelFixture, they check what a reader of the examples gets).
 * Needs target/conflict-ie.jar and target/classpath.txt, which {@code package} writes before
 * failsafe runs. JShell reports a failed snippet and carries on to {@code /exit 0}, so besides the
 * exit status the output must show no error and reach the script's last line.
 */
class QuickstartExampleIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern EVENT_ROW = Pattern.compile(
            "(?m)^e1 +(armed_assault|armed_clash|air_strike|shelling|bombing|abduction|other) +2024-03-05 +.*\\(NG\\).*\\b9\\b");

    @Test
    void theQuickstartScriptExtractsScoresAndCompares() throws Exception {
        String out = jshell(ROOT.resolve("examples/quickstart.jsh"), ROOT, "quickstart: done");

        // The article's event table: header, and a row with a subtype, Tuesday's date, Nigeria, 9 killed.
        assertTrue(Pattern.compile("(?m)^id +subtype +date +place +attacker +target +killed").matcher(out).find(), out);
        assertTrue(EVENT_ROW.matcher(out).find(), "no event row dated Tuesday 2024-03-05, in Nigeria, with 9 killed:\n" + out);

        // The score table, and an F1 of all slots that is a real number above zero.
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

    /** The notebook's code cells, with JJava's display functions printing the HTML they would show. */
    @Test
    void theNotebookCodeRunsFromTheExamplesFolder() throws Exception {
        Path script = Files.createTempFile("quickstart-notebook", ".jsh");
        try {
            Files.writeString(script, Notebook.read(ROOT.resolve("examples/quickstart.ipynb")).asJShellScript());
            String out = jshell(script, ROOT.resolve("examples"), "notebook: done");
            assertTrue(Pattern.compile("<tr><td>e1</td><td>(armed_assault|armed_clash|bombing|other)</td><td>2024-03-05</td>")
                    .matcher(out).find(), out);
            assertTrue(out.contains("<div class=\"conflictie-score\">\n<p>Scored 5 gold documents"), out);
            assertTrue(out.contains("<td>all</td>"), out);
            assertTrue(out.contains("<div class=\"conflictie-comparison\">\n<p>A = all events, B = events with casualties"), out);
            assertTrue(out.contains("5/5 documents"), out);
        } finally {
            Files.delete(script);
        }
    }

    /** Runs {@code script} in JShell from {@code workDir}, on the launcher's classpath; returns stdout and stderr. */
    private static String jshell(Path script, Path workDir, String lastLine) throws Exception {
        Path jar = ROOT.resolve("target/conflict-ie.jar");
        Path classpath = ROOT.resolve("target/classpath.txt");
        assertTrue(Files.isRegularFile(jar) && Files.isRegularFile(classpath),
                "run after `mvn package`: needs " + jar + " and " + classpath);
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Path log = Files.createTempFile("jshell", ".out");
        try {
            // -R: heap of the JVM that runs the snippets, where CoreNLP loads.
            Process p = new ProcessBuilder(jshell.toString(), "-R-Xmx3g", "--class-path",
                    jar + File.pathSeparator + Files.readString(classpath).strip(), script.toString())
                    .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            boolean finished = p.waitFor(10, TimeUnit.MINUTES);
            if (!finished) p.destroyForcibly().waitFor();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(finished, "jshell did not finish in 10 minutes:\n" + out);
            assertEquals(0, p.exitValue(), out);
            for (String failure : List.of("Error:", "Exception ", "cannot find symbol")) {
                assertFalse(out.contains(failure), "the script failed (" + failure + "):\n" + out);
            }
            assertTrue(out.contains(lastLine), "the script stopped before its end:\n" + out);
            return out;
        } finally {
            Files.delete(log);
        }
    }
}

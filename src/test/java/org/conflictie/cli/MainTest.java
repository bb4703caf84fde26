package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the named command's options are read, and help still sees every command. */
class MainTest {
    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        assertEquals(expectedExit, exit, out + "\n" + err);
        return new String[]{out.toString(), err.toString()};
    }

    @Test
    void helpListsEveryCommand() {
        String help = run(0, "--help")[0];
        for (Class<?> c : Main.COMMANDS) {
            String name = c.getAnnotation(CommandLine.Command.class).name();
            assertTrue(help.contains("  " + name + " "), name + " missing from:\n" + help);
        }
        assertTrue(run(0, "help", "score")[0].contains("--gold"));
    }

    @Test
    void aNamedCommandIsTheOnlyOneRead() {
        CommandLine cli = Main.commandLine("score", "--help");
        assertEquals(java.util.Set.of("score"), cli.getSubcommands().keySet());
        assertTrue(run(0, "score", "--help")[0].contains("--pred"));
        assertEquals(Main.COMMANDS.size(), Main.commandLine().getSubcommands().size());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithSuggestions() {
        String err = run(2, "scroe")[1];
        assertTrue(err.contains("Unmatched argument") && err.contains("score"), err);
    }
}

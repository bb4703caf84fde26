package org.conflictie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ie} command line. Each subcommand is a {@code Callable<Integer>} in this package; the
 * library underneath never prints to stdout or calls {@code System.exit}.
 *
 * <p>Exit codes: 0 success, 1 the input had problems (invalid files, failed documents), 2 usage error.
 */
@Command(name = "ie", mixinStandardHelpOptions = true, version = "conflict-ie 0.1.0",
        description = "Extract attack events from news articles, validate gold files and score runs.",
        subcommands = {RunCommand.class, ExtractCommand.class, ScoreCommand.class, CompareCommand.class, ValidateCommand.class, BenchmarkCommand.class,
                ViewCommand.class, RunsCommand.class, ConvertCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}

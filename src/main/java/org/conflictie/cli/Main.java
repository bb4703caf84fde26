package org.conflictie.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ie} command line. Each subcommand is a {@code Callable<Integer>} in this package; the
 * library underneath never prints to stdout or calls {@code System.exit}.
 *
 * <p>Exit codes: 0 success, 1 the input had problems (invalid files, failed documents), 2 usage error.
 */
@Command(name = "ie", mixinStandardHelpOptions = true, version = "conflict-ie 0.1.0",
        description = "Extract attack events from news articles, validate gold files and score runs.")
public final class Main {
    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, ExtractCommand.class, ScoreCommand.class,
            CompareCommand.class, ValidateCommand.class, BenchmarkCommand.class, ViewCommand.class, RunsCommand.class,
            ConvertCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class);

    /** Commands that read CoreNLP's output from the annotation cache. */
    private static final java.util.Set<String> READ_CACHE = java.util.Set.of("extract", "run", "explain");

    public static void main(String[] args) {
        // Before anything else: the decoder's class initialisation then overlaps option parsing and
        // loading (0.1 s of a 0.7 s warm re-run; see AnnotationCache.warmUpInBackground).
        if (args.length > 0 && READ_CACHE.contains(args[0]) && !java.util.Arrays.asList(args).contains("--no-cache")) {
            org.conflictie.pipeline.AnnotationCache.warmUpInBackground();
        }
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command line that will run {@code args}. Reading every command's options by reflection
     * costs ~40 ms, a twentieth of a warm re-run: when the first word names a command only that
     * one is read; help, no arguments and unknown words get them all.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        Class<?> named = args.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> c : named != null ? List.<Class<?>>of(named) : COMMANDS) cli.addSubcommand(c);
        return cli;
    }
}

package org.conflictie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.run.RunListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ie runs [DIR]}: the run folders under DIR, oldest first, one line each. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List the run folders (made by ie extract --run-dir) under DIR, oldest first:",
                "name, start, documents, events, failures, F1 of the all and event rows when scored, wall time.",
                "Folders without a manifest.json are skipped; an unreadable manifest is listed with the problem."})
public final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "runs", paramLabel = "DIR",
            description = "folder holding run folders (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("ie runs: " + dir + " is not a folder");
            err.flush();
            return 1;
        }
        List<RunListing.Entry> entries = RunListing.list(dir);
        if (entries.isEmpty()) {
            out.println("no run folders in " + dir + " (make one with: ie extract INPUT --run-dir " + dir.resolve("NAME") + ")");
        } else {
            out.print(RunListing.format(entries));
        }
        out.flush();
        return 0;
    }
}

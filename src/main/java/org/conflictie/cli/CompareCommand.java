package org.conflictie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictie.format.EventJson;
import org.conflictie.run.RunFolder;
import org.conflictie.score.ComparisonReport;
import org.conflictie.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ie compare}: two runs on the same gold, with a paired bootstrap test. Rules: docs/scoring.md. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs on the same gold documents.",
                "Per slot: F1 of each run, B - A with its 95%% bootstrap interval and a paired bootstrap",
                "p-value; then the documents whose scores changed.",
                "A run folder (ie extract --run-dir) stands for its predictions.jsonl.",
                "Exit 0 when compared, 1 when an input file is invalid, 2 on a usage error."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "GOLD_DIR",
            description = "Folder of <doc_id>.json gold files; may be left out when both runs are run folders scored against the same gold.")
    Path gold;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The baseline run: a .jsonl file or a run folder.")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The run compared with it: a .jsonl file or a run folder.")
    Path runB;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--ignore-optional", description = "Leave out gold events and values marked \"optional\": true.")
    boolean ignoreOptional;

    @Option(names = "--lenient", description = "Compare lenient scores instead of strict ones.")
    boolean lenient;

    @Mixin
    BootstrapOptions bootstrap;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!bootstrap.valid(err, "compare")) return 2;
        return Inputs.guard(err, "compare", () -> {
            Path goldDir = gold;
            if (goldDir == null) {
                try {
                    goldDir = RunFolder.sharedGold(runA, runB);
                } catch (IllegalArgumentException e) {
                    err.println("ie compare: " + e.getMessage());
                    err.flush();
                    return 2;
                }
                err.println("ie compare: gold " + goldDir + " (recorded in both run folders)");
            }
            ComparisonReport report = bootstrap.applyTo(Scorer.builder().ignoreOptional(ignoreOptional).lenient(lenient))
                    .build()
                    .compare(Inputs.gold(goldDir), EventJson.read(RunFolder.predictionsOf(runA)),
                            EventJson.read(RunFolder.predictionsOf(runB)),
                            runA.toString(), runB.toString());
            out.print(json ? report.toJson() : report.toString());
            out.flush();
            return 0;
        });
    }
}

package org.conflictie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictie.format.EventJson;
import org.conflictie.score.ComparisonReport;
import org.conflictie.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ie compare}: two runs on the same gold, with a paired bootstrap test. Rules: docs/scoring.md. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs on the same gold documents.",
                "Per slot: F1 of each run, B - A with its 95%% bootstrap interval and a paired bootstrap",
                "p-value; then the documents whose scores changed.",
                "Exit 0 when compared, 1 when an input file is invalid, 2 on a usage error."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD_DIR", description = "Folder of <doc_id>.json gold files.")
    Path gold;

    @Parameters(index = "0", paramLabel = "RUN_A.jsonl", description = "The baseline run.")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B.jsonl", description = "The run compared with it.")
    Path runB;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--ignore-optional", description = "Leave out gold events and values marked \"optional\": true.")
    boolean ignoreOptional;

    @Option(names = "--lenient", description = "Compare lenient scores instead of strict ones.")
    boolean lenient;

    @Option(names = "--samples", defaultValue = "1000", paramLabel = "N",
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}; 0: no intervals or p-values).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 0) {
            err.println("ie compare: --samples must be 0 or more");
            return 2;
        }
        return Inputs.guard(err, "compare", () -> {
            ComparisonReport report = Scorer.builder().ignoreOptional(ignoreOptional).lenient(lenient)
                    .bootstrapSamples(samples).seed(seed).build()
                    .compare(Inputs.gold(gold), EventJson.read(runA), EventJson.read(runB),
                            runA.toString(), runB.toString());
            out.print(json ? report.toJson() : report.toString());
            out.flush();
            return 0;
        });
    }
}

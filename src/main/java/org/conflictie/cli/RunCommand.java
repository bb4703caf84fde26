package org.conflictie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.format.EventJson;
import org.conflictie.model.EventDocument;
import org.conflictie.score.ScoreReport;
import org.conflictie.score.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ie run}: the main job on a fresh clone. Extracts {@code seeds/} and scores the result
 * against {@code gold-annotations/}, printing the per-slot table.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Extract the seed articles and score them against the seed gold (per-slot table).",
                "Equivalent to 'ie extract seeds -o runs/seeds.jsonl' then 'ie score --gold gold-annotations --pred runs/seeds.jsonl'."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--input", defaultValue = "seeds", paramLabel = "DIR", description = "articles (default ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--gold", defaultValue = "gold-annotations", paramLabel = "DIR", description = "gold files (default ${DEFAULT-VALUE})")
    Path gold;

    @Option(names = {"-o", "--output"}, defaultValue = "runs/seeds.jsonl", paramLabel = "FILE", description = "predictions (default ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--threads", defaultValue = "2", description = "documents in parallel (default ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (output.getParent() != null) Files.createDirectories(output.getParent());
        int extracted = new CommandLine(new ExtractCommand())
                .execute(input.toString(), "-o", output.toString(), "--threads", String.valueOf(threads));
        if (!Files.isRegularFile(output)) return extracted;
        List<EventDocument> goldDocs = EventJson.readGoldDir(gold);
        List<EventDocument> predicted = EventJson.readJsonl(output);
        ScoreReport report = Scorer.builder().build().score(goldDocs, predicted);
        System.out.println("Scores of " + output + " against " + gold + " (" + goldDocs.size() + " documents):");
        System.out.print(report.toText(true));
        return extracted;
    }
}

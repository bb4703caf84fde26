package org.conflictie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.format.EventJson;
import org.conflictie.model.EventDocument;
import org.conflictie.score.ScoreReport;
import org.conflictie.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ie score}: one run against a gold folder. Rules: docs/scoring.md. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score predicted events against gold events (format v1, docs/scoring.md).",
                "Exit 0 when scored, 1 when an input file is invalid, 2 on a usage error."})
public final class ScoreCommand implements Callable<Integer> {

    enum Format { text, markdown, tsv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD_DIR", description = "Folder of <doc_id>.json gold files.")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE.jsonl",
            description = "Predictions, one document per line (or a folder of <doc_id>.json files).")
    Path pred;

    @Option(names = "--json", description = "Print JSON (same as --format json).")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--ignore-optional",
            description = "Leave out gold events and values marked \"optional\": true; predicting or missing them counts neither way.")
    boolean ignoreOptional;

    @Option(names = "--lenient",
            description = "Also show lenient scores: date within a day or same month/year, place within place, count within 10%%.")
    boolean lenient;

    @Option(names = "--diff", description = "Show every document's events side by side, each value marked right, wrong, missing, spurious or excused.")
    boolean diff;

    @Option(names = "--doc", paramLabel = "DOC_ID", description = "With --diff: only this document (repeatable).")
    List<String> docs;

    @Option(names = "--per-doc", description = "Text output: add a line per document.")
    boolean perDoc;

    @Mixin
    BootstrapOptions bootstrap;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!bootstrap.valid(err, "score")) return 2;
        return Inputs.guard(err, "score", () -> {
            List<EventDocument> goldDocs = Inputs.gold(gold);
            List<EventDocument> predDocs = EventJson.read(pred);
            ScoreReport report = bootstrap.applyTo(Scorer.builder().ignoreOptional(ignoreOptional).lenient(lenient))
                    .build().score(goldDocs, predDocs);
            Format f = json ? Format.json : format;
            if (f == Format.json) {
                out.print(report.toJson(diff));
            } else {
                if (diff) {
                    out.print(docs == null ? report.diff() : report.diff(docs));
                    out.println();
                }
                out.print(switch (f) {
                    case markdown -> report.toMarkdown();
                    case tsv -> report.toTsv();
                    default -> report.toText(perDoc);
                });
            }
            out.flush();
            return 0;
        });
    }
}

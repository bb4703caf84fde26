package org.conflictie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.format.ArticleTexts;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.model.EventDocument;
import org.conflictie.view.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ie view}: a run as one self-contained HTML page (docs/view.md). */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Write a run as one self-contained HTML page: articles with highlighted values, event tables,",
                "and with --gold per-slot scores and every value marked right, wrong, missing or spurious.",
                "Exit 0 when written (warnings go to stderr), 1 when an input is invalid, 2 on a usage error."})
public final class ViewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN.jsonl", description = "Predictions, one document per line (as ie extract writes).")
    Path run;

    @Option(names = "--texts", required = true, paramLabel = "DIR", description = "Folder of <doc_id>.txt articles.")
    Path texts;

    @Option(names = "--gold", paramLabel = "GOLD_DIR", description = "Folder of <doc_id>.json gold files: adds scores and marks.")
    Path gold;

    @Option(names = "--ignore-optional",
            description = "Leave out gold events and values marked \"optional\": true, as ie score does.")
    boolean ignoreOptional;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "The page to write.")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "Title of the page (default: the run's file name).")
    String name;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Inputs.guard(err, "view", () -> {
            if (!Files.isDirectory(texts)) throw new FormatException(texts, "not a folder of <doc_id>.txt articles");
            List<EventDocument> predicted = EventJson.read(run);
            List<EventDocument> goldDocs = gold == null ? null : Inputs.gold(gold);
            String title = name != null ? name : run.getFileName().toString().replaceFirst("\\.jsonl?$", "");
            HtmlReport.Result page = HtmlReport.render(title, predicted, goldDocs, new ArticleTexts(texts), ignoreOptional);
            for (String w : page.warnings()) err.println("ie view: warning: " + w);
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(output, page.html(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot write " + output + ": " + e.getMessage(), e));
            }
            spec.commandLine().getOut().println("wrote " + output + " (" + predicted.size() + " documents, "
                    + page.warnings().size() + " warnings)");
            spec.commandLine().getOut().flush();
            err.flush();
            return 0;
        });
    }
}

package org.conflictie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.format.ArticleTexts;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.format.Problem;
import org.conflictie.format.brat.BratCorpus;
import org.conflictie.format.validate.ValidationReport;
import org.conflictie.format.validate.Validator;
import org.conflictie.model.EventDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ie convert --to brat --gold GOLD --texts TEXT_DIR -o OUT_DIR} and
 * {@code ie convert --to json --brat BRAT_DIR -o GOLD_DIR}: format v1 to a brat collection and back, losslessly.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert gold between event format v1 and brat standoff (for brat or INCEpTION).",
                "  ie convert --to brat --gold GOLD_DIR --texts TEXT_DIR -o BRAT_DIR",
                "  ie convert --to json --brat BRAT_DIR -o GOLD_DIR",
                "The mapping is in gold-annotations/GUIDELINES.md. Existing files are not overwritten without --force.",
                "Exit status: 0 done, 1 problems in the input (nothing written for documents with problems), 2 usage error."})
public final class ConvertCommand implements Callable<Integer> {

    enum Target { brat, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "brat|json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Target to;

    @Option(names = "--gold", paramLabel = "GOLD", description = "With --to brat: a gold folder, a gold .json file or a predictions .jsonl file.")
    Path gold;

    @Option(names = "--texts", paramLabel = "TEXT_DIR", description = "With --to brat: folder of <doc_id>.txt articles.")
    Path texts;

    @Option(names = "--brat", paramLabel = "BRAT_DIR", description = "With --to json: folder of <doc_id>.txt and <doc_id>.ann files.")
    Path brat;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR", description = "Folder to write to (created if missing).")
    Path out;

    @Option(names = "--force", description = "Replace files that exist already in OUT_DIR.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            return to == Target.brat ? toBrat(stdout, stderr) : toJson(stdout, stderr);
        } catch (FormatException e) {
            stderr.println("ie convert: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            stderr.println("ie convert: " + e.getMessage());
            return 1;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private int toBrat(PrintWriter stdout, PrintWriter stderr) throws IOException {
        if (gold == null || texts == null || brat != null) {
            throw new ParameterException(spec.commandLine(), "--to brat takes --gold GOLD and --texts TEXT_DIR (not --brat)");
        }
        if (!Files.exists(gold)) throw new FormatException(gold, "no such file or folder");
        List<EventDocument> docs = gold.getFileName().toString().endsWith(".json") && !Files.isDirectory(gold)
                ? List.of(EventJson.readFile(gold)) : EventJson.read(gold);
        BratCorpus.Export export = BratCorpus.write(docs, new ArticleTexts(texts), out, force);
        for (Problem p : export.keptInNotes()) stderr.println("warning: " + p);
        stdout.println("wrote " + export.documents() + " document" + (export.documents() == 1 ? "" : "s")
                + " (.txt, .ann) and " + BratCorpus.ANNOTATION_CONF + " to " + out);
        return 0;
    }

    private int toJson(PrintWriter stdout, PrintWriter stderr) throws IOException {
        if (brat == null || gold != null || texts != null) {
            throw new ParameterException(spec.commandLine(), "--to json takes --brat BRAT_DIR (not --gold or --texts)");
        }
        BratCorpus.Import read = BratCorpus.read(brat);
        read.problems().forEach(stderr::println);
        BratCorpus.writeGold(read.documents(), out, force);
        // What came out of brat is checked as any gold file would be, against the brat folder's texts.
        ValidationReport report = Validator.withTexts(brat).checkGoldDir(out);
        List<Problem> invalid = report.problems().stream()
                .filter(p -> read.documents().stream().anyMatch(d -> p.file().getFileName().toString().equals(d.docId() + ".json")))
                .toList();
        invalid.forEach(stderr::println);
        long skipped = read.problems().stream().map(Problem::file).distinct().count();
        stdout.println("wrote " + read.documents().size() + " gold file" + (read.documents().size() == 1 ? "" : "s")
                + " to " + out + (read.problems().isEmpty() ? "" : "; " + read.problems().size()
                + " problem(s) in " + skipped + " brat file(s), whose documents were not written")
                + (invalid.isEmpty() ? "" : "; " + invalid.size() + " format v1 problem(s) in the files written"));
        return read.problems().isEmpty() && invalid.isEmpty() ? 0 : 1;
    }
}

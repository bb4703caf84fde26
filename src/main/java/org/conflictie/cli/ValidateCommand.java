package org.conflictie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictie.format.Problem;
import org.conflictie.format.validate.ValidationReport;
import org.conflictie.format.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ie validate GOLD_DIR [--texts TEXT_DIR]} and {@code ie validate --pred FILE.jsonl [--texts TEXT_DIR]}:
 * prints every problem, one per line, then a summary; exit status 1 when there is any problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check gold files or predictions against event format v1 and print every problem.",
                "Exit status: 0 no problems, 1 problems found, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD",
            description = "A gold folder of <doc_id>.json files (or one such file).")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE.jsonl", description = "A predictions file, one document per line.")
    Path pred;

    @Option(names = "--texts", paramLabel = "TEXT_DIR",
            description = "Folder of <doc_id>.txt articles; without it the text and offset checks are skipped.")
    Path texts;

    @Override
    public Integer call() {
        if ((gold == null) == (pred == null)) {
            throw new ParameterException(spec.commandLine(), "give either a gold folder or --pred FILE.jsonl");
        }
        Validator validator = texts == null ? Validator.withoutTexts() : Validator.withTexts(texts);
        Path input = gold != null ? gold : pred;
        ValidationReport report;
        if (pred != null) {
            report = validator.checkPredictions(pred);
        } else if (Files.isDirectory(gold)) {
            report = validator.checkGoldDir(gold);
        } else {
            report = validator.check(gold);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Problem p : report.problems()) {
            out.println(p);
        }
        out.println(summary(input, report, texts));
        out.flush();
        return report.ok() ? 0 : 1;
    }

    static String summary(Path input, ValidationReport r, Path texts) {
        String checked = input + ": " + r.documents() + " document" + (r.documents() == 1 ? "" : "s") + ", "
                + r.events() + " event" + (r.events() == 1 ? "" : "s");
        String textNote = r.textsChecked() ? "texts and offsets checked against " + texts
                : "texts and offsets NOT checked (" + (texts == null ? "no --texts" : texts + " missing") + ")";
        String result = r.ok() ? "no problems"
                : r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s") + " in "
                + r.filesWithProblems() + " file" + (r.filesWithProblems() == 1 ? "" : "s");
        return checked + "; " + textNote + "; " + result;
    }
}

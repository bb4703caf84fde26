package org.conflictie.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.model.EventDocument;
import org.conflictie.score.ScoreInputException;

/** Reading the scorer's inputs, and turning bad input into one clear line and exit code 1. */
final class Inputs {
    private Inputs() {}

    /** A gold folder; an error when it holds no gold file, since scoring against nothing is a mistake. */
    static List<EventDocument> gold(Path dir) {
        if (!Files.isDirectory(dir)) throw new FormatException(dir, "not a folder of <doc_id>.json gold files");
        List<EventDocument> docs = EventJson.readGoldDir(dir);
        if (docs.isEmpty()) throw new FormatException(dir, "no <doc_id>.json gold files in this folder");
        return docs;
    }

    /** Runs {@code body}; input errors print "ie COMMAND: message" (file, line, field) and give 1, not a stack trace. */
    static int guard(PrintWriter err, String command, Callable<Integer> body) {
        try {
            return body.call();
        } catch (FormatException | ScoreInputException e) {
            err.println("ie " + command + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            err.println("ie " + command + ": " + e.getCause().getMessage());
        } catch (Exception e) {
            // Invalid input arrives as FormatException (the reader wraps the records' own checks), so
            // anything else is our bug: still one line, but saying so.
            err.println("ie " + command + ": internal error, please report it: " + e);
        }
        err.flush();
        return 1;
    }
}

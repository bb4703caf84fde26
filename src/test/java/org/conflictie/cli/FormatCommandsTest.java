package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictie.format.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ie validate} and {@code ie convert} as a user runs them: exit codes, messages, no stack traces. */
class FormatCommandsTest {
    private static final Path VALIDATE = resource("/org/conflictie/format/validate");
    private static final Path ROUNDTRIP = resource("/org/conflictie/format/brat/roundtrip");

    private record Run(int exit, String out, String err) {}

    private static Run ie(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(args)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        assertFalse(err.toString().contains("\tat "), "no stack trace:\n" + err);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validateExitsZeroOnValidGoldAndSaysWhatWasChecked() {
        Run r = ie("validate", VALIDATE.resolve("valid/gold").toString(), "--texts", VALIDATE.resolve("texts").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().endsWith("2 documents, 2 events; texts and offsets checked against "
                + VALIDATE.resolve("texts") + "; no problems\n"), r.out());
    }

    @Test
    void validateListsProblemsAndExitsOne() {
        Run r = ie("validate", "--pred", VALIDATE.resolve("broken/predictions/duplicate-doc-id.jsonl").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(VALIDATE.resolve("broken/predictions/duplicate-doc-id.jsonl")
                + ":3: doc_id: expected each doc_id once"), r.out());
        assertTrue(r.out().contains("texts and offsets NOT checked (no --texts); 1 problem in 1 file"), r.out());
    }

    @Test
    void validateWithoutInputIsAUsageError() {
        assertEquals(2, ie("validate").exit());
        assertEquals(2, ie("validate", "gold", "--pred", "run.jsonl").exit());
    }

    @Test
    void convertRoundTripsThroughBrat(@TempDir Path tmp) throws Exception {
        Path brat = tmp.resolve("brat");
        Path gold = tmp.resolve("gold");
        Run toBrat = ie("convert", "--to", "brat", "--gold", ROUNDTRIP.resolve("gold").toString(),
                "--texts", ROUNDTRIP.resolve("texts").toString(), "-o", brat.toString());
        assertEquals(0, toBrat.exit(), toBrat.err());
        assertTrue(Files.exists(brat.resolve("kirkuk.ann")) && Files.exists(brat.resolve("annotation.conf")));
        Run toJson = ie("convert", "--to", "json", "--brat", brat.toString(), "-o", gold.toString());
        // mosul.json deliberately holds values whose text is not in the article: converted, and reported.
        assertEquals(1, toJson.exit());
        assertTrue(toJson.err().contains("mosul.json: events[0].actors[2].text: expected words found verbatim"), toJson.err());
        assertEquals(EventJson.readGoldDir(ROUNDTRIP.resolve("gold")), EventJson.readGoldDir(gold));
    }

    @Test
    void convertDoesNotOverwriteWithoutForce(@TempDir Path tmp) throws Exception {
        String[] args = {"convert", "--to", "brat", "--gold", ROUNDTRIP.resolve("gold/kirkuk.json").toString(),
                "--texts", ROUNDTRIP.resolve("texts").toString(), "-o", tmp.toString()};
        assertEquals(0, ie(args).exit());
        Files.writeString(tmp.resolve("kirkuk.ann"), "annotator's work\n");
        Run again = ie(args);
        assertEquals(1, again.exit());
        assertEquals("ie convert: " + tmp.resolve("kirkuk.txt") + ": exists already; not overwritten (use --force to replace it)\n",
                again.err());
        assertEquals("annotator's work\n", Files.readString(tmp.resolve("kirkuk.ann")));
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertEquals(0, ie(forced).exit());
    }

    @Test
    void brokenAnnFilesAreReportedWithLineAndNotWritten(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Rebels attacked Kirkuk.");
        Files.writeString(tmp.resolve("a.ann"), "T1\tAttack 7 15\tattacked\nE1\tAttack:T1\nT2 Actor 0 6 Rebels\n");
        Run r = ie("convert", "--to", "json", "--brat", tmp.toString(), "-o", tmp.resolve("gold").toString());
        assertEquals(1, r.exit());
        assertEquals(tmp.resolve("a.ann") + ":3: expected an annotation line ID<TAB>..., found \"T2 Actor 0 6 Rebels\"\n", r.err());
        assertFalse(Files.exists(tmp.resolve("gold/a.json")));
    }

    @Test
    void missingInputsGiveOneClearLine(@TempDir Path tmp) {
        Run r = ie("convert", "--to", "brat", "--gold", ROUNDTRIP.resolve("gold").toString(),
                "--texts", tmp.resolve("nope").toString(), "-o", tmp.resolve("out").toString());
        assertEquals(1, r.exit());
        assertEquals("ie convert: " + tmp.resolve("nope") + ": not a folder of <doc_id>.txt articles\n", r.err());
        assertEquals(2, ie("convert", "--to", "json", "--gold", "x", "-o", "y").exit());
    }

    private static Path resource(String name) {
        try {
            return Path.of(FormatCommandsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

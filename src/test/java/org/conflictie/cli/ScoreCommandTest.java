package org.conflictie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ie score} and {@code ie compare} on the fixtures in resources/org/conflictie/score/cli:
 * <ul>
 *   <li>kirkuk-2021: run A and B both predict it exactly (event tp 1, all tp 8).</li>
 *   <li>mosul-2021: gold e1 (bombing, 2021-06-01, Mosul, IQ) and e2 (optional: armed_assault,
 *       Tal Afar, IQ). Run A predicts e1 with the date a day late and not e2: all tp 3, fp 1,
 *       fn 1 (date) + 3 (e2's subtype, place, country). Run B predicts both exactly.</li>
 * </ul>
 * So run A: all tp 11, fp 1, fn 4, F1 = 22/27; with --ignore-optional fn 1, F1 = 22/24.
 */
class ScoreCommandTest {

    static final Path DIR = resources();

    static Path resources() {
        try {
            return Path.of(ScoreCommandTest.class.getResource("/org/conflictie/score/cli").toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.commandLine(args)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static String[] score(String pred, String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--gold", DIR.resolve("gold").toString(),
                "--pred", DIR.resolve(pred).toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void scoresAsText() {
        Result r = run(score("run-a.jsonl"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Scored 2 gold documents: 3 gold events, 2 predicted events."), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("all\\s+11\\s+1\\s+4\\s.*0\\.815.*")), r.out());
        assertTrue(r.out().contains("ignored: not-in-gold"), r.out());
    }

    @Test
    void scoresAsJsonWithAndWithoutOptionalItems() throws Exception {
        Result plain = run(score("run-a.jsonl", "--json"));
        assertEquals(0, plain.exit(), plain.err());
        JsonNode root = new ObjectMapper().readTree(plain.out());
        assertEquals(2, root.get("documents").asInt());
        assertEquals(22.0 / 27, root.get("all").get("f1").asDouble(), 1e-12);
        assertEquals(1, root.get("slots").get("event").get("fn").asInt());

        JsonNode ignoring = new ObjectMapper().readTree(run(score("run-a.jsonl", "--json", "--ignore-optional")).out());
        assertEquals(22.0 / 24, ignoring.get("all").get("f1").asDouble(), 1e-12);
        assertEquals(0, ignoring.get("slots").get("event").get("fn").asInt());
        assertTrue(ignoring.get("options").get("ignore_optional").asBoolean());
    }

    @Test
    void diffLenientAndOtherFormats() {
        Result diff = run(score("run-a.jsonl", "--diff", "--lenient", "--samples", "0"));
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("=== kirkuk-2021   gold 1 event, predicted 1 event   all right"), diff.out());
        assertTrue(diff.out().lines().anyMatch(l -> l.contains("wrong") && l.contains("2021-06-02 \"Wednesday\"")
                && l.contains("2021-06-01")), diff.out());
        assertTrue(diff.out().contains("Lenient"), diff.out());
        assertTrue(run(score("run-a.jsonl", "--format", "markdown")).out().contains("| **all** | 11 | 1 | 4 |"));
        assertTrue(run(score("run-a.jsonl", "--format", "tsv")).out().startsWith("table\tslot\t"));
        assertTrue(run(score("run-a.jsonl", "--per-doc")).out().contains("mosul-2021"));
    }

    @Test
    void theSameSeedGivesTheSameOutput() {
        assertEquals(run(score("run-a.jsonl", "--seed", "7")).out(), run(score("run-a.jsonl", "--seed", "7")).out());
    }

    @Test
    void badJsonNamesTheFileAndLineWithoutAStackTrace() {
        Result r = run(score("bad-json.jsonl"));
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("ie score: "), r.err());
        assertTrue(r.err().contains("bad-json.jsonl") && r.err().contains("line 2"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void aBadValueNamesTheField() {
        Result r = run(score("bad-subtype.jsonl"));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad-subtype.jsonl") && r.err().contains("events[0].subtype")
                && r.err().contains("nuke"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void missingFilesDuplicatesAndUsageErrors() {
        Result missing = run(score("no-such-file.jsonl"));
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no-such-file.jsonl"), missing.err());
        assertNoStackTrace(missing);

        Result noGold = run("score", "--gold", DIR.resolve("nowhere").toString(), "--pred", DIR.resolve("run-a.jsonl").toString());
        assertEquals(1, noGold.exit());
        assertTrue(noGold.err().contains("nowhere"), noGold.err());

        Result dup = run(score("duplicate.jsonl"));
        assertEquals(1, dup.exit());
        assertTrue(dup.err().contains("kirkuk-2021") && dup.err().contains("more than once"), dup.err());

        assertEquals(2, run("score", "--pred", "x.jsonl").exit()); // --gold is required
    }

    @Test
    void compareTwoRuns() throws Exception {
        String gold = DIR.resolve("gold").toString();
        Result r = run("compare", "--gold", gold, DIR.resolve("run-a.jsonl").toString(), DIR.resolve("run-b.jsonl").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Documents whose counts changed (1)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("mosul-2021") && l.contains("date")), r.out());

        JsonNode json = new ObjectMapper().readTree(run("compare", "--gold", gold, "--json",
                DIR.resolve("run-a.jsonl").toString(), DIR.resolve("run-b.jsonl").toString()).out());
        assertEquals(22.0 / 27, json.get("all").get("a").get("f1").asDouble(), 1e-12);
        assertEquals(1.0, json.get("all").get("b").get("f1").asDouble(), 1e-12);
        assertTrue(json.get("all").has("p_value"));
        assertEquals("mosul-2021", json.get("changed_documents").get(0).get("doc_id").asText());

        Result same = run("compare", "--gold", gold, DIR.resolve("run-a.jsonl").toString(), DIR.resolve("run-a.jsonl").toString());
        assertTrue(same.out().contains("No document's counts changed."), same.out());
        assertTrue(same.out().lines().anyMatch(l -> l.matches("all\\s+0\\.815\\s+0\\.815\\s+\\+0\\.000.*1\\.000")), same.out());

        Result bad = run("compare", "--gold", gold, DIR.resolve("run-a.jsonl").toString(), DIR.resolve("bad-json.jsonl").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("ie compare: ") && bad.err().contains("bad-json.jsonl"), bad.err());
        assertNoStackTrace(bad);
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}

package org.conflictie.format.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictie.format.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small broken fixture per kind of problem (under {@code src/test/resources/org/conflictie/format/validate/broken}),
 * each a copy of {@code valid/gold/kirkuk.json} with one thing wrong, and the exact line the user sees.
 */
class ValidatorTest {
    static final Path ROOT = Fixtures.dir("/org/conflictie/format/validate");
    private final Validator validator = Validator.withTexts(ROOT.resolve("texts"));

    static Stream<Arguments> brokenGoldFiles() {
        return Stream.of(
                broken("missing-doc-id", "kirkuk.json: doc_id: required field missing, expected a non-empty string"),
                broken("missing-events", "kirkuk.json: events: required field missing, expected a list of events ([] when the article reports none)"),
                broken("events-not-a-list", "kirkuk.json: events: expected a list of events, found an object"),
                broken("not-an-object", "kirkuk.json: expected a JSON object {\"doc_id\": ..., \"events\": [...]}, found a list"),
                broken("syntax-error", "kirkuk.json:4: invalid JSON (line 4, column 17): Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                broken("duplicate-key", "kirkuk.json:4: invalid JSON (line 4, column 40): Duplicate field 'id'"),
                broken("missing-event-id", "kirkuk.json: events[0].id: required field missing, expected a non-empty string"),
                broken("empty-event-id", "kirkuk.json: events[0].id: expected a non-empty string, found \"\""),
                broken("duplicate-event-id", "kirkuk.json: events[1].id: expected an id unique in the document, found \"e1\" again (first at events[0].id)"),
                broken("wrong-type", "kirkuk.json: events[0].type: expected \"attack\" (the only type in format v1), found \"attak\""),
                broken("unknown-subtype", "kirkuk.json: events[0].subtype: expected one of armed_clash, air_strike, shelling, bombing, armed_assault, abduction, other, found \"raid\""),
                broken("trigger-not-an-object", "kirkuk.json: events[0].trigger: expected an object, found \"Rockets hit\""),
                broken("missing-role", "kirkuk.json: events[0].actors[0].role: required field missing, expected one of attacker, target"),
                broken("unknown-role", "kirkuk.json: events[0].actors[1].role: expected one of attacker, target, found \"victim\""),
                broken("actor-without-name-or-text", "kirkuk.json: events[0].actors[2]: expected a name or a text, found neither"),
                broken("alt-not-a-list", "kirkuk.json: events[0].actors[1].alt: expected a list of strings, found \"US soldiers\""),
                broken("missing-outcome", "kirkuk.json: events[0].casualties[0].outcome: required field missing, expected one of killed, injured, captured, missing"),
                broken("count-not-a-number", "kirkuk.json: events[0].casualties[1].count: expected a whole number or null, found \"two\""),
                broken("count-fraction", "kirkuk.json: events[0].casualties[1].count: expected a whole number or null, found 2.5"),
                broken("count-negative", "kirkuk.json: events[0].casualties[1].count: expected a whole number ≥ 0 or null, found -3"),
                broken("confidence-out-of-range", "kirkuk.json: events[0].confidence: expected a number from 0 to 1, found 1.5"),
                broken("optional-not-boolean", "kirkuk.json: events[0].optional: expected true or false, found \"yes\""),
                broken("start-after-end", "kirkuk.json: events[0].trigger: expected start ≤ end, found start 11 and end 0"),
                broken("start-without-end", "kirkuk.json: events[0].trigger.end: expected an end offset together with start, found nothing"),
                broken("offset-negative", "kirkuk.json: events[0].trigger.start: expected a whole number ≥ 0 (a UTF-16 offset into the article), found -1"),
                broken("sentence-negative", "kirkuk.json: events[0].trigger.sentence: expected a whole number ≥ 0 (the index of the article's sentence), found -1"),
                broken("offsets-without-text", "kirkuk.json: events[0].date: expected a text for the start/end offsets to frame, found none"),
                broken("date-bad-shape", "kirkuk.json: events[0].date.value: expected YYYY-MM-DD, YYYY-MM or YYYY, found \"03/05/2021\""),
                broken("date-not-a-day", "kirkuk.json: events[0].date.value: expected a real calendar day, found \"2021-02-29\""),
                broken("date-missing-value", "kirkuk.json: events[0].date.value: required field missing, expected a non-empty string"),
                broken("document-date-month-only", "kirkuk.json: document_date: expected a day YYYY-MM-DD, found \"2021-05\""),
                broken("country-not-a-code", "kirkuk.json: events[0].place.country: expected an ISO 3166-1 alpha-2 country code such as \"IQ\", found \"Iraq\""),
                broken("country-lower-case", "kirkuk.json: events[0].place.country: expected an ISO 3166-1 alpha-2 country code such as \"IQ\", found \"iq\" (codes are upper case: \"IQ\")"),
                broken("country-not-assigned", "kirkuk.json: events[0].place.country: expected an ISO 3166-1 alpha-2 country code such as \"IQ\", found \"XK\", which ISO has not assigned"),
                broken("empty-place", "kirkuk.json: events[0].place: expected at least one of name, text, admin1, country, found none"),
                broken("doc-id-not-file-name",
                        "kirkuk.json: doc_id: expected \"kirkuk\" (the file name without .json), found \"kirkuk-2021\"",
                        "kirkuk.json: doc_id: expected an article texts/kirkuk-2021.txt, found none"),
                broken("no-article", "basra.json: doc_id: expected an article texts/basra.txt, found none"),
                broken("text-not-in-article", "kirkuk.json: events[0].actors[1].text: expected words found verbatim in texts/kirkuk.txt, found \"American forces\", which it does not contain"),
                broken("alt-not-in-article", "kirkuk.json: events[0].actors[1].alt[1]: expected words found verbatim in texts/kirkuk.txt, found \"coalition troops\", which it does not contain"),
                broken("offsets-do-not-frame-text", "kirkuk.json: events[0].place: expected start/end to frame the text \"Kirkuk\", found \" Kirku\" at 15..21 (the text first occurs at 16..22)"),
                broken("end-beyond-article", "kirkuk.json: events[0].trigger.end: expected an offset ≤ 169 (the length of texts/kirkuk.txt in UTF-16 units), found 500"));
    }

    private static Arguments broken(String kind, String... expected) {
        return Arguments.of(kind, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGoldFiles")
    void reportsEachKindOfProblemWithFilePathAndExpectation(String kind, List<String> expected) {
        Path dir = ROOT.resolve("broken").resolve(kind);
        assertEquals(expected.stream().map(e -> "broken/" + kind + "/" + e).toList(), shown(validator.validate(dir)));
    }

    @Test
    void predictionsNameTheLineOfEachProblem() {
        Path dir = ROOT.resolve("broken/predictions");
        assertEquals(List.of("broken/predictions/duplicate-doc-id.jsonl:3: doc_id: expected each doc_id once, found \"kirkuk\" again (first on line 1)"),
                shown(validator.validate(dir.resolve("duplicate-doc-id.jsonl"))));
        assertEquals(List.of("broken/predictions/syntax-error.jsonl:2: invalid JSON (column 32): Unexpected close marker '}': expected ']' (for Array starting at line: 1, column: 31)"),
                shown(validator.validate(dir.resolve("syntax-error.jsonl"))));
        assertEquals(List.of("broken/predictions/no-article.jsonl:2: doc_id: expected an article texts/basra.txt, found none"),
                shown(validator.validate(dir.resolve("no-article.jsonl"))));
    }

    @Test
    void problemRecordsCarryFileLinePathAndMessageSeparately() {
        Problem p = validator.validate(ROOT.resolve("broken/predictions/duplicate-doc-id.jsonl")).get(0);
        assertEquals(ROOT.resolve("broken/predictions/duplicate-doc-id.jsonl"), p.file());
        assertEquals(3, p.line());
        assertEquals("doc_id", p.path());
        assertTrue(p.message().startsWith("expected each doc_id once"), p.message());
    }

    @Test
    void reportsEveryProblemNotJustTheFirst(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("kirkuk.json"), """
                {"doc_id": "kirkuk", "events": [
                  {"id": "e1", "type": "attack", "subtype": "raid",
                   "casualties": [{"outcome": "killed", "count": "two"}, {"outcome": "dead", "count": 1}]},
                  {"id": "e1", "type": "attack", "place": {"name": "Kirkuk", "country": "Iraq"}}]}
                """);
        assertEquals(List.of(
                "events[0].subtype", "events[0].casualties[0].count", "events[0].casualties[1].outcome",
                "events[1].place.country", "events[1].id"),
                validator.validate(tmp).stream().map(Problem::path).toList());
    }

    @Test
    void acceptsValidFilesIncludingUndefinedFieldsNullsAndNonBmpOffsets() {
        assertEquals(List.of(), shown(validator.validate(ROOT.resolve("valid/gold"))));
        assertEquals(List.of(), shown(validator.validate(ROOT.resolve("valid/extras"))));
        assertEquals(List.of(), shown(validator.validate(ROOT.resolve("valid/run.jsonl"))));
        ValidationReport report = validator.check(ROOT.resolve("valid/gold"));
        assertEquals(2, report.documents());
        assertTrue(report.textsChecked());
    }

    @Test
    void withoutTextsSkipsTheTextChecksAndSaysSo() {
        Validator noTexts = Validator.withoutTexts();
        assertEquals(List.of(), noTexts.validate(ROOT.resolve("broken/text-not-in-article")));
        assertFalse(noTexts.check(ROOT.resolve("broken/text-not-in-article")).textsChecked());
        // Structural problems are still found.
        assertEquals(1, noTexts.validate(ROOT.resolve("broken/count-not-a-number")).size());
    }

    @Test
    void emptyFolderAndMissingTextsFolderAreProblems(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(tmp + ": expected <doc_id>.json gold files, found none"),
                validator.validate(tmp).stream().map(Problem::toString).toList());
        List<Problem> problems = Validator.withTexts(tmp.resolve("nowhere")).validate(ROOT.resolve("valid/gold"));
        assertEquals(List.of(tmp.resolve("nowhere") + ": expected a folder of <doc_id>.txt article texts, found none"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void invalidUtf8IsReportedNotReplaced(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("x.json"), new byte[] {'{', '"', (byte) 0xC3, '"', '}'});
        assertEquals(List.of(tmp.resolve("x.json") + ": not valid UTF-8 text"),
                validator.validate(tmp).stream().map(Problem::toString).toList());
    }

    @Test
    void aByteOrderMarkIsReportedAndTheRestStillChecked(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("kirkuk.json"), "\uFEFF{\"doc_id\": \"kirkuk\", \"events\": [{\"id\": \"e1\"}]}");
        assertEquals(List.of(
                        tmp.resolve("kirkuk.json") + ": expected JSON without a byte-order mark (BOM) at the start; save the file as UTF-8 without BOM",
                        tmp.resolve("kirkuk.json") + ": events[0].type: required field missing, expected \"attack\""),
                Validator.withoutTexts().validate(tmp).stream().map(Problem::toString).toList());
    }

    /** The project's own seed gold passes, texts and offsets included. */
    @Test
    void seedGoldValidates() {
        ValidationReport report = Validator.withTexts(Path.of("seeds")).check(Path.of("gold-annotations"));
        assertEquals(List.of(), report.problems().stream().map(Problem::toString).toList());
        assertEquals(5, report.documents());
        assertTrue(report.textsChecked());
    }

    /** Every dev gold file passes: if one does not, either the validator or the gold is wrong. */
    @Test
    void allDevGoldValidates() {
        for (String corpus : List.of("gvdb-dev", "muc4-dev")) {
            Path dir = Fixtures.shared().resolve("dev-corpora").resolve(corpus);
            Fixtures.requireInCi(dir.resolve("gold"));
            Assumptions.assumeTrue(Files.isDirectory(dir.resolve("gold")), "dev corpora not present at " + dir);
            ValidationReport report = Validator.withTexts(dir.resolve("texts")).check(dir.resolve("gold"));
            assertEquals(List.of(), report.problems().stream().map(Problem::toString).limit(20).toList(), corpus);
            assertTrue(report.documents() >= 200, corpus);
            assertTrue(report.textsChecked());
        }
    }

    private static List<String> shown(List<Problem> problems) {
        return problems.stream().map(p -> p.toString().replace(ROOT + "/", "")).toList();
    }
}

package org.conflictie.format.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.conflictie.format.ArticleTexts;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.format.Problem;
import org.conflictie.model.EventDocument;

/**
 * Checks gold folders and predictions files against format v1 ({@code shared/spec/event-format.md}) and
 * returns every problem found, not just the first.
 *
 * <p>From a notebook:
 * <pre>{@code
 * for (Problem p : Validator.withTexts(Path.of("texts")).validate(Path.of("gold"))) {
 *     System.out.println(p);   // gold/x.json: events[2].casualties[0].count: expected a whole number or null, found "two"
 * }
 * }</pre>
 *
 * <p>What is checked: JSON syntax (with line and column; duplicate keys count as a syntax error), required
 * fields, value types, the vocabularies (type, subtype, role, outcome), ISO dates on the real calendar,
 * ISO 3166-1 alpha-2 countries, unique event ids, {@code doc_id} equal to the file name (gold folder) or not
 * repeated (predictions). With article texts: the article exists, every {@code text} and {@code alt} occurs in
 * it verbatim, and {@code start}/{@code end} frame {@code text} exactly (UTF-16 code-unit offsets). Fields the
 * format does not define are allowed. A document with no problem is also read with {@link EventJson}, so
 * "valid" always means "loadable".
 */
public final class Validator {
    /** Stricter than {@link EventJson}'s mapper: repeated keys and trailing content are errors here. */
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ArticleTexts texts;
    private final IsoCountries countries;

    private Validator(ArticleTexts texts, IsoCountries countries) {
        this.texts = texts;
        this.countries = countries;
    }

    /** A validator that also checks texts and offsets against the articles in {@code textDir}. */
    public static Validator withTexts(Path textDir) {
        return new Validator(new ArticleTexts(textDir), IsoCountries.standard());
    }

    /** A validator that skips every check needing the article texts. */
    public static Validator withoutTexts() {
        return new Validator(null, IsoCountries.standard());
    }

    public boolean checksTexts() {
        return texts != null;
    }

    /** Every problem in a gold folder, a single gold {@code .json} file, or a predictions {@code .jsonl} file. */
    public List<Problem> validate(Path path) {
        return check(path).problems();
    }

    /** As {@link #validate}, with the counts for a summary line. */
    public ValidationReport check(Path path) {
        if (Files.isDirectory(path)) return checkGoldDir(path);
        if (path.getFileName() != null && path.getFileName().toString().endsWith(".jsonl")) {
            return checkPredictions(path);
        }
        return checkGoldFile(path);
    }

    /** A folder of {@code <doc_id>.json} gold files. */
    public ValidationReport checkGoldDir(Path dir) {
        Run run = new Run(texts);
        if (!Files.isDirectory(dir)) {
            run.problems.add(new Problem(dir, null, "", "expected a folder of <doc_id>.json gold files, found none"));
            return run.report();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            run.problems.add(new Problem(dir, null, "", "cannot list the folder: " + e.getMessage()));
            return run.report();
        }
        if (files.isEmpty()) {
            run.problems.add(new Problem(dir, null, "", "expected <doc_id>.json gold files, found none"));
        }
        for (Path file : files) {
            goldFile(file, run);
        }
        return run.report();
    }

    /** One gold file; its name must be {@code <doc_id>.json}. */
    public ValidationReport checkGoldFile(Path file) {
        Run run = new Run(texts);
        goldFile(file, run);
        return run.report();
    }

    /** A predictions file: one document per line; blank lines are skipped, as the reader does. */
    public ValidationReport checkPredictions(Path file) {
        Run run = new Run(texts);
        Optional<String> content = read(file, run);
        if (content.isEmpty()) return run.report();
        run.files++;
        Map<String, Integer> firstLineOfDoc = new HashMap<>();
        List<String> lines = content.get().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            int lineNo = i + 1;
            Optional<JsonNode> doc = parse(lines.get(i), file, lineNo, run);
            if (doc.isEmpty()) continue;
            String docId = document(doc.get(), file, lineNo, null, run);
            if (docId != null) {
                Integer first = firstLineOfDoc.putIfAbsent(docId, lineNo);
                if (first != null) {
                    run.problems.add(new Problem(file, lineNo, "doc_id", "expected each doc_id once, found "
                            + DocumentChecker.show(doc.get().get("doc_id")) + " again (first on line " + first + ")"));
                }
            }
        }
        if (firstLineOfDoc.isEmpty() && run.documents == 0 && run.problems.isEmpty()) {
            run.problems.add(new Problem(file, null, "", "expected one JSON document per line, found no documents"));
        }
        return run.report();
    }

    private void goldFile(Path file, Run run) {
        Optional<String> content = read(file, run);
        if (content.isEmpty()) return;
        run.files++;
        String name = file.getFileName().toString();
        String expectedDocId = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : null;
        parse(content.get(), file, null, run).ifPresent(doc -> document(doc, file, null, expectedDocId, run));
    }

    /** Checks one parsed document; returns its doc_id when well-formed. */
    private String document(JsonNode doc, Path file, Integer line, String expectedDocId, Run run) {
        int before = run.problems.size();
        DocumentChecker checker = new DocumentChecker(file, line, countries, run.problems);
        DocumentChecker.Outline outline = checker.checkStructure(doc);
        run.documents++;
        run.events += outline.events();
        String docId = outline.docId();
        if (docId != null && expectedDocId != null && !docId.equals(expectedDocId)) {
            run.problems.add(new Problem(file, line, "doc_id", "expected \"" + expectedDocId
                    + "\" (the file name without .json), found " + DocumentChecker.show(doc.get("doc_id"))));
        }
        if (docId != null && run.textsChecked) {
            try {
                Optional<String> article = texts.read(docId);
                if (article.isEmpty()) {
                    run.problems.add(new Problem(file, line, "doc_id", "expected an article "
                            + texts.fileFor(docId) + ", found none"));
                } else {
                    checker.checkTexts(doc, article.get(), texts.fileFor(docId));
                }
            } catch (FormatException e) {
                run.problems.add(new Problem(e.file(), null, "", e.detail()));
            }
        }
        if (run.problems.size() == before) {
            // Whatever passes here must load: a check missing above would show up as this problem, not as a
            // surprise in the scorer.
            try {
                EventJson.mapper().treeToValue(doc, EventDocument.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                run.problems.add(new Problem(file, line, "", "cannot be read as format v1: " + e.getMessage()));
            }
        }
        return docId;
    }

    private Optional<JsonNode> parse(String json, Path file, Integer line, Run run) {
        if (json.isBlank()) {
            run.problems.add(new Problem(file, line, "", "expected a JSON document, found an empty file"));
            return Optional.empty();
        }
        if (json.startsWith("\uFEFF")) {
            // Some Windows editors add one; the format reader rejects it, so it is a problem, but the rest of the
            // document is still checked.
            run.problems.add(new Problem(file, line, "", "expected JSON without a byte-order mark (BOM) at the start;"
                    + " save the file as UTF-8 without BOM"));
            json = json.substring(1);
        }
        try {
            return Optional.of(TREE.readTree(json));
        } catch (JsonProcessingException e) {
            String where;
            Integer at = line;
            if (e.getLocation() == null) {
                where = "";
            } else if (line == null) {
                at = e.getLocation().getLineNr();
                where = " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            } else {
                where = " (column " + e.getLocation().getColumnNr() + ")";
            }
            // Jackson names the input "[Source: REDACTED ...; line: 1, column: 27]"; keep only the position.
            String message = e.getOriginalMessage().lines().findFirst().orElse("")
                    .replaceAll("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]", "$1");
            run.problems.add(new Problem(file, at, "", "invalid JSON" + where + ": " + message));
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file, Run run) {
        if (!Files.isRegularFile(file)) {
            run.problems.add(new Problem(file, null, "", "expected a file, found none"));
            return Optional.empty();
        }
        try {
            return Optional.of(ArticleTexts.readUtf8(file));
        } catch (FormatException e) {
            run.problems.add(new Problem(file, null, "", e.detail()));
            return Optional.empty();
        }
    }

    /** Mutable tallies of one run; the public result is the immutable {@link ValidationReport}. */
    private static final class Run {
        final List<Problem> problems = new ArrayList<>();
        final boolean textsChecked;
        int files;
        int documents;
        int events;

        Run(ArticleTexts texts) {
            textsChecked = texts != null && Files.isDirectory(texts.dir());
            if (texts != null && !textsChecked) {
                // Reported once here rather than once per document.
                problems.add(new Problem(texts.dir(), null, "", "expected a folder of <doc_id>.txt article texts, found none"));
            }
        }

        ValidationReport report() {
            return new ValidationReport(problems, files, documents, events, textsChecked);
        }
    }
}

package org.conflictie.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads extraction input: a folder of {@code <doc_id>.txt} articles (sorted by name) or a JSONL
 * file of {@code {"doc_id", "text", "document_date"?}} objects (in file order).
 *
 * <p>A bad item (unreadable file, invalid UTF-8, broken JSON line, missing or mistyped field,
 * duplicate doc_id) does not stop the others: it is handed to the problem consumer with the file,
 * line and what was expected, and skipped.
 */
public final class InputReader {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** An input item that could not be read. */
    public record Problem(String docId, String where, String reason) {}

    private InputReader() {}

    public static List<InputDocument> read(Path input, Consumer<Problem> problems) throws IOException {
        if (Files.isDirectory(input)) return readFolder(input, problems);
        if (!Files.isRegularFile(input)) throw new IOException(input + ": no such file or folder");
        return readJsonl(input, problems);
    }

    static List<InputDocument> readFolder(Path dir, Consumer<Problem> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException(dir + ": the folder holds no .txt articles");
        List<InputDocument> docs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String docId = name.substring(0, name.length() - 4);
            try {
                docs.add(new InputDocument(docId, decodeUtf8(Files.readAllBytes(f)), null));
            } catch (CharacterCodingException e) {
                problems.accept(new Problem(docId, f.toString(), "not valid UTF-8 text"));
            } catch (IOException e) {
                problems.accept(new Problem(docId, f.toString(), "cannot read: " + e.getMessage()));
            }
        }
        return docs;
    }

    static List<InputDocument> readJsonl(Path file, Consumer<Problem> problems) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String where = file + ":" + n;
                JsonNode node;
                try {
                    node = EventJson.mapper().readTree(line);
                } catch (IOException e) {
                    problems.accept(new Problem(null, where, "not a JSON object: " + e.getMessage().lines().findFirst().orElse("")));
                    continue;
                }
                String problem = check(node);
                String docId = node.path("doc_id").isTextual() ? node.get("doc_id").asText() : null;
                if (problem == null && !seen.add(docId)) problem = "duplicate doc_id \"" + docId + "\"";
                if (problem != null) {
                    problems.accept(new Problem(docId, where, problem));
                    continue;
                }
                JsonNode date = node.get("document_date");
                docs.add(new InputDocument(docId, node.get("text").asText(),
                        date == null || date.isNull() ? null : date.asText()));
            }
        }
        return docs;
    }

    private static String check(JsonNode node) {
        if (!node.isObject()) return "expected a JSON object {\"doc_id\", \"text\", \"document_date\"?}";
        if (!node.path("doc_id").isTextual() || node.get("doc_id").asText().isBlank()) {
            return "doc_id: expected a non-empty string";
        }
        if (!node.path("text").isTextual()) return "text: expected a string";
        JsonNode date = node.get("document_date");
        if (date != null && !date.isNull() && !(date.isTextual() && ISO_DAY.matcher(date.asText()).matches())) {
            return "document_date: expected YYYY-MM-DD or null, found " + date;
        }
        return null;
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}

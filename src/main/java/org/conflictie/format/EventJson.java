package org.conflictie.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictie.model.EventDocument;

/**
 * Reads and writes {@link EventDocument}s as format v1 JSON.
 *
 * <p>Fields the format does not define (e.g. the dev corpora's {@code muc} or {@code levels}) are
 * ignored on reading, as the spec asks; {@code optional} is kept because the scorer uses it.
 * Output field order follows the records, so the same events always give the same bytes.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EventJson() {}

    /** The mapper configured for format v1 (snake_case, nulls omitted except casualty counts). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One document as a single JSON line (no trailing newline). */
    public static String toJsonLine(EventDocument doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + doc.docId(), e);
        }
    }

    /** One document pretty-printed, as in a gold folder. */
    public static String toPrettyJson(EventDocument doc) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + doc.docId(), e);
        }
    }

    public static EventDocument parse(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, EventDocument.class);
    }

    /** Reads one gold file, {@code <doc_id>.json}. */
    public static EventDocument readFile(Path file) {
        try {
            return MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), EventDocument.class);
        } catch (JsonProcessingException e) {
            throw new FormatException(file, describe(e), e);
        } catch (IOException e) {
            throw new FormatException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads every {@code *.json} file of a gold folder, sorted by file name. */
    public static List<EventDocument> readGoldDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FormatException(dir, "not a folder of <doc_id>.json gold files");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(EventJson::readFile).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a predictions file, one document per line; blank lines are skipped. */
    public static List<EventDocument> readJsonl(Path file) {
        List<EventDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    docs.add(parse(line));
                } catch (JsonProcessingException e) {
                    throw new FormatException(file, "line " + lineNo + ": " + describe(e), e);
                }
            }
        } catch (IOException e) {
            throw new FormatException(file, "cannot read: " + e.getMessage(), e);
        }
        return docs;
    }

    /** Reads a gold folder or a predictions file, whichever {@code path} is. */
    public static List<EventDocument> read(Path path) {
        return Files.isDirectory(path) ? readGoldDir(path) : readJsonl(path);
    }

    /** Writes a gold file, pretty-printed. */
    public static void writeFile(EventDocument doc, Path file) throws IOException {
        Files.writeString(file, toPrettyJson(doc), StandardCharsets.UTF_8);
    }

    /** A message with the JSON path and position of a parse or mapping error. */
    static String describe(JsonProcessingException e) {
        StringBuilder s = new StringBuilder();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            s.append("at ").append(JsonPaths.of(m.getPath())).append(": ");
        }
        // Jackson names the input "[Source: REDACTED ...; line: 1, column: 27]"; keep only the position.
        s.append(e.getOriginalMessage().replaceAll("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]", "$1"));
        if (e.getLocation() != null) {
            s.append(" (line ").append(e.getLocation().getLineNr())
                    .append(", column ").append(e.getLocation().getColumnNr()).append(')');
        }
        return s.toString();
    }
}

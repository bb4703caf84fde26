package org.conflictie.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.conflictie.format.FormatException;

/**
 * What a run folder's {@code manifest.json} records: enough to tell what produced its predictions
 * (inputs, rule files, CoreNLP properties, versions, disabled rules, command line) and what it cost
 * (timings, peak heap). Written as snake_case JSON; see {@code docs/research-loop.md}.
 *
 * @param manifestVersion {@link #VERSION}; readers refuse newer manifests
 * @param name            the run folder's name
 * @param startedAt       ISO-8601 instant the run started
 * @param commandLine     the arguments as given, or empty when run from the API
 * @param threads         documents annotated in parallel
 * @param disabledRules   {@code --disable-rule} prefixes and the mentions each removed
 * @param gold            the gold folder scored against, or null
 * @param peakHeapBytes   sum of the heap pools' peak usage (an upper bound of the true peak)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RunManifest(int manifestVersion, String name, String startedAt, List<String> commandLine, Versions versions,
                          int threads, Input input, Models models, Pipeline pipeline, List<DisabledRule> disabledRules,
                          Gold gold, Timings timings, Totals totals, long peakHeapBytes) {

    public static final int VERSION = 1;
    public static final String FILE = "manifest.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RunManifest {
        commandLine = commandLine == null ? List.of() : List.copyOf(commandLine);
        disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
    }

    /** conflict-ie, CoreNLP and Java versions. */
    public record Versions(String conflictIe, String corenlp, String java) {}

    /**
     * The input: a folder of {@code .txt} files or a JSONL file.
     *
     * @param sha256    of the JSONL file's bytes; null for a folder
     * @param documents every document read, with the SHA-256 of its text (UTF-8)
     */
    public record Input(String path, String kind, String sha256, List<DocumentHash> documents) {}

    public record DocumentHash(String docId, String sha256) {}

    /**
     * The rule, lexicon, gazetteer and properties files the run read.
     *
     * @param dir   the {@code --models} folder, or {@code bundled} for the copy inside the jar
     * @param files path under the models folder to SHA-256 of its bytes
     */
    public record Models(String dir, Map<String, String> files) {}

    /**
     * CoreNLP's set-up.
     *
     * @param propertiesFile       the {@code --properties} file, or null for the bundled one
     * @param propertiesSha256     of that file's bytes, or null
     * @param corenlpProperties    the effective properties for mixed-case text
     * @param caselessProperties   the effective properties for all-caps text
     */
    public record Pipeline(String propertiesFile, String propertiesSha256, Map<String, String> corenlpProperties,
                           Map<String, String> caselessProperties) {}

    public record DisabledRule(String prefix, long droppedMentions) {}

    public record Gold(String dir, boolean ignoreOptional) {}

    /**
     * @param loadSeconds           building the extractor (CoreNLP models, rule files)
     * @param wallSeconds           extracting every document
     * @param corenlpThreadSeconds  CoreNLP's time summed over threads (cache hits are near zero)
     * @param eventsThreadSeconds   our annotators and assembly, summed over threads
     */
    public record Timings(double loadSeconds, double wallSeconds, double corenlpThreadSeconds, double eventsThreadSeconds) {}

    public record Totals(int documents, long tokens, int events, int failures) {}

    public Instant startInstant() {
        return Instant.parse(startedAt);
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write manifest: " + e.getMessage(), e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest; a file that is not a manifest of this version gives a {@link FormatException}
     * naming the file and what is wrong.
     */
    public static RunManifest read(Path file) {
        RunManifest m;
        try {
            m = MAPPER.readValue(file.toFile(), RunManifest.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new FormatException(file, "not a run manifest: " + e.getOriginalMessage() + " at " + path(e));
        } catch (IOException e) {
            throw new FormatException(file, "cannot read run manifest: " + e.getMessage());
        }
        if (m == null) throw new FormatException(file, "empty run manifest");
        if (m.manifestVersion() < 1 || m.manifestVersion() > VERSION) {
            throw new FormatException(file, "manifest_version " + m.manifestVersion() + " is not one this build reads (1.." + VERSION + ")");
        }
        if (m.startedAt() == null) throw new FormatException(file, "started_at is missing");
        try {
            Instant.parse(m.startedAt());
        } catch (DateTimeParseException e) {
            throw new FormatException(file, "started_at \"" + m.startedAt() + "\" is not an ISO-8601 instant");
        }
        if (m.totals() == null) throw new FormatException(file, "totals is missing");
        if (m.timings() == null) throw new FormatException(file, "timings is missing");
        return m;
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) b.append('.').append(ref.getFieldName());
            else if (ref.getIndex() >= 0) b.append('[').append(ref.getIndex()).append(']');
        }
        return b.toString();
    }
}

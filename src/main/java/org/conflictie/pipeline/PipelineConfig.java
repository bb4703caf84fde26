package org.conflictie.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How to build and run the CoreNLP layer.
 *
 * @param propertiesFile   CoreNLP properties for mixed-case text; null = the bundled
 *                         {@code models/pipeline/corenlp.properties}
 * @param caselessFile     overrides for all-caps text; null = the bundled {@code corenlp-caseless.properties}
 * @param caselessModels   route all-caps documents to the caseless models (see {@link TextCase})
 * @param overrides        extra CoreNLP properties applied last (e.g. from the command line)
 * @param documentTimeout  per-document limit; a document over it fails whole
 */
public record PipelineConfig(Path propertiesFile, Path caselessFile, boolean caselessModels,
                             Map<String, String> overrides, Duration documentTimeout) {
    public static final String BUNDLED = "models/pipeline/corenlp.properties";
    public static final String BUNDLED_CASELESS = "models/pipeline/corenlp-caseless.properties";

    public PipelineConfig {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        Objects.requireNonNull(documentTimeout, "documentTimeout");
        if (documentTimeout.isNegative() || documentTimeout.isZero()) {
            throw new IllegalArgumentException("documentTimeout must be positive, was " + documentTimeout);
        }
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(null, null, true, Map.of(), Duration.ofSeconds(60));
    }

    public PipelineConfig withDocumentTimeout(Duration timeout) {
        return new PipelineConfig(propertiesFile, caselessFile, caselessModels, overrides, timeout);
    }

    public PipelineConfig withOverrides(Map<String, String> more) {
        var merged = new java.util.TreeMap<>(overrides);
        merged.putAll(more);
        return new PipelineConfig(propertiesFile, caselessFile, caselessModels, merged, documentTimeout);
    }

    /** The effective CoreNLP properties for mixed-case (caseless=false) or all-caps text. */
    public Properties toProperties(boolean caseless) {
        Properties p = PropertiesFiles.load(propertiesFile, BUNDLED);
        if (caseless) p.putAll(PropertiesFiles.load(caselessFile, BUNDLED_CASELESS));
        p.putAll(overrides);
        return p;
    }
}

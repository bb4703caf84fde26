package org.conflictie.api;

/** One extractor per test JVM: loading CoreNLP's models takes ~15 s and 1 GB, so every IT shares it. */
public final class ModelFixture {
    private static Extractor extractor;

    private ModelFixture() {}

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.builder().build();
        return extractor;
    }
}

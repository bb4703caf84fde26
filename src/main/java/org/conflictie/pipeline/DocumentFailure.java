package org.conflictie.pipeline;

/**
 * A document that could not be processed. The batch records it (doc id, stage, reason) and goes on
 * with the other documents.
 */
public class DocumentFailure extends RuntimeException {
    private final String stage;

    public DocumentFailure(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    /** Where it failed: {@code read}, {@code language}, {@code corenlp}, {@code timeout} or {@code events}. */
    public String stage() {
        return stage;
    }
}

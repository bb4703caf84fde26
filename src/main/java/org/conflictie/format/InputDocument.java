package org.conflictie.format;

import java.util.Objects;

/**
 * An article to extract events from.
 *
 * @param docId        file name without {@code .txt}, or the JSONL {@code doc_id}
 * @param text         the article
 * @param documentDate publication day {@code YYYY-MM-DD} from the input's metadata, or null
 */
public record InputDocument(String docId, String text, String documentDate) {
    public InputDocument {
        Objects.requireNonNull(docId, "doc_id");
        Objects.requireNonNull(text, "text");
    }
}

package org.conflictie.model;

import java.util.List;
import java.util.Objects;

/**
 * One article's events: a gold file, or one line of a predictions file.
 *
 * @param docId        the article file's name without its extension
 * @param documentDate publication day {@code YYYY-MM-DD}, or null when unknown
 * @param events       every attack event the article reports; empty when none
 */
public record EventDocument(String docId, String documentDate, List<Event> events) {
    public EventDocument {
        Objects.requireNonNull(docId, "doc_id");
        events = events == null ? List.of() : List.copyOf(events);
    }

    @Override
    public String toString() {
        return "EventDocument[" + docId + (documentDate == null ? "" : " " + documentDate) + ", "
                + events.size() + " event" + (events.size() == 1 ? "" : "s") + "]";
    }
}

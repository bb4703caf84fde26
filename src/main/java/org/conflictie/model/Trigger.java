package org.conflictie.model;

/**
 * The words that report an incident.
 *
 * @param text  verbatim from the article
 * @param start offset of {@code text} in the article (UTF-16 index), or null when unknown
 * @param end   end offset, exclusive
 * @param rule  id of the rule that produced it (predictions only)
 */
public record Trigger(String text, Integer start, Integer end, String rule) {
    public Trigger(String text) {
        this(text, null, null, null);
    }
}

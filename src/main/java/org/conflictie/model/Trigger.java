package org.conflictie.model;

/**
 * The words that report an incident.
 *
 * @param text  verbatim from the article
 * @param start offset of {@code text} in the article (UTF-16 index), or null when unknown
 * @param end   end offset, exclusive
 * @param rule  id of the rule that produced it (predictions only)
 * @param sentence index (0-based) of the article's sentence it comes from, as CoreNLP split it (predictions only)
 */
public record Trigger(String text, Integer start, Integer end, String rule, Integer sentence) {
    public Trigger(String text) {
        this(text, null, null, null, null);
    }

    public Trigger(String text, Integer start, Integer end, String rule) {
        this(text, start, end, rule, null);
    }
}

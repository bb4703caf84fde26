package org.conflictie.model;

/**
 * The day an incident happened.
 *
 * @param value {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} when the article says no more
 * @param text  the words it comes from, when known
 * @param start offset of {@code text}, or null
 * @param end   end offset, exclusive, or null
 * @param rule  id of the rule that produced it (predictions only)
 * @param sentence index (0-based) of the article's sentence {@code text} comes from (predictions only)
 */
public record EventDate(String value, String text, Integer start, Integer end, String rule, Integer sentence) {
    public EventDate(String value) {
        this(value, null, null, null, null, null);
    }

    public EventDate(String value, String text, Integer start, Integer end, String rule) {
        this(value, text, start, end, rule, null);
    }
}

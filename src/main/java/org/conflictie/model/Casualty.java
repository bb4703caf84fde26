package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reported casualty figure.
 *
 * @param outcome  killed, injured, captured or missing
 * @param count    the figure, or null when the article reports casualties without one (always written)
 * @param group    whose casualties: a canonical actor name, or {@code civilians}
 * @param text     the article's words
 * @param start    offset of {@code text}, or null
 * @param end      end offset, exclusive, or null
 * @param source   who the article says gave the figure, when it says so
 * @param rule     id of the rule that produced it (predictions only)
 * @param sentence index (0-based) of the article's sentence {@code text} comes from (predictions only)
 * @param optional true when a gold file marks this entry as doubtful
 */
public record Casualty(Outcome outcome, @JsonInclude(JsonInclude.Include.ALWAYS) Integer count, String group,
                       String text, Integer start, Integer end, String source, String rule, Integer sentence,
                       Boolean optional) {
    public Casualty(Outcome outcome, Integer count, String group) {
        this(outcome, count, group, null, null, null, null, null, null, null);
    }

    public Casualty(Outcome outcome, Integer count, String group, String text, Integer start, Integer end,
                    String source, String rule, Boolean optional) {
        this(outcome, count, group, text, start, end, source, rule, null, optional);
    }
}

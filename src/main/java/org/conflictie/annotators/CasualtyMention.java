package org.conflictie.annotators;

import org.conflictie.model.Outcome;

/**
 * A reported casualty figure.
 *
 * @param span      the words reporting it (victims through outcome word)
 * @param anchor    the outcome word ("killed", "deaths")
 * @param victims   the victims' noun phrase, or null
 * @param outcome   killed, injured, captured or missing
 * @param count     the figure, or null when none is given
 * @param group     whose casualties: a canonical name, {@code civilians}, or the victims' words
 * @param source    who gave the figure according to the article, or null
 * @param factual   false when negated or hypothetical ("no casualties were reported")
 * @param rule      the rule that found it
 * @param armedSide whether the group is an armed actor the alias table knows (not civilians, not a
 *                  person or description): such a group may name the victims of a restated figure too
 */
public record CasualtyMention(Span span, Span anchor, Span victims, Outcome outcome,
                              Integer count, String group, String source, boolean factual, String rule,
                              boolean armedSide) {
    /** A figure whose group, if any, is not a known armed actor. */
    public CasualtyMention(Span span, Span anchor, Span victims, Outcome outcome, Integer count, String group,
                           String source, boolean factual, String rule) {
        this(span, anchor, victims, outcome, count, group, source, factual, rule, false);
    }
}

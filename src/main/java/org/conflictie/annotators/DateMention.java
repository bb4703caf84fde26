package org.conflictie.annotators;

/**
 * A date expression and the day (or month, or year) it resolves to.
 *
 * @param span     the expression
 * @param value    {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param dateline true for the article's own dateline, which dates the report, not an incident
 * @param rule     the rule that found and resolved it
 */
public record DateMention(Span span, String value, boolean dateline, String rule) {}

package org.conflictie.annotators;

/**
 * The publication date dates are resolved against.
 *
 * @param value {@code YYYY-MM-DD}, or null when neither the input nor the article gives one
 * @param span  where the article states it (a dateline), or null when it came from the input
 * @param rule  {@code document-date.input} or the id of the dateline rule that found it
 */
public record DocumentDate(String value, Span span, String rule) {}

package org.conflictie.model;

/**
 * A mention that could fill a slot.
 *
 * @param text     the article's words, or null for a value not read from words (the report's date)
 * @param start    offset of {@code text}, or null
 * @param end      end offset, exclusive, or null
 * @param sentence index of its sentence, or null
 * @param value    what it would give the slot (a date, a place name and kind, an actor's name, a figure)
 * @param rule     the rule that found it
 * @param reason   why it won, or why it lost
 */
public record Candidate(String text, Integer start, Integer end, Integer sentence, String value, String rule,
                        String reason) {}

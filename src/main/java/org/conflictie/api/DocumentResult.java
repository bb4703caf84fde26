package org.conflictie.api;

import org.conflictie.model.EventDocument;

/**
 * The events of one document, with what it cost.
 *
 * @param document            the events in format v1
 * @param tokens              tokens CoreNLP produced
 * @param sentences           sentences
 * @param sentencesWithoutParse sentences CoreNLP skipped (too long or timed out), read for surface patterns only
 * @param caseless            whether the all-caps models were used
 * @param corenlpNanos        time in CoreNLP's annotators
 * @param eventNanos          time in our annotators and event assembly
 */
public record DocumentResult(EventDocument document, int tokens, int sentences, int sentencesWithoutParse,
                             boolean caseless, long corenlpNanos, long eventNanos) {}

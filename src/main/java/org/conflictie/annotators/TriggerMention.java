package org.conflictie.annotators;

import org.conflictie.model.Subtype;

/**
 * Words that report an attack.
 *
 * @param span        the trigger words
 * @param subtype     the subtype they signal
 * @param strong      false for words that report an attack only together with a casualty (e.g. "kill")
 * @param factual     false for threats, plans, hypotheticals, negations and generic statements
 * @param rule        the lexicon rule that matched
 * @param factualityRule why it is not factual, or null
 */
public record TriggerMention(Span span, Subtype subtype, boolean strong, boolean factual, String rule,
                             String factualityRule) {}

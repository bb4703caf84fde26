/**
 * The scorer: pairs predicted with gold events and counts, per slot, true positives, false
 * positives and false negatives exactly as {@code shared/spec/event-format.md} ("How a prediction
 * is scored") says, with the documented extensions (optional gold items, lenient rules, breakdowns,
 * bootstrap intervals, paired comparison). Entry point: {@link org.conflictie.score.Scorer}.
 *
 * <p>Every number in a report is a sum of {@link org.conflictie.score.Mark}s on
 * {@link org.conflictie.score.ValueRow}s, the same rows the diff shows, so the two cannot disagree.
 * Nothing here loads CoreNLP, prints or exits. The full rules are in {@code docs/scoring.md}.
 */
package org.conflictie.score;

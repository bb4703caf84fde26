/**
 * The custom CoreNLP annotators, one per concern, run in this order after CoreNLP's own:
 * {@link org.conflictie.annotators.DateAnnotator} (document date and date expressions),
 * {@link org.conflictie.annotators.TriggerAnnotator} (attack words and whether they report a real
 * incident), {@link org.conflictie.annotators.CasualtyAnnotator} (figures, outcomes, whose, who says),
 * {@link org.conflictie.annotators.ActorAnnotator} (attacker and target) and
 * {@link org.conflictie.annotators.PlaceAnnotator} (places with admin1 and country).
 *
 * <p>Each reads CoreNLP's keys and adds one list of mention records under a key of
 * {@link org.conflictie.annotators.EventAnnotations}; none builds events. Event assembly
 * ({@code org.conflictie.assembly}) decides which mentions form which incident. All annotators are
 * stateless after construction and safe to share between threads. Sentences that CoreNLP left
 * without a dependency graph (too long, timed out) are read for surface patterns only.
 */
package org.conflictie.annotators;

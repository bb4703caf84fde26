/**
 * The event model of format v1 ({@code shared/spec/event-format.md}) as immutable records.
 *
 * <p>Gold files and predictions share these types, so any run can be scored against any gold set.
 * Nothing here depends on CoreNLP: the format reader, the validator and the scorer are usable and
 * testable without loading a model.
 *
 * <p>Beyond the v1 fields, every value may carry the optional {@code start}/{@code end} offsets of
 * its {@code text} (UTF-16 indices into the article, as Java counts them) and the {@code rule} that
 * produced it, so every figure in a run can be traced back to the words it came from.
 */
package org.conflictie.model;

/**
 * Dates without SUTime: the article's own publication date ({@link org.conflictie.time.DocumentDateFinder}),
 * the date expressions in its text ({@link org.conflictie.time.DateExpressionFinder}) and their
 * resolution against the publication date ({@link org.conflictie.time.DateResolver}) to the
 * format's {@code YYYY-MM-DD} / {@code YYYY-MM} / {@code YYYY} values ({@link org.conflictie.time.PartialDate}).
 *
 * <p>Pure {@code java.time}; no CoreNLP. Every class is immutable and keeps no state between
 * calls, so one document's dates can never leak into another's (SUTime's annotator does) and the
 * same text always gives the same result. News looks back: an underspecified date resolves to
 * the latest fitting time on or before the publication date, where SUTime resolves weekdays and
 * month names forward. The words live in {@code models/time/time-words.tsv}. Policies and
 * their measured effect on the dev corpora are in {@code docs/dates.md}.
 */
package org.conflictie.time;

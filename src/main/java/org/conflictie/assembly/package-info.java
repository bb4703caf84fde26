/**
 * Event assembly: groups the annotators' mentions into incidents and fills each event's slots.
 * Pure over the mention records; the only CoreNLP type it touches is the document
 * {@code Annotation} it reads the mention lists from.
 */
package org.conflictie.assembly;

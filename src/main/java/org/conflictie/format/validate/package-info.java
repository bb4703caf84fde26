/**
 * The format v1 validator ({@code ie validate}): {@link org.conflictie.format.validate.Validator} returns every
 * {@link org.conflictie.format.Problem} of a gold folder or predictions file, each with file, line, JSON path and
 * what was expected.
 *
 * <p>Offsets: {@code start}/{@code end} are UTF-16 code-unit indices into the article, {@code end} exclusive,
 * as Java and JavaScript count ({@code text.substring(start, end)}). Articles are {@code <doc_id>.txt}, UTF-8.
 */
package org.conflictie.format.validate;

/**
 * Reading and writing format v1: gold folders ({@code <doc_id>.json}), predictions ({@code .jsonl}),
 * the validator and the brat standoff converter. No CoreNLP here.
 *
 * <p>Offsets ({@code start}/{@code end}) in format v1 files are UTF-16 code-unit indices into the article, as Java
 * and JavaScript count ({@code text.substring(start, end)}), {@code end} exclusive. brat offsets are Unicode code
 * points; only {@link org.conflictie.format.brat.OffsetMapper} converts between the two. Article texts are a
 * folder of {@code <doc_id>.txt} files in UTF-8 ({@link org.conflictie.format.ArticleTexts}).
 */
package org.conflictie.format;

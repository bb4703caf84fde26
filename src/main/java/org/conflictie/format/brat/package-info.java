/**
 * Lossless conversion between format v1 and brat standoff ({@code ie convert}), so that gold can be made or
 * corrected in brat. The mapping is documented in {@code gold-annotations/GUIDELINES.md} ("brat standoff mapping").
 *
 * <p>Offsets: format v1 counts UTF-16 code units; brat counts Unicode code points over the text read with
 * universal newlines (a {@code \r\n} is one character). {@link org.conflictie.format.brat.OffsetMapper} is the one
 * place that converts; the brat {@code .txt} is the article byte for byte.
 */
package org.conflictie.format.brat;

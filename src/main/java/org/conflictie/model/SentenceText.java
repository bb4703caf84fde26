package org.conflictie.model;

/**
 * One sentence of the article as CoreNLP split it.
 *
 * @param index 0-based position in the article
 * @param start offset of its first character (UTF-16)
 * @param end   offset one past its last character
 * @param text  the article's characters between the offsets
 */
public record SentenceText(int index, int start, int end, String text) {
    /** Whether the characters {@code [from, to)} lie inside this sentence. */
    public boolean covers(int from, int to) {
        return start <= from && to <= end;
    }
}

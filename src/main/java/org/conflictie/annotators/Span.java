package org.conflictie.annotators;

/**
 * A run of tokens in one sentence and its characters in the article.
 *
 * @param sentence  sentence index (0-based)
 * @param begin     first token (0-based, within the sentence)
 * @param end       one past the last token
 * @param head      the syntactic head token
 * @param charBegin offset of the first character in the article (UTF-16)
 * @param charEnd   offset one past the last character
 * @param text      the article's characters between the offsets
 */
public record Span(int sentence, int begin, int end, int head, int charBegin, int charEnd, String text) {
    public boolean contains(Span other) {
        return sentence == other.sentence && begin <= other.begin && other.end <= end;
    }
}

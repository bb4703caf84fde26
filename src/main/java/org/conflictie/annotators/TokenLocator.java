package org.conflictie.annotators;

import java.util.List;
import java.util.Optional;

/** Maps character ranges found by text scanners (dates, datelines) onto sentence tokens. */
final class TokenLocator {
    private TokenLocator() {}

    /**
     * The tokens covering {@code [charBegin, charEnd)}, kept within the sentence of the first one;
     * empty when the range falls between tokens (e.g. inside whitespace).
     */
    static Optional<Span> locate(List<SentenceView> sentences, int charBegin, int charEnd) {
        for (SentenceView s : sentences) {
            if (s.size() == 0 || s.charEnd(s.size() - 1) <= charBegin) continue;
            int begin = -1, end = -1;
            for (int i = 0; i < s.size(); i++) {
                if (s.charEnd(i) > charBegin && s.charBegin(i) < charEnd) {
                    if (begin < 0) begin = i;
                    end = i + 1;
                }
            }
            if (begin < 0) return Optional.empty();
            Span tokens = s.span(begin, end, end - 1);
            return Optional.of(tokens);
        }
        return Optional.empty();
    }
}

package org.conflictie.format.brat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Span helpers shared by the brat writer and reader. All offsets here are UTF-16 indices into the article. */
final class Spans {
    private Spans() {}

    /** A half-open UTF-16 span {@code [start, end)}. */
    record Span(int start, int end) {}

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * Where a v1 value's text lies in the article, if it can be a brat span: the given offsets when they frame
     * the text, else the text's first occurrence. Empty when there is no text, the offsets are incomplete or
     * wrong, the text is not in the article, or the span cannot be drawn in brat (starts or ends with a line
     * break, or cuts a surrogate pair or a CRLF). Such values are kept whole in a note instead.
     */
    static Optional<Span> locate(String article, OffsetMapper offsets, String text, Integer start, Integer end) {
        if (text == null || text.isEmpty()) return Optional.empty();
        Span span;
        if (start != null && end != null) {
            if (start < 0 || start > end || end > article.length() || !article.substring(start, end).equals(text)) {
                return Optional.empty();
            }
            span = new Span(start, end);
        } else if (start != null || end != null) {
            return Optional.empty();
        } else {
            int at = article.indexOf(text);
            if (at < 0) return Optional.empty();
            span = new Span(at, at + text.length());
        }
        boolean drawable = offsets.isBoundary(span.start()) && offsets.isBoundary(span.end())
                && !isLineBreak(article.charAt(span.start())) && !isLineBreak(article.charAt(span.end() - 1));
        return drawable ? Optional.of(span) : Optional.empty();
    }

    /**
     * The pieces of a span between line breaks. brat cannot draw a span across a line break (its .ann line
     * would break too), so such a span is written as a discontinuous one, {@code 0 5;6 10}, and read back whole.
     */
    static List<Span> fragments(String article, Span span) {
        List<Span> pieces = new ArrayList<>();
        int s = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || isLineBreak(article.charAt(i))) {
                if (i > s) pieces.add(new Span(s, i));
                s = i + 1;
            }
        }
        return pieces;
    }

    /** The first run of non-space characters, where document-level anchors go; {@code [0,0)} for a blank article. */
    static Span firstWord(String article) {
        int s = 0;
        while (s < article.length() && Character.isWhitespace(article.charAt(s))) s++;
        int e = s;
        while (e < article.length() && !Character.isWhitespace(article.charAt(e))) e++;
        return s < article.length() ? new Span(s, e) : new Span(0, 0);
    }
}

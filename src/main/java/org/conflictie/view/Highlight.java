package org.conflictie.view;

import org.conflictie.score.Mark;

/**
 * One value of an event located in its article.
 *
 * @param start   UTF-16 offset, inclusive
 * @param end     UTF-16 offset, exclusive; {@code start < end <= text length}
 * @param kind    what the words are
 * @param eventKey which table row it belongs to ({@code p:e1} for a predicted event, {@code g:e1} for gold)
 * @param title   shown on hover: event, slot, rule and mark
 * @param mark    the scorer's mark, or null without gold
 * @param gold    true for a gold value the run missed or got wrong (drawn dashed)
 */
record Highlight(int start, int end, SpanKind kind, String eventKey, String title, Mark mark, boolean gold) {
    Highlight {
        if (start < 0 || end <= start) throw new IllegalArgumentException("empty or negative span " + start + "-" + end);
    }

    int length() {
        return end - start;
    }

    /** The classes of a span that shows this highlight: kind, mark and gold. */
    String cssClasses() {
        StringBuilder s = new StringBuilder(kind.cssClass());
        if (mark != null) s.append(" m-").append(mark.code());
        if (gold) s.append(" gold");
        return s.toString();
    }
}

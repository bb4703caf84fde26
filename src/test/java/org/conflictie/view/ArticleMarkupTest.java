package org.conflictie.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.score.Mark;
import org.junit.jupiter.api.Test;

class ArticleMarkupTest {

    private static Highlight hl(int start, int end, SpanKind kind, String title) {
        return new Highlight(start, end, kind, "p:e1", title, null, false);
    }

    @Test
    void articleWordsAreEscapedInsideAndOutsideHighlights() {
        String text = "<script>alert(1)</script> & \"Gunmen\" killed 3";
        int g = text.indexOf("\"Gunmen\"");
        String html = ArticleMarkup.render(text, List.of(hl(g, g + 8, SpanKind.ATTACKER, "e1 <attacker> & co")));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.startsWith("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "), html);
        assertTrue(html.contains("title=\"e1 &lt;attacker&gt; &amp; co\""), html);
        assertTrue(html.contains(">&quot;Gunmen&quot;</span> killed 3"), html);
    }

    @Test
    void crossingSpansAreSplitIntoPiecesThatCloseInOrder() {
        //             0123456789012345678
        String text = "Gunmen shot police.";
        Highlight attacker = hl(0, 11, SpanKind.ATTACKER, "attacker");   // "Gunmen shot"
        Highlight trigger = hl(7, 18, SpanKind.TRIGGER, "trigger");      // "shot police"
        String html = ArticleMarkup.render(text, List.of(attacker, trigger));
        assertEquals("<span class=\"hl k-attacker\" title=\"attacker\" data-ev=\"p:e1\">Gunmen </span>"
                + "<span class=\"hl k-attacker multi\" title=\"attacker\ntrigger\" data-ev=\"p:e1\">shot</span>"
                + "<span class=\"hl k-trigger\" title=\"trigger\" data-ev=\"p:e1\"> police</span>.", html);
        assertNull(WellFormed.problem(html));
    }

    @Test
    void nestedSpanTakesTheInnermostColourAndListsBoth() {
        String text = "two US troops were killed";
        Highlight casualty = hl(0, 25, SpanKind.CASUALTY, "casualty");
        Highlight target = new Highlight(4, 13, SpanKind.TARGET, "p:e2", "target", Mark.RIGHT, false);
        String html = ArticleMarkup.render(text, List.of(casualty, target));
        assertTrue(html.contains("<span class=\"hl k-target m-right multi\" title=\"target\ncasualty\" data-ev=\"p:e2 p:e1\">US troops</span>"), html);
        assertEquals(3, html.split("<span", -1).length - 1, html);
        assertNull(WellFormed.problem(html));
    }

    @Test
    void identicalAndManyOverlappingSpansStayWellFormed() {
        String text = "a car bomb exploded in the market of Kirkuk";
        List<Highlight> hs = List.of(hl(2, 10, SpanKind.TRIGGER, "t"), hl(2, 10, SpanKind.CASUALTY, "c"),
                hl(0, 19, SpanKind.PLACE, "p"), hl(6, 43, SpanKind.DATE, "d"), hl(37, 43, SpanKind.PLACE, "k"));
        String html = ArticleMarkup.render(text, hs);
        assertNull(WellFormed.problem(html));
        assertEquals(text, html.replaceAll("<[^>]+>", ""), "every character shown once, in order");
    }

    @Test
    void spanEndingAtTheTextsEndIsClosed() {
        String text = "Police said 4 died in Kirkuk";
        String html = ArticleMarkup.render(text, List.of(hl(22, text.length(), SpanKind.PLACE, "place")));
        assertTrue(html.endsWith("in <span class=\"hl k-place\" title=\"place\" data-ev=\"p:e1\">Kirkuk</span>"), html);
        assertThrows(IllegalArgumentException.class,
                () -> ArticleMarkup.render(text, List.of(hl(22, text.length() + 1, SpanKind.PLACE, "place"))));
    }

    @Test
    void surrogatePairsCountAsTwoUtf16Units() {
        String text = "\uD83D\uDE00 Gunmen fired";          // an emoji (2 UTF-16 units), then words
        String html = ArticleMarkup.render(text, List.of(hl(3, 9, SpanKind.ATTACKER, "a")));
        assertTrue(html.contains(">Gunmen</span>"), html);
    }
}

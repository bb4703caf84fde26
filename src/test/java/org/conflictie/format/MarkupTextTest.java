package org.conflictie.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupTextTest {
    @Test
    void tagsScriptsAndEntitiesBecomeSpacesOfTheSameLength() {
        String html = "<html><head><script>var killed = 5; attack();</script></head>"
                + "<body><p>Gunmen killed two officers in Kirkuk.</p><div class=\"bomb\">Share &amp; comment</div></body></html>";
        String text = MarkupText.blank(html);
        assertEquals(html.length(), text.length());
        int at = html.indexOf("Gunmen killed two officers in Kirkuk.");
        assertEquals("Gunmen killed two officers in Kirkuk.", text.substring(at, at + 37), "offsets still index the file");
        assertFalse(text.contains("attack"), "script content is not article text");
        assertFalse(text.contains("bomb"), "attribute values are not article text");
        assertTrue(text.contains("Share &     comment"), "an entity is its character plus padding");
        assertTrue(text.contains("\n\n Gunmen"), "a paragraph tag breaks the sentence");
    }

    @Test
    void proseWithAngleBracketsIsLeftAlone() {
        String prose = "Fewer than 10 people (<5%) were hurt & 3 > 2 if n <a b; see <https://example.org>.";
        assertFalse(MarkupText.looksLikeHtml(prose));
        assertSame(prose, MarkupText.blank(prose));
    }

    @Test
    void anUnclosedCommentOrScriptIsBlankedToTheEnd() {
        String html = "<p>Police said.</p><!-- killed 40 ";
        String text = MarkupText.blank(html);
        assertEquals(html.length(), text.length());
        assertTrue(text.strip().equals("Police said."), text);
    }
}

package org.conflictie.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictie.format.ArticleTexts;
import org.conflictie.model.Actor;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.model.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    /** The article section of one document (from its heading to the next section). */
    private static String section(String html, String docId) {
        int at = html.indexOf("<h2>" + docId + "</h2>");
        assertTrue(at >= 0, "no section for " + docId);
        int end = html.indexOf("</section>", at);
        return html.substring(at, end);
    }

    /** The classes of the highlighted piece whose words are exactly {@code words}. */
    private static String classesOf(String section, String words) {
        Matcher m = Pattern.compile("<span class=\"(hl [^\"]*)\"[^>]*>" + Pattern.quote(words) + "</span>").matcher(section);
        assertTrue(m.find(), "no highlight of \"" + words + "\"");
        return m.group(1);
    }

    @Test
    void handMadePredictionGetsTheScorersMarksInTextAndTable() throws Exception {
        HtmlReport.Result r = SeedReport.render();
        assertEquals(List.of(), r.warnings());
        assertNull(WellFormed.problem(r.html()));
        String s = section(r.html(), SeedReport.HANDMADE_DOC);

        assertEquals("hl k-attacker m-right multi and-gold", classesOf(s, "US troops"), "inside the wrong casualty, both sides");
        assertEquals("hl k-target m-right", classesOf(s, "Daesh terrorists"));
        assertEquals("hl k-target m-spurious", classesOf(s, "Pentagon"));
        assertEquals("hl k-place m-right", classesOf(s, "north-central Iraq"));
        assertEquals("hl k-date m-wrong", classesOf(s, "on Monday"));
        assertEquals("hl k-date m-wrong gold", classesOf(s, "March 8"), "the gold date of a wrong date, dashed");
        assertEquals("hl k-attacker m-missing gold", classesOf(s, "Iraqi security forces"));
        assertEquals("hl k-trigger m-missing gold multi", classesOf(s, "assassination"), "gold e2 was not predicted");
        // "killed" is the trigger inside the (wrong) casualty words: innermost colour, both titles
        Matcher killed = Pattern.compile("<span class=\"hl k-trigger m-right multi and-gold\" title=\"p1 · trigger · rule trigger.handmade · right\n"
                + "p1 · casualty · rule casualty.handmade · wrong \\(gold: killed 2 · US military · per the Pentagon\\)[^\"]*\"[^>]*>killed</span>").matcher(s);
        assertTrue(killed.find(), s);

        // the table: subtype wrong with the gold value, the missing attacker and the unpredicted gold event
        assertTrue(s.contains("armed_assault <span class=\"badge b-wrong\">wrong</span><div class=\"goldval\">gold: armed_clash</div>"), s);
        assertTrue(s.contains("<div class=\"v gold m-missing\">Iraqi security forces <span class=\"badge b-missing\">missing</span></div>"), s);
        assertTrue(s.contains("killed 3 · US military <span class=\"badge b-wrong\">wrong</span>"), s);
        assertTrue(s.contains("<div class=\"goldval\">gold: killed 2 · US military · per the Pentagon</div>"), s);
        assertTrue(s.contains("<tr data-ev=\"g:e2\">"), "gold e2 has its own row");
        assertTrue(s.contains("trigger.handmade date.handmade place.handmade actor.handmade-attacker"), s);
        assertTrue(s.contains(">0.70<"), "confidence");
    }

    @Test
    void goldAsPredictionIsAllRightAndTheScoreTableShowsTheScorersNumbers() throws Exception {
        HtmlReport.Result r = SeedReport.render();
        String s = section(r.html(), "001_0184bfcb9f559c28");
        assertFalse(s.contains("m-wrong") || s.contains("m-missing") || s.contains("m-spurious"), s);
        assertTrue(s.contains("all F1 1.000"), s);
        // seed 000's all row: right = subtype 0, date 0, place 1, country 1, attacker 1, target 1, casualty 0, group 0
        assertTrue(r.html().contains("000_3ced04538d242b52</a></td><td class=\"num\">1</td><td class=\"num\">2</td>"), r.html());
        assertTrue(r.html().contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""));
        assertTrue(r.html().contains("<td>casualty_group</td>"));
    }

    @Test
    void pageLoadsNothingFromOutside() throws Exception {
        String html = SeedReport.render().html();
        String outside = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(outside.contains("http://") || outside.contains("https://"), "no address but the SVG namespace");
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("src="));
        assertFalse(html.contains("@import") || html.contains("url("));
    }

    @Test
    void missingArticleGivesAWarningAndTheEventsWithoutText(@TempDir Path dir) {
        EventDocument doc = new EventDocument("no-such-article", null, List.of(new Event("e1", null, null,
                new Trigger("ambush", 0, 6, "trigger.x"), null, null, List.of(), List.of(), null, null)));
        HtmlReport.Result r = HtmlReport.render("run", List.of(doc), null, new ArticleTexts(dir), false);
        Path expected = dir.resolve("no-such-article.txt");
        assertEquals(List.of("no-such-article: no article text at " + expected), r.warnings());
        String s = section(r.html(), "no-such-article");
        assertTrue(s.contains("Warning: no article text at " + expected + "; the events are listed without it."), s);
        assertFalse(s.contains("class=\"article\""), s);
        assertTrue(s.contains("<tr data-ev=\"p:e1\">"), s);
        assertTrue(r.html().contains("<span class=\"warn-inline\"> no text</span>"), "marked in the index");
    }

    @Test
    void hostileArticleAndValuesAreEscapedAndBadOffsetsWarn(@TempDir Path dir) throws Exception {
        String text = "<script>alert('x')</script> Gunmen & \"friends\" attacked <b>Kirkuk</b>";
        Files.writeString(dir.resolve("d1.txt"), text);
        int g = text.indexOf("Gunmen");
        Actor gunmen = new Actor(Role.ATTACKER, "<img src=x onerror=alert(1)>", "Gunmen", g, g + 6, List.of(), "actor.<rule>", null);
        Actor offBeyond = new Actor(Role.TARGET, "police", "police", 500, 506, List.of(), "actor.x", null);
        Actor noOffsets = new Actor(Role.TARGET, "Kirkuk", "Kirkuk", null, null, List.of(), null, null);
        Place place = new Place("Kirkuk", "attacked", g + 18, g + 26, null, "IQ", List.of(), "place.x");
        EventDocument doc = new EventDocument("d1", null, List.of(new Event("e1", null, null, null, null, place,
                List.of(gunmen, offBeyond, noOffsets), List.of(), null, null)));
        HtmlReport.Result r = HtmlReport.render("<run>", List.of(doc), null, new ArticleTexts(dir), false);
        String html = r.html();
        assertFalse(html.contains("<script>alert"), "article markup escaped");
        assertFalse(html.contains("<img"), "value markup escaped");
        assertFalse(html.contains("<b>Kirkuk"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("<h1>&lt;run&gt;</h1>"));
        assertNull(WellFormed.problem(html));
        assertEquals(List.of(
                "d1: e1 place \"attacked\": offsets " + (g + 18) + "-" + (g + 26) + " hold \""
                        + text.substring(g + 18, g + 26) + "\" instead",
                "d1: e1 target \"police\": offsets 500-506 lie outside the article (length " + text.length() + ")"),
                r.warnings());
        // a value without offsets is placed by its words (the first "Kirkuk")
        assertTrue(html.contains("title=\"e1 · target · rule none · placed by its words (no offsets)\" data-ev=\"p:e1\">Kirkuk</span>"), html);
    }
}

package org.conflictie.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table casualties() {
        return Table.builder("place", ">killed")
                .row("Kirkuk", 2)
                .row("Al-Qa'im <border>", 11)
                .row(null, null)
                .build();
    }

    @Test
    void markdownRightAlignsNumericColumns() {
        assertEquals("""
                | place | killed |
                |---|---:|
                | Kirkuk | 2 |
                | Al-Qa'im <border> | 11 |
                |  |  |
                """, casualties().toMarkdown());
    }

    @Test
    void markdownEscapesPipesAndFoldsLineBreaks() {
        String md = Table.builder("actor").row("ISIS | Daesh\nfighters").row("a\\b").build().toMarkdown();
        assertTrue(md.contains("| ISIS \\| Daesh fighters |"), md);
        assertTrue(md.contains("| a\\\\b |"), md);
        // every row still has exactly the header's two unescaped pipes
        for (String line : md.split("\n")) assertEquals(2, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
    }

    @Test
    void htmlEscapesEveryCellAndHeader() {
        Table t = Table.builder("<script>", ">n").row("Tom & Jerry's \"raid\" <b>", 3).build();
        String html = t.toHtml();
        assertTrue(html.contains("<th>&lt;script&gt;</th>"), html);
        assertTrue(html.contains("<td>Tom &amp; Jerry&#39;s &quot;raid&quot; &lt;b&gt;</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:right\">3</td>"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<script>"), html);
        assertEquals(1, html.split("<tr>", -1).length - 2, "one header row, one body row");
    }

    @Test
    void textPadsColumnsToTheWidestCell() {
        assertEquals("place              killed\n"
                + "Kirkuk                  2\n"
                + "Al-Qa'im <border>      11\n"
                + "\n", casualties().toString()); // the row of empty cells: an empty line, no trailing blanks
    }

    @Test
    void anEmptyTableStillHasItsHeader() {
        Table t = Table.builder("doc_id", ">events").build();
        assertTrue(t.isEmpty());
        assertEquals("| doc_id | events |\n|---|---:|\n", t.toMarkdown());
        assertEquals("<table>\n<thead><tr><th>doc_id</th><th style=\"text-align:right\">events</th></tr></thead>\n"
                + "<tbody>\n</tbody>\n</table>\n", t.toHtml());
        assertEquals("doc_id  events\n", t.toString());
    }

    @Test
    void aRowOfTheWrongLengthNamesTheRowAndTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table(List.of("a", "b"), List.of(false, false), List.of(List.of("1", "2"), List.of("3"))));
        assertEquals("row 2 has 1 cells, expected 2 (a, b)", e.getMessage());
    }
}

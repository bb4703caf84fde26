package org.conflictie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeLexiconTest {
    private final TimeLexicon lex = TimeLexicon.defaultLexicon();

    @Test
    void loadsFromTheClasspathOnce() {
        assertSame(lex, TimeLexicon.defaultLexicon());
        assertFalse(lex.phrases("month").isEmpty());
    }

    @Test
    void monthAbbreviationsInAnyCaseAndWithFullStop() {
        assertEquals(Optional.of(9), lex.intValue("month_abbr", "SEPT"));
        assertEquals(Optional.of(9), lex.intValue("month_abbr", "Sept."));
        assertEquals(Optional.of(9), lex.intValue("month_abbr", "sep"));
        assertEquals(Optional.of(12), lex.intValue("month", "DECEMBER"));
    }

    @Test
    void weekdaysAreIsoNumbers() {
        assertEquals(Optional.of(7), lex.intValue("weekday", "Sunday"));
        assertEquals(Optional.of(1), lex.intValue("weekday", "MONDAY"));
    }

    @Test
    void hyphensSpacesAndCurlyApostrophesNormalise() {
        assertEquals("twenty one", TimeLexicon.normalize("Twenty-One"));
        assertEquals("new year's eve", TimeLexicon.normalize("New  Year\u2019s Eve"));
        assertTrue(lex.contains("relative_day", "LAST   NIGHT"));
    }

    @Test
    void alternationTriesLongerPhrasesFirst() {
        Pattern p = Pattern.compile("^" + lex.alternation("month_abbr") + "$", Pattern.CASE_INSENSITIVE);
        assertTrue(p.matcher("Sept.").matches());
        assertTrue(p.matcher("SEP").matches());
        assertFalse(p.matcher("Sepember").matches());
        Pattern words = Pattern.compile("^" + lex.alternation("number") + "$", Pattern.CASE_INSENSITIVE);
        assertTrue(words.matcher("twenty one").matches());
        assertTrue(words.matcher("twenty-one").matches());
    }

    @Test
    void rejectsMalformedLinesAndDuplicates() {
        assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.read(new StringReader("month\tjanuary\n"), "test"));
        assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.read(new StringReader("month\tjan\t1\nmonth\tJAN\t1\n"), "test"));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws Exception {
        TimeLexicon small = TimeLexicon.read(new StringReader("# header\n\nmonth\tjanuary\t1\n"), "test");
        assertEquals(Optional.of(1), small.intValue("month", "January"));
        assertEquals(Optional.empty(), small.value("weekday", "monday"));
    }
}

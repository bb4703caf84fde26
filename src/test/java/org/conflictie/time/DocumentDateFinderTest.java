package org.conflictie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.conflictie.time.DocumentDateFinder.Disambiguation;
import org.conflictie.time.DocumentDateFinder.DocumentDate;
import org.conflictie.time.DocumentDateFinder.Rule;
import org.junit.jupiter.api.Test;

class DocumentDateFinderTest {
    private final DocumentDateFinder finder = new DocumentDateFinder();

    private DocumentDate find(String text) {
        Optional<DocumentDate> d = finder.find(text);
        assertTrue(d.isPresent(), () -> "no document date in: " + text);
        DocumentDate dd = d.get();
        assertEquals(text.substring(dd.start(), dd.end()), dd.text(), "span must give the text");
        return dd;
    }

    @Test
    void wireDatelineWithTwoDigitYear() {
        DocumentDate d = find("QUITO, 10 JAN 90 (WIRE SERVICE) -- [TEXT] POLICE SAID TODAY THAT ...");
        assertEquals(LocalDate.of(1990, 1, 10), d.date());
        assertEquals(Rule.WIRE_DATELINE, d.rule());
        assertEquals("10 JAN 90", d.text());
        assertEquals(7, d.start());
    }

    @Test
    void wireDatelineWithBracketedPlaceAndLongSource() {
        DocumentDate d = find("SAN JOSE (COSTA RICA), 3 FEB 90 (NATIONAL RADIO NETWORK) -- [REPORT] TROOPS ...");
        assertEquals(LocalDate.of(1990, 2, 3), d.date());
        assertEquals(Rule.WIRE_DATELINE, d.rule());
    }

    @Test
    void pivotYearsInDatelines() {
        assertEquals(LocalDate.of(2029, 5, 3), find("LIMA, 3 MAY 29 (WIRE) -- TEXT").date());
        assertEquals(LocalDate.of(1930, 5, 3), find("LIMA, 3 MAY 30 (WIRE) -- TEXT").date());
    }

    @Test
    void datelineWithoutYearGivesNothing() {
        assertTrue(finder.find("CARACAS, 25 JAN (WIRE) -- THE ARMY SAID ...").isEmpty());
        assertTrue(finder.find("CARACAS, NO DATE (WIRE) -- THE ARMY SAID ...").isEmpty());
    }

    @Test
    void parenthesisedDateline() {
        DocumentDate d = find("Officers hurt in chase | Channel 9SPRINGFIELD, Ill. (March 4, 2016) \u2013 Two officers were ...");
        assertEquals(LocalDate.of(2016, 3, 4), d.date());
        assertEquals(Rule.PAREN_DATELINE, d.rule());
    }

    @Test
    void dateBeforeACapitalisedDateline() {
        DocumentDate d = find("Store clerk wounded\nApril 2, 2016 DAYTON, Ohio (AP) \u2014 A clerk was shot ...");
        assertEquals(LocalDate.of(2016, 4, 2), d.date());
        assertEquals(Rule.DATE_BEFORE_DATELINE, d.rule());
        DocumentDate dashFirst = find("Rockets hit airport\nMarch 11, 2020 \u2014 KABUL, Afghanistan: rockets struck ...");
        assertEquals(LocalDate.of(2020, 3, 11), dashFirst.date());
        assertEquals(Rule.DATE_BEFORE_DATELINE, dashFirst.rule());
    }

    @Test
    void explicitMarkers() {
        DocumentDate posted = find("Two hurt in shooting\nPosted: Jan 5, 2016\nTwo men were hurt on Monday ...");
        assertEquals(LocalDate.of(2016, 1, 5), posted.date());
        assertEquals(Rule.MARKER_PUBLISHED, posted.rule());
        DocumentDate pub = find("publication date: 3/14/2016 A man was shot ...");
        assertEquals(LocalDate.of(2016, 3, 14), pub.date());
        assertEquals(Rule.MARKER_PUBLISHED, pub.rule());
        DocumentDate iso = find(" date 2020-03-16 The coalition said on Monday ...");
        assertEquals(LocalDate.of(2020, 3, 16), iso.date());
        assertEquals(Rule.MARKER_PUBLISHED, iso.rule());
        assertEquals("2020-03-16", iso.text());
    }

    @Test
    void updatedWithTimeZoneAndAbbreviatedWeekday() {
        DocumentDate d = find("Blast hits market\nUpdated 10:42 PM ET, Sun December 13, 2015\nA blast hit ...");
        assertEquals(LocalDate.of(2015, 12, 13), d.date());
        assertEquals(Rule.MARKER_UPDATED, d.rule());
    }

    @Test
    void postedBeatsUpdated() {
        DocumentDate d = find("Posted: Dec 12, 2015\nUpdated: Dec 14, 2015\nA man was shot Friday ...");
        assertEquals(LocalDate.of(2015, 12, 12), d.date());
    }

    @Test
    void timestamp() {
        DocumentDate d = find("Convoy attacked\nDecember 13, 2015 at 4:15 PM\nA convoy was attacked ...");
        assertEquals(LocalDate.of(2015, 12, 13), d.date());
        assertTrue(d.rule() == Rule.HEADER_LINE || d.rule() == Rule.DATE_WITH_TIME, d.rule().toString());
        DocumentDate inline = find("Convoy attacked by gunmen, December 13, 2015 at 4:15 PM, near the border.");
        assertEquals(Rule.DATE_WITH_TIME, inline.rule());
    }

    @Test
    void headerLineAndBylineField() {
        assertEquals(Rule.HEADER_LINE, find("Dam attacked\n\nMonday 9 March 2020\nBy A. Reporter\n...").rule());
        DocumentDate field = find("Dam attacked\nBy A. Reporter | March 9, 2020 | 3 min read\nThe dam was ...");
        assertEquals(LocalDate.of(2020, 3, 9), field.date());
        assertEquals(Rule.HEADER_LINE, field.rule());
    }

    @Test
    void isoDateNearTheTop() {
        DocumentDate d = find("Rocket attack on base 2020-03-12 report from the north, rockets hit the base ...");
        assertEquals(Rule.ISO_NEAR_TOP, d.rule());
        assertEquals(LocalDate.of(2020, 3, 12), d.date());
    }

    @Test
    void onlyNearTheTop() {
        String filler = "The town was quiet. ".repeat(40);
        assertTrue(finder.find("Report\n" + filler + "\nPosted: Jan 5, 2016\n").isEmpty());
        DocumentDateFinder wide = new DocumentDateFinder(DocumentDateFinder.Options.DEFAULT.withWindowChars(5000));
        assertTrue(wide.find("Report\n" + filler + "\nPosted: Jan 5, 2016\n").isPresent());
    }

    @Test
    void incidentDatesInTheBodyAreNotThePublicationDate() {
        assertTrue(finder.find("A man was killed on Sunday, Jan. 17, 2016, after a chase.").isEmpty());
        DocumentDateFinder loose = new DocumentDateFinder(DocumentDateFinder.Options.DEFAULT.withFirstFullDate(true));
        assertEquals(Rule.FIRST_FULL_DATE, loose.find("A man was killed on Sunday, Jan. 17, 2016, after a chase.")
                .orElseThrow().rule());
    }

    @Test
    void bareDateInRunningTextIsNoMarker() {
        assertTrue(finder.find("The blotter lists one call. Date: 1/3/2016 Location: Main St.").isEmpty());
    }

    // --- the ambiguous DD-MM header ----------------------------------------------------------

    @Test
    void ambiguousHeaderDecidedByWeekdays() {
        // 09-03-2020: 9 March 2020 was a Monday, 3 September 2020 a Thursday.
        String dayFirst = "Two killed in raid\n\n09-03-2020\nStaff writer\n\nTwo contractors were killed on Sunday, "
                + "the ministry said in a statement Monday.";
        DocumentDate d = find(dayFirst);
        assertEquals(LocalDate.of(2020, 3, 9), d.date());
        assertEquals(Rule.HEADER_LINE, d.rule());
        assertEquals(Disambiguation.CONTEXT, d.disambiguation());

        String monthFirst = "Two killed in raid\n\n09-03-2020\nStaff writer\n\nTwo contractors were killed on "
                + "Wednesday night, the ministry said in a statement Thursday.";
        DocumentDate m = find(monthFirst);
        assertEquals(LocalDate.of(2020, 9, 3), m.date());
        assertEquals(Disambiguation.CONTEXT, m.disambiguation());
    }

    @Test
    void contextIsReadBeyondTheWindow() {
        String filler = "The region has seen unrest for years. ".repeat(40);
        String text = "Two killed in raid\n\n09-03-2020\n\n" + filler
                + "\nTwo contractors were killed on Wednesday night, the ministry said Thursday.";
        assertTrue(text.indexOf("Wednesday") > 1000);
        DocumentDate d = find(text);
        assertEquals(LocalDate.of(2020, 9, 3), d.date());
        assertEquals(Disambiguation.CONTEXT, d.disambiguation());
    }

    @Test
    void ambiguousHeaderDecidedByMonthDayDates() {
        String text = "Strike on depot\n\n04/03/2019\n\nThe depot was hit on March 31, officials said.";
        // 04/03 with a slash defaults to April 3, and a March 31 strike fits it.
        assertEquals(LocalDate.of(2019, 4, 3), find(text).date());
        String other = "Strike on depot\n\n04/03/2019\n\nThe depot was hit on February 28, officials said.";
        assertEquals(LocalDate.of(2019, 3, 4), find(other).date());
    }

    @Test
    void ambiguousHeaderWithoutEvidenceUsesTheDefault() {
        String text = "Statement\n\n09-03-2020\n\nThe council met to discuss the budget.";
        DocumentDate d = find(text);
        assertEquals(LocalDate.of(2020, 3, 9), d.date());
        assertEquals(Disambiguation.DEFAULT, d.disambiguation());
        DocumentDateFinder usStyle = new DocumentDateFinder(DocumentDateFinder.Options.DEFAULT
                .withDefaultOrder(NumericOrder.MONTH_FIRST, NumericOrder.MONTH_FIRST));
        assertEquals(LocalDate.of(2020, 9, 3), usStyle.find(text).orElseThrow().date());
        DocumentDateFinder noContext = new DocumentDateFinder(DocumentDateFinder.Options.DEFAULT.withUseContext(false));
        String sunday = "Raid\n\n09-03-2020\n\nFighters attacked on Wednesday, police said Thursday.";
        assertEquals(LocalDate.of(2020, 3, 9), noContext.find(sunday).orElseThrow().date());
    }

    @Test
    void unambiguousNumericHeaders() {
        DocumentDate d = find("Raid\n\n25-03-2020\n\nText.");
        assertEquals(LocalDate.of(2020, 3, 25), d.date());
        assertEquals(Disambiguation.NONE, d.disambiguation());
        assertEquals(LocalDate.of(2020, 3, 3), find("Raid\n\n03-03-2020\n\nText.").date());
    }

    @Test
    void sameTextSameAnswer() {
        String a = "LIMA, 10 JAN 90 (WIRE) -- TEXT";
        String b = "Raid\n\n09-03-2020\n\nFighters attacked on Sunday, police said Monday.";
        DocumentDate a1 = find(a);
        DocumentDate b1 = find(b);
        assertEquals(b1, new DocumentDateFinder().find(b).orElseThrow());
        assertEquals(a1, find(a));
        assertEquals(b1, find(b));
    }
}

package org.conflictie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.conflictie.time.DateExpression.Kind;
import org.conflictie.time.DateFields.Anaphoric;
import org.conflictie.time.DateFields.CalendarDate;
import org.conflictie.time.DateFields.Duration;
import org.conflictie.time.DateFields.Holiday;
import org.conflictie.time.DateFields.Modifier;
import org.conflictie.time.DateFields.MonthRef;
import org.conflictie.time.DateFields.PartOfDay;
import org.conflictie.time.DateFields.Qualifier;
import org.conflictie.time.DateFields.Range;
import org.conflictie.time.DateFields.RelativeDay;
import org.conflictie.time.DateFields.RelativePeriod;
import org.conflictie.time.DateFields.Unit;
import org.conflictie.time.DateFields.Weekday;
import org.conflictie.time.DateFields.YearRef;
import org.junit.jupiter.api.Test;

class DateExpressionFinderTest {
    private final DateExpressionFinder finder = new DateExpressionFinder();

    private DateExpression only(String text) {
        List<DateExpression> found = finder.find(text);
        assertEquals(1, found.size(), () -> "expected one expression in '" + text + "', got " + found);
        DateExpression e = found.get(0);
        assertEquals(text.substring(e.start(), e.end()), e.text(), "offsets must give the text");
        return e;
    }

    private CalendarDate date(String text, String expected) {
        DateExpression e = only(text);
        assertEquals(expected, e.text());
        assertEquals(Kind.DATE, e.kind());
        return assertInstanceOf(CalendarDate.class, e.fields());
    }

    private static void ymd(CalendarDate d, Integer year, int month, int day) {
        assertEquals(year, d.year());
        assertEquals(month, d.month());
        assertEquals(day, d.day());
    }

    // --- absolute dates ------------------------------------------------------------------

    @Test
    void monthDayWithoutYear() {
        ymd(date("The convoy was hit on March 8 near the border.", "on March 8"), null, 3, 8);
        ymd(date("Militants struck the depot January 5.", "January 5"), null, 1, 5);
    }

    @Test
    void dayMonthYear() {
        ymd(date("Residents fled after 8 March 2020, officials said.", "after 8 March 2020"), 2020, 3, 8);
        ymd(date("He returned on the 5th of January.", "on the 5th of January"), null, 1, 5);
    }

    @Test
    void abbreviatedMonthsWithFullStop() {
        ymd(date("A bomb went off at the market Dec. 25 in the morning.", "Dec. 25"), null, 12, 25);
        ymd(date("Fighting resumed Sept. 14, 1985 along the river.", "Sept. 14, 1985"), 1985, 9, 14);
        ymd(date("The post was overrun SEPT 3.", "SEPT 3"), null, 9, 3);
    }

    @Test
    void monthDayCommaYear() {
        ymd(date("The raid happened September 10, 2019, at dawn.", "September 10, 2019"), 2019, 9, 10);
        ymd(date("The clinic closed Dec. 22 2015 for repairs.", "Dec. 22 2015"), 2015, 12, 22);
    }

    @Test
    void ordinalSuffixes() {
        ymd(date("Police were called on December 12th to the house.", "on December 12th"), null, 12, 12);
    }

    @Test
    void weekdayBeforeADateStaysWithIt() {
        CalendarDate d = date("The guard was shot Sunday, Jan. 17, 2016, outside the gate.", "Sunday, Jan. 17, 2016");
        ymd(d, 2016, 1, 17);
        assertEquals(DayOfWeek.SUNDAY, d.weekday());
        CalendarDate w = date("Updated Sun December 13, 2015", "Sun December 13, 2015");
        assertEquals(DayOfWeek.SUNDAY, w.weekday());
    }

    @Test
    void isoAndNumericDates() {
        ymd(date("Satellite images from 2019-09-10 show the damage.", "from 2019-09-10"), 2019, 9, 10);
        CalendarDate us = date("The warrant was signed on 3/14/2016 by a judge.", "on 3/14/2016");
        ymd(us, 2016, 3, 14);
        assertFalse(us.ambiguousOrder());
        ymd(date("Stamped 2020-03-16T08:15:00Z by the server.", "2020-03-16"), 2020, 3, 16);
    }

    @Test
    void ambiguousNumericDatesFollowTheSeparatorDefault() {
        CalendarDate dash = date("Filed 09-03-2020 by the desk.", "09-03-2020");
        ymd(dash, 2020, 3, 9); // hyphen: day first
        assertTrue(dash.ambiguousOrder());
        CalendarDate slash = date("Filed 09/03/2020 by the desk.", "09/03/2020");
        ymd(slash, 2020, 9, 3); // slash: month first
        assertTrue(slash.ambiguousOrder());
        DateExpressionFinder dayFirst = new DateExpressionFinder(
                new DateExpressionFinder.Options(30, NumericOrder.DAY_FIRST, NumericOrder.DAY_FIRST));
        CalendarDate configured = (CalendarDate) dayFirst.find("Filed 09/03/2020.").get(0).fields();
        ymd(configured, 2020, 3, 9);
    }

    @Test
    void numbersInsideLongerCodesAreNoDates() {
        assertTrue(finder.find("Call 555-12-2020-7 or see case 12/10/2015/3.").isEmpty());
        assertTrue(finder.find("Version 1.2.3 shipped.").isEmpty());
    }

    // --- two-digit years -----------------------------------------------------------------

    @Test
    void twoDigitYearsInWireDatelines() {
        ymd(date("QUITO, 10 JAN 90 (WIRE) -- TROOPS MOVED IN.", "10 JAN 90"), 1990, 1, 10);
        ymd(date("ROME, 18 MAY 89 (WIRE) -- TALKS BEGAN.", "18 MAY 89"), 1989, 5, 18);
        CalendarDate d = date("Signed 3/14/16 at the office.", "3/14/16");
        ymd(d, 2016, 3, 14);
        assertTrue(d.twoDigitYear());
        ymd(date("It was Dec. 25, '15 when they met.", "Dec. 25, '15"), 2015, 12, 25);
    }

    @Test
    void twoDigitYearPivotIsConfigurable() {
        assertEquals(1930, DateExpressionFinder.expandTwoDigitYear(30, 30));
        assertEquals(2029, DateExpressionFinder.expandTwoDigitYear(29, 30));
        assertEquals(1990, DateExpressionFinder.expandTwoDigitYear(90, 30));
        assertEquals(2016, DateExpressionFinder.expandTwoDigitYear(16, 30));
        assertEquals(1916, DateExpressionFinder.expandTwoDigitYear(16, 10));
    }

    @Test
    void aCountAfterAFullMonthNameIsNoYear() {
        DateExpression e = finder.find("On 10 January 15 people were hurt.").get(0);
        assertEquals("On 10 January", e.text());
        assertNull(((CalendarDate) e.fields()).year());
    }

    @Test
    void dashedTwoDigitYearsAreNotDates() {
        assertTrue(finder.find("The score was 12-10-15 after overtime.").isEmpty());
    }

    // --- invalid dates -------------------------------------------------------------------

    @Test
    void impossibleDaysAreNoDates() {
        assertTrue(finder.find("They said Feb 30 was chosen.").stream().noneMatch(e -> e.kind() == Kind.DATE));
        assertTrue(finder.find("They met April 31, 2019.").stream().noneMatch(e -> e.kind() == Kind.DATE));
        assertTrue(finder.find("Stamped 2019-02-29 in error.").isEmpty());
        assertTrue(finder.find("Stamped 13/13/2019 in error.").isEmpty());
    }

    @Test
    void leapDayIsADate() {
        ymd(date("Shelling began on Feb. 29, 2020 in the valley.", "on Feb. 29, 2020"), 2020, 2, 29);
        ymd(date("Shelling began on Feb. 29 in the valley.", "on Feb. 29"), null, 2, 29);
        assertTrue(finder.find("Shelling began on Feb. 29, 2019 in the valley.").stream()
                .noneMatch(e -> e.kind() == Kind.DATE));
    }

    // --- weekdays ------------------------------------------------------------------------

    private Weekday weekday(String text, String expected) {
        DateExpression e = only(text);
        assertEquals(expected, e.text());
        assertEquals(Kind.WEEKDAY, e.kind());
        return assertInstanceOf(Weekday.class, e.fields());
    }

    @Test
    void weekdaysWithPrepositionsModifiersAndPartsOfDay() {
        Weekday w = weekday("Gunmen opened fire on Sunday at a checkpoint.", "on Sunday");
        assertEquals(new Weekday(DayOfWeek.SUNDAY, Modifier.NONE, null, null), w);
        assertEquals(new Weekday(DayOfWeek.SUNDAY, Modifier.NONE, Qualifier.LATE, PartOfDay.NIGHT),
                weekday("The patrol was ambushed late Sunday night near a bridge.", "late Sunday night"));
        assertEquals(PartOfDay.EVENING, weekday("A drone struck Sunday evening.", "Sunday evening").partOfDay());
        assertEquals(Modifier.LAST, weekday("A mortar landed last Tuesday in the camp.", "last Tuesday").modifier());
        assertEquals(Modifier.THIS, weekday("Talks resume this Wednesday in the capital.", "this Wednesday").modifier());
        assertEquals(Modifier.PAST, weekday("Shots rang out this past Friday.", "this past Friday").modifier());
        assertEquals(Qualifier.EARLY, weekday("The strike came early on Tuesday.", "early on Tuesday").qualifier());
    }

    @Test
    void possessiveWeekday() {
        assertEquals("Friday's", only("Friday's blast wounded six.").text());
    }

    @Test
    void habitualWeekdaysAreRecurring() {
        assertEquals(Kind.RECURRING, only("Markets close on Fridays in the old town.").kind());
        assertEquals(Kind.RECURRING, only("The militia patrols every Sunday.").kind());
    }

    @Test
    void namedDaysAreNotWeekdays() {
        assertTrue(finder.find("Pilgrims gathered for Easter Sunday prayers.").isEmpty());
        assertTrue(finder.find("Shops were busy on Black Friday.").isEmpty());
    }

    // --- relative expressions --------------------------------------------------------------

    private RelativeDay relDay(String text, String expected) {
        DateExpression e = only(text);
        assertEquals(expected, e.text());
        assertEquals(Kind.RELATIVE_DAY, e.kind());
        return assertInstanceOf(RelativeDay.class, e.fields());
    }

    @Test
    void relativeDays() {
        assertEquals(-1, relDay("Two rockets fell yesterday on the airport.", "yesterday").offsetDays());
        assertEquals(0, relDay("Officials confirmed today that the road is open.", "today").offsetDays());
        assertEquals(0, relDay("A curfew starts tonight in the city.", "tonight").offsetDays());
        assertEquals(-1, relDay("A convoy was hit last night outside town.", "last night").offsetDays());
        assertEquals(0, relDay("Sirens sounded this morning across the north.", "this morning").offsetDays());
        assertEquals(-2, relDay("He was seized the day before yesterday.", "the day before yesterday").offsetDays());
        assertEquals(-2, relDay("The shop was looted two days ago.", "two days ago").offsetDays());
        assertEquals(-14, relDay("The envoy left two weeks ago.", "two weeks ago").offsetDays());
        assertEquals(-1, relDay("Looting continued overnight in the port.", "overnight").offsetDays());
        RelativeDay y = relDay("Gunfire was heard yesterday morning.", "yesterday morning");
        assertEquals(PartOfDay.MORNING, y.partOfDay());
    }

    @Test
    void relativeDaysInAllCaps() {
        assertEquals(-1, relDay("GUERRILLAS DYNAMITED A TOWER LAST NIGHT IN THE SOUTH.", "LAST NIGHT").offsetDays());
        assertEquals(-1, relDay("A JUDGE WAS KILLED YESTERDAY.", "YESTERDAY").offsetDays());
    }

    private RelativePeriod period(String text, String expected) {
        DateExpression e = only(text);
        assertEquals(expected, e.text());
        assertEquals(Kind.RELATIVE_PERIOD, e.kind());
        return assertInstanceOf(RelativePeriod.class, e.fields());
    }

    @Test
    void relativePeriods() {
        assertEquals(new RelativePeriod(Unit.WEEK, -1, null), period("The base was shelled last week.", "last week"));
        assertEquals(Unit.WEEKEND, period("Two guards died last weekend in a raid.", "last weekend").unit());
        assertEquals(new RelativePeriod(Unit.MONTH, 0, Qualifier.EARLY),
                period("Clashes broke out earlier this month near the dam.", "earlier this month"));
        assertEquals(new RelativePeriod(Unit.MONTH, -1, null), period("The town fell last month.", "last month"));
        assertEquals(new RelativePeriod(Unit.YEAR, -3, null), period("The mine opened three years ago.", "three years ago"));
    }

    @Test
    void anaphoricExpressionsNeedAnAnchor() {
        DateExpression e = only("The hostages were freed the next day.");
        assertEquals(Kind.ANAPHORIC, e.kind());
        assertEquals(new Anaphoric(Unit.DAY, 1, null, null), e.fields());
        DateExpression later = only("A second device exploded two hours later.");
        assertEquals(Kind.ANAPHORIC, later.kind());
        assertFalse(later.kind().isIncidentCandidate());
    }

    // --- months and years ------------------------------------------------------------------

    private MonthRef month(String text, String expected) {
        DateExpression e = only(text);
        assertEquals(expected, e.text());
        assertEquals(Kind.MONTH, e.kind());
        return assertInstanceOf(MonthRef.class, e.fields());
    }

    @Test
    void monthsNeedAPrepositionQualifierOrYear() {
        assertEquals(new MonthRef(1, null, Modifier.NONE, null), month("The bridge was mined in January.", "in January"));
        assertEquals(new MonthRef(2, null, Modifier.NONE, Qualifier.LATE), month("Snow fell late February.", "late February"));
        assertEquals(new MonthRef(12, 2017, Modifier.NONE, null), month("The city was retaken in December 2017.", "in December 2017"));
        assertEquals(Qualifier.MID, month("Talks stalled in mid-August.", "in mid-August").qualifier());
        assertEquals(Modifier.LAST, month("Prices rose last December.", "last December").modifier());
    }

    @Test
    void modalMayAndMarchingAreNoMonths() {
        assertTrue(finder.find("Officials say the toll may rise.").isEmpty());
        assertTrue(finder.find("THE REBELS MAY ATTACK AGAIN.").isEmpty());
        assertTrue(finder.find("The protesters began their march toward the square.").isEmpty());
        assertTrue(finder.find("THE 2 MAY BE HOSTAGES.").isEmpty());
    }

    @Test
    void monthNamesThatAreFirstNames() {
        assertTrue(finder.find("A link between April Morgan and the suspect was found.").isEmpty());
    }

    @Test
    void yearsNeedAPreposition() {
        DateExpression e = only("The mosque was rebuilt in 2014 with donations.");
        assertEquals("in 2014", e.text());
        assertEquals(new YearRef(2014, null, null), e.fields());
        assertEquals(Kind.YEAR, only("IN 2003 THE PARTY SPLIT.").kind());
        assertTrue(finder.find("The 2003 invasion and the 1500 troops.").isEmpty());
        assertTrue(finder.find("Shots were fired in the 2000 block of Elm Street.").isEmpty());
        assertEquals(DateFields.Season.SUMMER,
                ((YearRef) only("Floods came in the summer of 2014.").fields()).season());
    }

    @Test
    void decadesAreNoYears() {
        assertTrue(finder.find("Violence peaked in the 1980s and in the 1990's.").isEmpty());
    }

    // --- ranges and durations ---------------------------------------------------------------

    @Test
    void rangesAreRecognised() {
        DateExpression r = only("The audit covers October 1 to December 31.");
        assertEquals("October 1 to December 31", r.text());
        assertEquals(Kind.RANGE, r.kind());
        Range range = (Range) r.fields();
        assertEquals(10, ((CalendarDate) range.from()).month());
        assertEquals(12, ((CalendarDate) range.to()).month());
        assertEquals("from October 1 to December 31", only("Checks ran from October 1 to December 31.").text());
        assertEquals(Kind.RANGE, only("Curfews ran from Monday to Thursday.").kind());
        assertEquals("late Sunday night until Monday morning",
                only("Fighting lasted late Sunday night until Monday morning.").text());
        assertEquals("between 2009 and 2012", only("Attacks rose between 2009 and 2012.").text());
        assertEquals(Kind.RANGE, only("Polls open 5-7 March nationwide.").kind());
        assertEquals("from January to March", only("Aid stopped from January to March.").text());
        assertEquals(Kind.RANGE, only("ISIS has been active since 2014.").kind());
        assertFalse(Kind.RANGE.isIncidentCandidate());
    }

    @Test
    void aListIsNoRange() {
        List<DateExpression> found = finder.find("On March 8 and 15 people were detained.");
        assertEquals(1, found.size());
        assertEquals("On March 8", found.get(0).text());
    }

    @Test
    void durationsAreRecognised() {
        DateExpression nine = only("The occupation lasted nearly nine years in all.");
        assertEquals("nearly nine years", nine.text());
        assertEquals(new Duration(9, Unit.YEAR, true), nine.fields());
        assertEquals(new Duration(2, Unit.MONTH, false), only("The siege lasted two months.").fields());
        assertEquals(Kind.DURATION, only("They were held for three days.").kind());
        assertEquals(Kind.DURATION, only("Calm returned in the past week.").kind());
        assertEquals(Kind.DURATION, only("AFTER A 2-MONTH PAUSE.").kind());
        assertFalse(Kind.DURATION.isIncidentCandidate());
    }

    @Test
    void agesAreNoDurations() {
        assertTrue(finder.find("A 30-year-old man and a 5 year old girl were hurt.").isEmpty());
    }

    @Test
    void holidays() {
        DateExpression e = only("Shots were fired on Christmas Eve at the church.");
        assertEquals("on Christmas Eve", e.text());
        Holiday h = (Holiday) e.fields();
        assertEquals(12, h.month());
        assertEquals(24, h.day());
        Holiday t = (Holiday) only("The fight broke out on Thanksgiving.").fields();
        assertEquals(DayOfWeek.THURSDAY, t.weekday());
        assertEquals(4, t.nth());
    }

    // --- whole texts --------------------------------------------------------------------------

    @Test
    void allCapsWireCopy() {
        String text = "BOGOTA, 12 FEB 90 (WIRE) -- [TEXT] A CAR BOMB EXPLODED LAST NIGHT NEAR THE "
                + "EMBASSY. ON SATURDAY 10 FEBRUARY POLICE HAD WARNED OF ATTACKS IN MARCH.";
        List<DateExpression> found = finder.find(text);
        assertEquals(List.of("12 FEB 90", "LAST NIGHT", "ON SATURDAY 10 FEBRUARY", "IN MARCH"),
                found.stream().map(DateExpression::text).toList());
        CalendarDate sat = (CalendarDate) found.get(2).fields();
        assertEquals(DayOfWeek.SATURDAY, sat.weekday());
        for (DateExpression e : found) {
            assertEquals(text.substring(e.start(), e.end()), e.text());
        }
    }

    @Test
    void expressionsDoNotCrossBlankLines() {
        List<DateExpression> found = finder.find("Posted on\n\nMarch 8 the unit moved.");
        assertEquals(1, found.size());
        assertEquals("March 8", found.get(0).text());
    }

    @Test
    void resultsAreInTextOrderAndDoNotOverlap() {
        List<DateExpression> found = finder.find("Yesterday, on Sunday, Dec. 25, and last week, rockets fell; "
                + "in 2019 and for two months, too.");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start());
        }
        assertEquals(List.of(Kind.RELATIVE_DAY, Kind.DATE, Kind.RELATIVE_PERIOD, Kind.YEAR, Kind.DURATION),
                found.stream().map(DateExpression::kind).toList());
    }

    @Test
    void sameInputSameOutputWhateverTheCallOrder() {
        String a = "LIMA, 10 JAN 90 (WIRE) -- TWO BOMBS EXPLODED YESTERDAY.";
        String b = "The clinic was shelled on Sunday, Dec. 25, and again last weekend.";
        List<DateExpression> a1 = finder.find(a);
        List<DateExpression> b1 = finder.find(b);
        DateExpressionFinder other = new DateExpressionFinder();
        List<DateExpression> b2 = other.find(b);
        List<DateExpression> a2 = other.find(a);
        assertEquals(a1, a2);
        assertEquals(b1, b2);
        assertEquals(a1, finder.find(a));
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        String text = "ON 14 NOVEMBER AND AGAIN YESTERDAY, ON FRIDAY NIGHT AND IN JANUARY 1989.";
        List<DateExpression> expected = finder.find(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<DateExpression>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 50; k++) {
                    results.add(finder.find(text));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(400, results.size());
        results.forEach(r -> assertEquals(expected, r));
    }
}

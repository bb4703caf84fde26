package org.conflictie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conflictie.time.DateResolver.Direction;
import org.conflictie.time.DateResolver.Policy;
import org.conflictie.time.DateResolver.SameWeekday;
import org.conflictie.time.DateResolver.WeekendDay;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateExpressionFinder finder = new DateExpressionFinder();
    private final DateResolver resolver = new DateResolver();

    // Reference days used below (weekdays checked with java.time):
    private static final LocalDate MON_2020_03_09 = LocalDate.of(2020, 3, 9);
    private static final LocalDate SUN_2020_03_08 = LocalDate.of(2020, 3, 8);
    private static final LocalDate WED_1990_01_10 = LocalDate.of(1990, 1, 10);

    /** The value of the single expression in {@code text}, resolved against {@code doc}. */
    private String resolve(String text, LocalDate doc) {
        return resolve(resolver, text, doc);
    }

    private String resolve(DateResolver r, String text, LocalDate doc) {
        List<DateExpression> found = finder.find(text);
        assertEquals(1, found.size(), () -> "expected one expression in '" + text + "': " + found);
        return r.resolve(found.get(0), doc).map(PartialDate::toString).orElse(null);
    }

    @Test
    void referenceWeekdays() {
        assertEquals(java.time.DayOfWeek.MONDAY, MON_2020_03_09.getDayOfWeek());
        assertEquals(java.time.DayOfWeek.SUNDAY, SUN_2020_03_08.getDayOfWeek());
        assertEquals(java.time.DayOfWeek.WEDNESDAY, WED_1990_01_10.getDayOfWeek());
    }

    // --- weekdays ---------------------------------------------------------------------------

    @Test
    void weekdaysLookBack() {
        assertEquals("2020-03-08", resolve("Two medics died on Sunday in the raid.", MON_2020_03_09));
        assertEquals("2020-03-05", resolve("A checkpoint was bombed Thursday.", MON_2020_03_09));
        assertEquals("2020-03-03", resolve("The ferry sank on Tuesday.", MON_2020_03_09));
    }

    @Test
    void lateSundayNightInAMondayArticleIsSunday() {
        assertEquals("2020-03-08", resolve("Sirens wailed late Sunday night downtown.", MON_2020_03_09));
        assertEquals("2020-03-08", resolve("Gunfire erupted Sunday evening.", MON_2020_03_09));
    }

    @Test
    void sameWeekdayAsTheDocumentIsThatDayByDefault() {
        assertEquals("2020-03-09", resolve("The minister spoke Monday.", MON_2020_03_09));
        assertEquals("2020-03-08", resolve("Shells fell on Sunday.", SUN_2020_03_08));
        DateResolver weekBefore = new DateResolver(Policy.DEFAULT.withSameWeekday(SameWeekday.WEEK_BEFORE));
        assertEquals("2020-03-01", resolve(weekBefore, "Shells fell on Sunday.", SUN_2020_03_08));
    }

    @Test
    void lastThisAndNextWeekdays() {
        assertEquals("2020-03-03", resolve("A bus was hit last Tuesday.", MON_2020_03_09));
        assertEquals("2020-03-02", resolve("A bus was hit last Monday.", MON_2020_03_09));
        assertEquals("2020-03-04", resolve("Police raided the flat this Wednesday.", MON_2020_03_09));
        assertEquals("2020-03-01", resolve("It burned this past Sunday.", SUN_2020_03_08));
        assertEquals("2020-03-10", resolve("Talks open next Tuesday.", MON_2020_03_09));
        assertEquals("2020-03-16", resolve("Talks open next Monday.", MON_2020_03_09));
    }

    @Test
    void otherDirections() {
        DateResolver future = new DateResolver(Policy.DEFAULT.withDirection(Direction.FUTURE));
        assertEquals("2020-03-11", resolve(future, "The court sits on Wednesday.", MON_2020_03_09));
        assertEquals("2020-06", resolve(future, "Elections are due in June.", MON_2020_03_09));
        DateResolver nearest = new DateResolver(Policy.DEFAULT.withDirection(Direction.NEAREST));
        assertEquals("2020-03-10", resolve(nearest, "The court sits on Tuesday.", MON_2020_03_09));
        assertEquals("2020-03-06", resolve(nearest, "The court sat on Friday.", MON_2020_03_09));
    }

    // --- month and day --------------------------------------------------------------------

    @Test
    void monthDayTakesTheYearOnOrBeforeTheDocument() {
        assertEquals("2020-03-08", resolve("The soldiers were killed March 8.", MON_2020_03_09));
        assertEquals("2020-03-09", resolve("It happened on March 9.", MON_2020_03_09));
        assertEquals("2019-05-02", resolve("The blast was on May 2.", MON_2020_03_09));
    }

    @Test
    void yearBoundaryDecemberInAJanuaryArticleIsLastYear() {
        assertEquals("1989-12-28", resolve("TROOPS ENTERED THE TOWN ON 28 DECEMBER.", WED_1990_01_10));
        assertEquals("1989-12", resolve("The offensive began in December.", WED_1990_01_10));
        assertEquals("1990-01-02", resolve("A bomb went off on 2 January.", WED_1990_01_10));
        assertEquals("1989-12-25", resolve("Police were attacked on Christmas.", WED_1990_01_10));
    }

    @Test
    void yearBoundaryRelativeDays() {
        LocalDate newYear = LocalDate.of(2016, 1, 1);
        assertEquals("2015-12-31", resolve("The shooting happened yesterday.", newYear));
        assertEquals("2015-12-31", resolve("The shooting happened last night.", newYear));
        assertEquals("2015-12", resolve("The suspect was arrested last month.", newYear));
        assertEquals("2015", resolve("Homicides rose last year.", newYear));
        assertEquals("2015-12-29", resolve("It happened on Tuesday.", newYear)); // Friday article
    }

    @Test
    void aDayAfterTheDocumentWithinToleranceKeepsTheYear() {
        // A URL date can be a day older than the text; one day of slack by default.
        assertEquals("2016-01-02", resolve("Police were called Jan. 2.", LocalDate.of(2016, 1, 1)));
        assertEquals("2015-01-05", resolve("Police were called Jan. 5.", LocalDate.of(2016, 1, 1)));
        DateResolver strict = new DateResolver(Policy.DEFAULT.withForwardToleranceDays(0));
        assertEquals("2015-01-02", resolve(strict, "Police were called Jan. 2.", LocalDate.of(2016, 1, 1)));
    }

    @Test
    void aWrittenWeekdayPicksTheYear() {
        // Jan 27 was a Tuesday in 2015 and a Wednesday in 2016.
        assertEquals("2015-01-27", resolve("She was shot Tuesday, Jan. 27, at home.", LocalDate.of(2016, 2, 1)));
        assertEquals("2016-01-27", resolve("She was shot Wednesday, Jan. 27, at home.", LocalDate.of(2016, 2, 1)));
    }

    @Test
    void leapDays() {
        assertEquals("2020-02-29", resolve("The market was shelled Feb. 29.", MON_2020_03_09));
        assertEquals("2020-02-29", resolve("The market was shelled Feb. 29.", LocalDate.of(2021, 3, 1)));
        assertEquals("2024-02-29", resolve("The market was shelled Feb. 29.", LocalDate.of(2027, 1, 5)));
        assertEquals("2020-02-28", resolve("It happened yesterday.", LocalDate.of(2020, 2, 29)));
        assertEquals("2020-02-29", resolve("It happened yesterday.", LocalDate.of(2020, 3, 1)));
        assertEquals("2021-02-28", resolve("It happened yesterday.", LocalDate.of(2021, 3, 1)));
    }

    // --- relative ---------------------------------------------------------------------------

    @Test
    void relativeDays() {
        assertEquals("2020-03-08", resolve("Rockets hit the base yesterday.", MON_2020_03_09));
        assertEquals("2020-03-09", resolve("Rockets hit the base today.", MON_2020_03_09));
        assertEquals("2020-03-09", resolve("Rockets hit the base this morning.", MON_2020_03_09));
        assertEquals("2020-03-09", resolve("A curfew begins tonight.", MON_2020_03_09));
        assertEquals("2020-03-08", resolve("Looters struck overnight.", MON_2020_03_09));
        assertEquals("2020-03-07", resolve("He vanished the day before yesterday.", MON_2020_03_09));
        assertEquals("2020-03-07", resolve("He vanished two days ago.", MON_2020_03_09));
        assertEquals("1990-01-09", resolve("A BOMB EXPLODED LAST NIGHT.", WED_1990_01_10));
    }

    @Test
    void weekendsResolveToTheirSaturdayByDefault() {
        assertEquals("2020-03-07", resolve("Two guards died last weekend.", MON_2020_03_09));
        assertEquals("2020-03-07", resolve("Two guards died over the weekend.", MON_2020_03_09));
        assertEquals("2020-03-07", resolve("Two guards died over the weekend.", SUN_2020_03_08));
        assertEquals("2020-02-29", resolve("Two guards died last weekend.", SUN_2020_03_08));
        DateResolver sunday = new DateResolver(Policy.DEFAULT.withWeekendDay(WeekendDay.SUNDAY));
        assertEquals("2020-03-08", resolve(sunday, "Two guards died last weekend.", MON_2020_03_09));
    }

    @Test
    void weeksGiveTheirMonthOrElseTheYear() {
        assertEquals("2020-03", resolve("Protests spread last week.", MON_2020_03_09)); // 2-8 March
        // From Wednesday 4 March, last week is 24 February - 1 March: only the year is certain.
        assertEquals("2020", resolve("Protests spread last week.", LocalDate.of(2020, 3, 4)));
    }

    @Test
    void monthsAndYears() {
        assertEquals("2020-02", resolve("Clashes flared in late February.", MON_2020_03_09));
        assertEquals("2020-03", resolve("Clashes flared earlier this month.", MON_2020_03_09));
        assertEquals("2019-03", resolve("Clashes flared last March.", MON_2020_03_09));
        assertEquals("2017-12", resolve("The city was retaken in December 2017.", MON_2020_03_09));
        assertEquals("2014", resolve("The group rose in 2014.", MON_2020_03_09));
        assertEquals("2017", resolve("The mill closed three years ago.", MON_2020_03_09));
    }

    // --- without a document date --------------------------------------------------------------

    @Test
    void withoutADocumentDateOnlyExplicitYearsResolve() {
        assertEquals("2019-09-10", resolve("They fired on September 10, 2019.", null));
        assertEquals("2016-03-14", resolve("Arrested on 3/14/2016.", null));
        assertEquals("2017-12", resolve("It fell in December 2017.", null));
        assertEquals("2003", resolve("It began in 2003.", null));
        assertEquals("2015-12-24", resolve("It happened on Christmas Eve 2015.", null));
        for (String s : List.of("It happened yesterday.", "It happened on Sunday.", "It happened March 8.",
                "It happened in January.", "It happened last week.")) {
            assertEquals(null, resolve(s, null), s);
        }
    }

    @Test
    void rangesDurationsAndAnaphoraDoNotResolve() {
        for (String s : List.of("The audit covers October 1 to December 31.", "The siege lasted two months.",
                "They were freed the next day.", "Markets shut on Fridays.", "Raids continued since 2014.")) {
            assertEquals(null, resolve(s, MON_2020_03_09), s);
        }
    }

    @Test
    void resolutionIsAPureFunction() {
        DateExpression sunday = finder.find("on Sunday").get(0);
        DateExpression december = finder.find("on 28 December").get(0);
        Optional<PartialDate> a = resolver.resolve(sunday, MON_2020_03_09);
        resolver.resolve(december, WED_1990_01_10);
        resolver.resolve(sunday, SUN_2020_03_08);
        assertEquals(a, resolver.resolve(sunday, MON_2020_03_09));
        assertEquals(a, new DateResolver().resolve(sunday, MON_2020_03_09));
        assertTrue(resolver.resolve(december, WED_1990_01_10).isPresent());
        assertEquals("1989-12-28", resolver.resolve(december, WED_1990_01_10).orElseThrow().toString());
    }
}

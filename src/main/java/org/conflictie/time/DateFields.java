package org.conflictie.time;

import java.time.DayOfWeek;

/**
 * What a date expression says, parsed but not yet resolved against a document date.
 *
 * <p>One record type per shape of expression. Every value is what the text gives; nothing
 * here depends on the document, so the same words always parse to the same fields.
 */
public sealed interface DateFields {

    /** A weekday modifier: "last Tuesday", "this Wednesday", "this past Sunday", "next Monday". */
    enum Modifier { NONE, LAST, THIS, PAST, NEXT }

    /** A part of the day. It is kept for callers; it never moves the date. */
    enum PartOfDay { MORNING, AFTERNOON, EVENING, NIGHT }

    /** "early" / "mid-" / "late" before a day, month or year. */
    enum Qualifier { EARLY, MID, LATE }

    /** A calendar unit of a relative period or a duration. */
    enum Unit { HOUR, DAY, WEEK, WEEKEND, MONTH, YEAR, DECADE }

    /** A season before a year ("the summer of 2014"). */
    enum Season { SPRING, SUMMER, AUTUMN, WINTER }

    /**
     * A day of a month: "March 8", "8 March 2020", "10 JAN 90", "2019-09-10", "Sunday, Dec. 25".
     *
     * @param year           the year, or null when the text gives none; two-digit years are
     *                       already expanded (see {@link DateExpressionFinder})
     * @param month          1-12
     * @param day            1-31, a valid day of the month (for a given year; Feb 29 without a
     *                       year is kept and resolved to a leap year)
     * @param weekday        the weekday written with it, or null
     * @param partOfDay      from "the night of 14 November", or null
     * @param twoDigitYear   whether the year was written with two digits
     * @param ambiguousOrder a numeric date whose first two numbers could both be the month
     *                       ("09-03-2020"); month and day are then in the finder's default order
     */
    record CalendarDate(Integer year, int month, int day, DayOfWeek weekday, PartOfDay partOfDay,
                        boolean twoDigitYear, boolean ambiguousOrder) implements DateFields {
        /** The same date with month and day swapped, for the other reading of an ambiguous numeric date. */
        public CalendarDate swapped() {
            return new CalendarDate(year, day, month, weekday, partOfDay, twoDigitYear, ambiguousOrder);
        }
    }

    /**
     * A named holiday: "Christmas Eve", "on Thanksgiving", "New Year's Day 2016".
     *
     * @param name    the phrase as listed in the word list
     * @param month   1-12
     * @param day     the fixed day of the month, or 0 for a floating holiday
     * @param nth     for a floating holiday, which weekday of the month (1-5, or -1 for the last)
     * @param weekday for a floating holiday, the weekday, else null
     * @param year    the year when written, else null
     */
    record Holiday(String name, int month, int day, int nth, DayOfWeek weekday, Integer year) implements DateFields {}

    /** "on Sunday", "late Sunday night", "Sunday evening", "last Tuesday", "this Wednesday". */
    record Weekday(DayOfWeek weekday, Modifier modifier, Qualifier qualifier, PartOfDay partOfDay)
            implements DateFields {}

    /** Days from the document date: "yesterday" (-1), "last night" (-1), "today", "two days ago" (-2). */
    record RelativeDay(int offsetDays, Qualifier qualifier, PartOfDay partOfDay) implements DateFields {}

    /** A period from the document date: "last week" (WEEK, -1), "last weekend", "last month", "two years ago". */
    record RelativePeriod(Unit unit, int offset, Qualifier qualifier) implements DateFields {}

    /** A month: "in January", "late February", "in December 2017", "last December". */
    record MonthRef(int month, Integer year, Modifier modifier, Qualifier qualifier) implements DateFields {}

    /** A year: "in 2014", "in late 2003", "the summer of 2014". */
    record YearRef(int year, Qualifier qualifier, Season season) implements DateFields {}

    /**
     * A stretch of time between two points: "from October 1 to December 31", "5-7 March",
     * "between 2010 and 2012"; {@code since}/{@code until} give an open end (null).
     */
    record Range(DateFields from, DateFields to) implements DateFields {}

    /**
     * A length of time: "two months", "nearly nine years", "for three days", "the past week".
     *
     * @param amount      the number of units, or null when the text gives none ("for months")
     * @param unit        the unit
     * @param approximate whether hedged ("nearly", "about", "several")
     */
    record Duration(Integer amount, Unit unit, boolean approximate) implements DateFields {}

    /** A habitual time, no single day: "every Sunday", "on Fridays". */
    record Recurring(DateFields base) implements DateFields {}

    /**
     * Time counted from another time the text talks about, not from the document date: "the
     * next day" (DAY, +1), "the day before" (DAY, -1), "two days later" (DAY, +2), "a week
     * earlier" (WEEK, -1), "three months later" (MONTH, +3).
     */
    record Anaphoric(Unit unit, int offset, Qualifier qualifier, PartOfDay partOfDay) implements DateFields {}
}

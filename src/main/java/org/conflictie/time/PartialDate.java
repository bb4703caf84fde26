package org.conflictie.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date value of event format v1: a day ({@code YYYY-MM-DD}), a month ({@code YYYY-MM}) or a
 * year ({@code YYYY}), for incidents the article dates no more precisely than that.
 *
 * <p>Fields below the precision are 0, so two values are equal exactly when their formatted
 * values are equal. {@link #toString()} gives the format value.
 *
 * @param precision how much of the date is known
 * @param year      the year (1 - 9999)
 * @param month     1 - 12, or 0 below {@link Precision#MONTH}
 * @param day       1 - 31 and valid for the month, or 0 below {@link Precision#DAY}
 */
public record PartialDate(Precision precision, int year, int month, int day) implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) {
                    throw new IllegalArgumentException("a year has no month or day");
                }
            }
            case MONTH -> {
                if (month < 1 || month > 12 || day != 0) {
                    throw new IllegalArgumentException("invalid month value " + year + "-" + month + "-" + day);
                }
            }
            case DAY -> {
                try {
                    LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("invalid date " + year + "-" + month + "-" + day, e);
                }
            }
        }
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(Precision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(Precision.MONTH, month.getYear(), month.getMonthValue(), 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(Precision.MONTH, year, month, 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, year, 0, 0);
    }

    /**
     * Parses a format value ({@code 2020-03-08}, {@code 2020-03}, {@code 2020}).
     *
     * @throws IllegalArgumentException when the text is not one of these or is no real date
     */
    public static PartialDate parse(String value) {
        Matcher m = FORMAT.matcher(value == null ? "" : value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date value (YYYY-MM-DD, YYYY-MM or YYYY): " + value);
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return ofYear(y);
        }
        int mo = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return new PartialDate(Precision.MONTH, y, mo, 0);
        }
        return new PartialDate(Precision.DAY, y, mo, Integer.parseInt(m.group(3)));
    }

    /** The day, when the precision is {@link Precision#DAY}. */
    public LocalDate toLocalDate() {
        if (precision != Precision.DAY) {
            throw new IllegalStateException("not a day: " + this);
        }
        return LocalDate.of(year, month, day);
    }

    /** The format value: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** Chronological by first possible day; a coarser value sorts before the finer ones it contains. */
    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        if (c == 0) {
            c = Integer.compare(day, o.day);
        }
        return c;
    }
}

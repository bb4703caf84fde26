package org.conflictie.time;

/**
 * How to read an all-numeric date whose first two numbers could both be the month
 * ("09-03-2020": 9 March or September 3).
 */
public enum NumericOrder {
    /** Day, month, year: the usual order outside the United States. */
    DAY_FIRST,
    /** Month, day, year: the United States order ("3/14/2016"). */
    MONTH_FIRST
}

package org.conflictie.time;

import java.util.Objects;

/**
 * One date-like expression found in a text.
 *
 * @param text        the words, verbatim ({@code text.equals(article.substring(start, end))}),
 *                    including a leading preposition ("on Sunday", "in January"), as gold
 *                    {@code date.text} values are written
 * @param start       UTF-16 offset of the first character
 * @param end         UTF-16 offset after the last character
 * @param kind        what sort of expression it is; only {@link Kind#isIncidentCandidate()} kinds
 *                    can date an incident
 * @param fields      what it says, parsed; its type matches {@code kind}
 * @param preposition the leading preposition in lower case ("on", "in", "since", "before"), or null
 * @param rule        id of the pattern that found it, for tracing
 */
public record DateExpression(String text, int start, int end, Kind kind, DateFields fields,
                             String preposition, String rule) {

    /** The sort of a date expression. */
    public enum Kind {
        /** A calendar day, with or without year, or a named holiday. */
        DATE(true),
        /** A weekday, possibly with a modifier or a part of the day. */
        WEEKDAY(true),
        /** A day counted from the document date: today, yesterday, last night, two days ago. */
        RELATIVE_DAY(true),
        /** A week, weekend, month or year counted from the document date. */
        RELATIVE_PERIOD(true),
        /** A month, with or without year. */
        MONTH(true),
        /** A year. */
        YEAR(true),
        /** A stretch between two times, or from/until one ("since 2014"): not one incident date. */
        RANGE(false),
        /** A length of time ("two months"): not a date. */
        DURATION(false),
        /** A habitual time ("every Sunday"): not one date. */
        RECURRING(false),
        /** Counted from another time in the text ("the next day"): needs an anchor, not the document date. */
        ANAPHORIC(false);

        private final boolean incidentCandidate;

        Kind(boolean incidentCandidate) {
            this.incidentCandidate = incidentCandidate;
        }

        /** Whether an expression of this kind can, on its own and with the document date, date an incident. */
        public boolean isIncidentCandidate() {
            return incidentCandidate;
        }

        /** The kind that a parsed value has. */
        public static Kind of(DateFields fields) {
            Objects.requireNonNull(fields, "fields");
            if (fields instanceof DateFields.CalendarDate || fields instanceof DateFields.Holiday) {
                return DATE;
            } else if (fields instanceof DateFields.Weekday) {
                return WEEKDAY;
            } else if (fields instanceof DateFields.RelativeDay) {
                return RELATIVE_DAY;
            } else if (fields instanceof DateFields.RelativePeriod) {
                return RELATIVE_PERIOD;
            } else if (fields instanceof DateFields.MonthRef) {
                return MONTH;
            } else if (fields instanceof DateFields.YearRef) {
                return YEAR;
            } else if (fields instanceof DateFields.Range) {
                return RANGE;
            } else if (fields instanceof DateFields.Duration) {
                return DURATION;
            } else if (fields instanceof DateFields.Recurring) {
                return RECURRING;
            } else if (fields instanceof DateFields.Anaphoric) {
                return ANAPHORIC;
            }
            throw new IllegalArgumentException("unknown fields " + fields.getClass());
        }
    }

    public DateExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fields, "fields");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit '" + text + "'");
        }
        if (Kind.of(fields) != kind) {
            throw new IllegalArgumentException("kind " + kind + " does not match " + fields);
        }
    }

    /** Convenience: the kind is taken from the fields. */
    public DateExpression(String text, int start, int end, DateFields fields, String preposition, String rule) {
        this(text, start, end, Kind.of(fields), fields, preposition, rule);
    }

    /** Whether the two expressions share a character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}

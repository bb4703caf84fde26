package org.conflictie.format.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date shapes format v1 allows, checked against the real calendar (no 2021-02-30). */
final class IsoDates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private IsoDates() {}

    /** Why {@code value} is not a v1 event date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), if it is not. */
    static Optional<String> eventDateProblem(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return Optional.of("expected YYYY-MM-DD, YYYY-MM or YYYY");
        }
        return calendarProblem(m);
    }

    /** Why {@code value} is not a calendar day {@code YYYY-MM-DD}, if it is not. */
    static Optional<String> dayProblem(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches() || m.group(3) == null) {
            return Optional.of("expected a day YYYY-MM-DD");
        }
        return calendarProblem(m);
    }

    private static Optional<String> calendarProblem(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return Optional.empty();
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.of("expected a month from 01 to 12");
        }
        if (m.group(3) == null) return Optional.empty();
        try {
            LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("expected a real calendar day");
        }
    }
}

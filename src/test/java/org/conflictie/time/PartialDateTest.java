package org.conflictie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void formatsEachPrecision() {
        assertEquals("2020-03-08", PartialDate.ofDay(LocalDate.of(2020, 3, 8)).toString());
        assertEquals("2017-12", PartialDate.ofMonth(YearMonth.of(2017, 12)).toString());
        assertEquals("2014", PartialDate.ofYear(2014).toString());
        assertEquals("0999", PartialDate.ofYear(999).toString());
    }

    @Test
    void parseRoundTrips() {
        for (String v : new String[] {"1990-01-10", "1989-11", "2003"}) {
            assertEquals(v, PartialDate.parse(v).toString());
        }
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2016-01").precision());
    }

    @Test
    void leapDayOnlyInLeapYears() {
        assertEquals("2020-02-29", PartialDate.parse("2020-02-29").toString());
        assertEquals("2000-02-29", PartialDate.parse("2000-02-29").toString());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2021-02-29"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1900-02-29"));
    }

    @Test
    void rejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2020-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2020-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("20-03-08"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("March 8"));
        assertThrows(IllegalArgumentException.class,
                () -> new PartialDate(PartialDate.Precision.YEAR, 2020, 3, 0));
    }

    @Test
    void equalityFollowsTheValue() {
        assertEquals(PartialDate.parse("2019-09-10"), PartialDate.ofDay(LocalDate.of(2019, 9, 10)));
        assertTrue(PartialDate.parse("2019").compareTo(PartialDate.parse("2019-01")) < 0);
        assertTrue(PartialDate.parse("2019-12-31").compareTo(PartialDate.parse("2020")) < 0);
    }

    @Test
    void toLocalDateNeedsADay() {
        assertEquals(LocalDate.of(2016, 3, 14), PartialDate.parse("2016-03-14").toLocalDate());
        assertThrows(IllegalStateException.class, () -> PartialDate.parse("2016-03").toLocalDate());
    }
}

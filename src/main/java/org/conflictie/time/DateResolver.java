package org.conflictie.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictie.time.DateFields.CalendarDate;
import org.conflictie.time.DateFields.Holiday;
import org.conflictie.time.DateFields.Modifier;
import org.conflictie.time.DateFields.MonthRef;
import org.conflictie.time.DateFields.RelativeDay;
import org.conflictie.time.DateFields.RelativePeriod;
import org.conflictie.time.DateFields.Weekday;
import org.conflictie.time.DateFields.YearRef;

/**
 * Resolves a date expression against the article's publication date to a {@link PartialDate}.
 *
 * <p>A pure function of (expression, document date, policy): no state is kept between calls,
 * unlike SUTime, so documents cannot influence each other. News reports look back, so by
 * default ({@link Direction#PAST}) an underspecified date resolves to the most recent matching
 * time on or before the document date:
 * <ul>
 *   <li>a weekday ("on Sunday", "late Sunday night", "Sunday evening") is the latest such day on
 *       or before the document date; when the document date is itself that weekday, the
 *       {@link SameWeekday} policy decides (default: that same day, see {@code docs/dates.md});
 *       a part of the day never moves the date ("late Sunday night" in a Monday article is
 *       Sunday). "last Tuesday" is the latest Tuesday strictly before the document date,
 *       "next Tuesday" the first one after it;</li>
 *   <li>a month and day without year ("December 28") takes the year that puts it on or before
 *       the document date (plus {@link Policy#forwardToleranceDays()}), so a "December" incident
 *       in a January article is last year's; a weekday written with it ("Tuesday, Jan. 27")
 *       picks, among this year and last year, the one where the weekday fits; Feb 29 goes to the
 *       latest leap year;</li>
 *   <li>"yesterday" and "last night" (also "overnight") are the document date minus one day,
 *       "today", "tonight", "this morning" the document date, "two days ago" minus two;</li>
 *   <li>"last weekend" / "over the weekend" resolve to one day of the most recent weekend before
 *       the document date, the {@link WeekendDay} policy says which (default Saturday);</li>
 *   <li>"last week" and "this week" give the month when the whole week lies in one month, else
 *       the year: a week has no single-day value, and a coarse true value beats a guessed day;</li>
 *   <li>a month without year ("in January", "late February") is the latest such month up to the
 *       document's month ({@code YYYY-MM}); "last December" the latest one strictly before it;
 *       "earlier this month" / "last month" / "last year" count from the document's month or year;</li>
 *   <li>a year ("in 2014") is that year, with or without a document date.</li>
 * </ul>
 * Without a document date, only expressions that carry their year resolve (a full date, a
 * month with year, a year); everything relative returns empty. Ranges, durations, habitual
 * times and anaphoric expressions ("the next day") never resolve here: they are no incident
 * date, or need an anchor other than the document date.
 */
public final class DateResolver {

    /** Which way an underspecified date points from the document date. */
    public enum Direction {
        /** On or before the document date: what news reports about incidents mean. */
        PAST,
        /** On or after it (announcements, schedules). */
        FUTURE,
        /** Whichever is closer; a tie goes to the past. */
        NEAREST
    }

    /** What a bare weekday means when the document date is that weekday ("on Sunday" in a Sunday article). */
    public enum SameWeekday {
        /** The document date itself. */
        SAME_DAY,
        /** A week before the document date. */
        WEEK_BEFORE
    }

    /** Which day of a weekend a "last weekend" resolves to. */
    public enum WeekendDay { SATURDAY, SUNDAY }

    /**
     * Resolution choices.
     *
     * @param direction            direction of underspecified dates
     * @param sameWeekday          a bare weekday equal to the document's weekday
     * @param weekendDay           the day a weekend resolves to
     * @param forwardToleranceDays a month-day without year up to this many days after the document
     *                             date keeps the document's year (a publication date taken from a
     *                             URL can predate the text's last update); beyond it, the past year
     */
    public record Policy(Direction direction, SameWeekday sameWeekday, WeekendDay weekendDay, int forwardToleranceDays) {
        /** The measured defaults; see {@code docs/dates.md}. */
        public static final Policy DEFAULT = new Policy(Direction.PAST, SameWeekday.SAME_DAY, WeekendDay.SATURDAY, 1);

        public Policy {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(sameWeekday, "sameWeekday");
            Objects.requireNonNull(weekendDay, "weekendDay");
            if (forwardToleranceDays < 0 || forwardToleranceDays > 31) {
                throw new IllegalArgumentException("forwardToleranceDays must be 0-31: " + forwardToleranceDays);
            }
        }

        public Policy withDirection(Direction d) {
            return new Policy(d, sameWeekday, weekendDay, forwardToleranceDays);
        }

        public Policy withSameWeekday(SameWeekday s) {
            return new Policy(direction, s, weekendDay, forwardToleranceDays);
        }

        public Policy withWeekendDay(WeekendDay w) {
            return new Policy(direction, sameWeekday, w, forwardToleranceDays);
        }

        public Policy withForwardToleranceDays(int days) {
            return new Policy(direction, sameWeekday, weekendDay, days);
        }
    }

    private final Policy policy;

    public DateResolver() {
        this(Policy.DEFAULT);
    }

    public DateResolver(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Policy policy() {
        return policy;
    }

    /** Resolves an expression; empty when it cannot be resolved (see the class comment). */
    public Optional<PartialDate> resolve(DateExpression expression, LocalDate documentDate) {
        return resolve(expression.fields(), documentDate);
    }

    /** Resolves parsed fields; {@code documentDate} may be null. */
    public Optional<PartialDate> resolve(DateFields fields, LocalDate documentDate) {
        Objects.requireNonNull(fields, "fields");
        if (fields instanceof CalendarDate d) {
            return calendar(d, documentDate);
        } else if (fields instanceof Holiday h) {
            return holiday(h, documentDate);
        } else if (fields instanceof YearRef y) {
            return Optional.of(PartialDate.ofYear(y.year()));
        } else if (fields instanceof MonthRef m) {
            return month(m, documentDate);
        } else if (documentDate == null) {
            return Optional.empty();
        } else if (fields instanceof Weekday w) {
            return Optional.of(PartialDate.ofDay(weekday(w, documentDate)));
        } else if (fields instanceof RelativeDay r) {
            return Optional.of(PartialDate.ofDay(documentDate.plusDays(r.offsetDays())));
        } else if (fields instanceof RelativePeriod p) {
            return period(p, documentDate);
        }
        return Optional.empty(); // Range, Duration, Recurring, Anaphoric
    }

    // ---------------------------------------------------------------------------------------

    private LocalDate weekday(Weekday w, LocalDate doc) {
        DayOfWeek wd = w.weekday();
        int back = Math.floorMod(doc.getDayOfWeek().getValue() - wd.getValue(), 7);
        int forward = Math.floorMod(wd.getValue() - doc.getDayOfWeek().getValue(), 7);
        Modifier mod = w.modifier();
        if (mod == Modifier.LAST) {
            return doc.minusDays(back == 0 ? 7 : back);
        }
        if (mod == Modifier.NEXT) {
            return doc.plusDays(forward == 0 ? 7 : forward);
        }
        if (mod == Modifier.PAST) {
            // "this past Sunday" written on a Sunday means the one before.
            return doc.minusDays(back == 0 ? 7 : back);
        }
        int sameDayBack = policy.sameWeekday() == SameWeekday.WEEK_BEFORE ? 7 : 0;
        return switch (policy.direction()) {
            case PAST -> doc.minusDays(back == 0 ? sameDayBack : back);
            case FUTURE -> doc.plusDays(forward);
            case NEAREST -> back == 0 ? doc.minusDays(sameDayBack)
                    : back <= forward ? doc.minusDays(back) : doc.plusDays(forward);
        };
    }

    /** The candidate year whose date best fits the direction, among candidates in chronological order. */
    private LocalDate pick(List<LocalDate> candidates, LocalDate doc) {
        LocalDate limit = doc.plusDays(policy.forwardToleranceDays());
        LocalDate best = null;
        switch (policy.direction()) {
            case PAST -> {
                for (LocalDate c : candidates) {
                    if (!c.isAfter(limit)) {
                        best = c; // the latest one on or before the limit
                    }
                }
                if (best == null && !candidates.isEmpty()) {
                    best = candidates.get(0);
                }
            }
            case FUTURE -> {
                for (LocalDate c : candidates) {
                    if (!c.isBefore(doc)) {
                        best = c;
                        break;
                    }
                }
                if (best == null && !candidates.isEmpty()) {
                    best = candidates.get(candidates.size() - 1);
                }
            }
            case NEAREST -> {
                long bestDist = Long.MAX_VALUE;
                for (LocalDate c : candidates) {
                    long dist = Math.abs(ChronoUnit.DAYS.between(doc, c));
                    if (dist < bestDist) { // chronological order: a tie keeps the earlier (past) one
                        best = c;
                        bestDist = dist;
                    }
                }
            }
        }
        return best;
    }

    private Optional<PartialDate> calendar(CalendarDate d, LocalDate doc) {
        if (d.year() != null) {
            try {
                return Optional.of(PartialDate.ofDay(LocalDate.of(d.year(), d.month(), d.day())));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        if (doc == null) {
            return Optional.empty();
        }
        // Years around the document date; eight back so that Feb 29 always finds a leap year.
        List<LocalDate> all = new ArrayList<>();
        for (int y = doc.getYear() - 8; y <= doc.getYear() + 1; y++) {
            try {
                all.add(LocalDate.of(y, d.month(), d.day()));
            } catch (DateTimeException invalid) {
                // Feb 29 outside a leap year
            }
        }
        if (d.weekday() != null) {
            // "Tuesday, Jan. 27": this year or last year, whichever has the weekday right.
            List<LocalDate> fitting = new ArrayList<>();
            for (LocalDate c : all) {
                if (c.getDayOfWeek() == d.weekday() && c.getYear() >= doc.getYear() - 1) {
                    fitting.add(c);
                }
            }
            if (!fitting.isEmpty()) {
                LocalDate best = pick(fitting, doc);
                if (best != null) {
                    return Optional.of(PartialDate.ofDay(best));
                }
            }
        }
        LocalDate best = pick(all, doc);
        return best == null ? Optional.empty() : Optional.of(PartialDate.ofDay(best));
    }

    private Optional<PartialDate> holiday(Holiday h, LocalDate doc) {
        if (h.year() != null) {
            return Optional.of(PartialDate.ofDay(holidayIn(h, h.year())));
        }
        if (doc == null) {
            return Optional.empty();
        }
        List<LocalDate> all = new ArrayList<>();
        for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
            all.add(holidayIn(h, y));
        }
        return Optional.ofNullable(pick(all, doc)).map(PartialDate::ofDay);
    }

    static LocalDate holidayIn(Holiday h, int year) {
        if (h.day() > 0) {
            return LocalDate.of(year, h.month(), h.day());
        }
        LocalDate first = LocalDate.of(year, h.month(), 1);
        if (h.nth() < 0) {
            return first.with(TemporalAdjusters.lastInMonth(h.weekday()));
        }
        return first.with(TemporalAdjusters.dayOfWeekInMonth(h.nth(), h.weekday()));
    }

    private Optional<PartialDate> month(MonthRef m, LocalDate doc) {
        if (m.year() != null) {
            return Optional.of(PartialDate.ofMonth(m.year(), m.month()));
        }
        if (doc == null) {
            return Optional.empty();
        }
        YearMonth docMonth = YearMonth.from(doc);
        YearMonth thisYear = YearMonth.of(doc.getYear(), m.month());
        YearMonth result;
        Modifier mod = m.modifier();
        if (mod == Modifier.LAST || mod == Modifier.PAST) {
            result = thisYear.isBefore(docMonth) ? thisYear : thisYear.minusYears(1);
        } else if (mod == Modifier.NEXT) {
            result = thisYear.isAfter(docMonth) ? thisYear : thisYear.plusYears(1);
        } else {
            result = switch (policy.direction()) {
                case PAST -> thisYear.isAfter(docMonth) ? thisYear.minusYears(1) : thisYear;
                case FUTURE -> thisYear.isBefore(docMonth) ? thisYear.plusYears(1) : thisYear;
                case NEAREST -> {
                    YearMonth prev = thisYear.isAfter(docMonth) ? thisYear.minusYears(1) : thisYear;
                    YearMonth next = thisYear.isBefore(docMonth) ? thisYear.plusYears(1) : thisYear;
                    long back = ChronoUnit.MONTHS.between(prev, docMonth);
                    long fwd = ChronoUnit.MONTHS.between(docMonth, next);
                    yield back <= fwd ? prev : next;
                }
            };
        }
        return Optional.of(PartialDate.ofMonth(result));
    }

    private Optional<PartialDate> period(RelativePeriod p, LocalDate doc) {
        return switch (p.unit()) {
            case WEEKEND -> Optional.of(PartialDate.ofDay(weekend(p.offset(), doc)));
            case WEEK -> Optional.of(week(doc.plusWeeks(p.offset())));
            case MONTH -> Optional.of(PartialDate.ofMonth(YearMonth.from(doc).plusMonths(p.offset())));
            case YEAR -> Optional.of(PartialDate.ofYear(doc.getYear() + p.offset()));
            case DECADE -> Optional.of(PartialDate.ofYear(doc.getYear() + 10 * p.offset()));
            case HOUR, DAY -> Optional.of(PartialDate.ofDay(doc.plusDays(p.offset())));
        };
    }

    /**
     * The Saturday (or Sunday, by policy) of a weekend. Offset 0 ("this weekend", "over the
     * weekend") is the weekend the document date is in, or else the one just before it; -1
     * ("last weekend") is the same from Monday to Friday, and the weekend before when the
     * document itself is dated on a weekend; +1 the next one.
     */
    private LocalDate weekend(int offset, LocalDate doc) {
        DayOfWeek dow = doc.getDayOfWeek();
        boolean onWeekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        LocalDate saturday = doc.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (offset < 0) {
            saturday = saturday.minusWeeks(onWeekend ? -offset : -offset - 1);
        } else if (offset > 0) {
            saturday = doc.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(offset - 1);
        }
        return policy.weekendDay() == WeekendDay.SUNDAY ? saturday.plusDays(1) : saturday;
    }

    /** A week as the month it lies in, or the year when it straddles two months. */
    private static PartialDate week(LocalDate inWeek) {
        LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        if (YearMonth.from(monday).equals(YearMonth.from(sunday))) {
            return PartialDate.ofMonth(YearMonth.from(monday));
        }
        return PartialDate.ofYear(monday.plusDays(3).getYear());
    }
}

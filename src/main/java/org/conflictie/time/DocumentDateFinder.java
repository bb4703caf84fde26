package org.conflictie.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.conflictie.time.DateFields.CalendarDate;
import org.conflictie.time.DateFields.Modifier;
import org.conflictie.time.DateFields.MonthRef;
import org.conflictie.time.DateFields.Weekday;

/**
 * Finds the publication date that an article states in its own text, near the top.
 *
 * <p>Only full dates (day, month and year) that start within the first
 * {@link Options#windowChars()} characters count, and the context must mark them as the
 * article's own date. The rules, strongest first ({@link Rule}):
 * <ol>
 *   <li>{@code MARKER_PUBLISHED}: after "Published", "Posted", "publication date:", or a
 *       line-initial "Date:" / "date" ("Posted: Jan 5, 2016", "date 2020-03-16");</li>
 *   <li>{@code WIRE_DATELINE}: "LIMA, 10 JAN 90 (EFE) --", a place, a comma, the date, an
 *       optional source in brackets and a dash;</li>
 *   <li>{@code PAREN_DATELINE}: "INDIANAPOLIS, Ind. (December 3, 2015) --";</li>
 *   <li>{@code DATE_BEFORE_DATELINE}: "December 5, 2015 NEW YORK (AP) --", "March 11, 2020 --
 *       BAGHDAD, ...";</li>
 *   <li>{@code MARKER_UPDATED}: "Updated 10:42 PM ET, Sun December 13, 2015", later than the
 *       first publication, so weaker than "Posted";</li>
 *   <li>{@code HEADER_LINE}: a line holding nothing but the date (and perhaps a time), such as
 *       a "09-03-2020" byline header, or a short line where the date is a field between
 *       separators ("By Jane Doe | March 9, 2020");</li>
 *   <li>{@code DATE_WITH_TIME}: "December 13, 2015 at 4:15 PM", a timestamp;</li>
 *   <li>{@code ISO_NEAR_TOP}: "2020-03-16" anywhere in the window;</li>
 *   <li>{@code FIRST_FULL_DATE}: any full date in the window; off by default, because in local
 *       news the first full date is as often the incident's as the article's.</li>
 * </ol>
 * An all-numeric date such as "09-03-2020" can be 9 March or September 3. When
 * {@link Options#useContext()} is on, both readings are scored against the article's other
 * dates: weekdays said without a modifier are nearly always the publication day or the day
 * before, and month-day dates usually fall in the days before publication; the reading with the
 * higher score wins ({@link Disambiguation#CONTEXT}). On a tie the configured default order
 * applies ({@link Disambiguation#DEFAULT}): day first for hyphens and dots, month first for
 * slashes, unless set otherwise.
 *
 * <p>Stateless and thread-safe; see {@link DateExpressionFinder} for two-digit years.
 */
public final class DocumentDateFinder {

    /** Which context made a date the document date; declared strongest first. */
    public enum Rule {
        MARKER_PUBLISHED, WIRE_DATELINE, PAREN_DATELINE, DATE_BEFORE_DATELINE, MARKER_UPDATED,
        HEADER_LINE, DATE_WITH_TIME, ISO_NEAR_TOP, FIRST_FULL_DATE
    }

    /** How the order of an all-numeric date was decided. */
    public enum Disambiguation {
        /** The date was not ambiguous. */
        NONE,
        /** The article's other dates favoured one reading. */
        CONTEXT,
        /** No evidence either way: the configured default order. */
        DEFAULT
    }

    /**
     * The article's own date as found in its text.
     *
     * @param date           the publication day
     * @param start          UTF-16 offset of the date's words
     * @param end            offset after them
     * @param text           the words
     * @param rule           the rule that fired
     * @param disambiguation how an all-numeric date's order was decided
     */
    public record DocumentDate(LocalDate date, int start, int end, String text, Rule rule,
                               Disambiguation disambiguation) {
        public DocumentDate {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(disambiguation, "disambiguation");
        }
    }

    /**
     * Options.
     *
     * @param windowChars       only dates starting before this offset are considered
     * @param slashOrder        default order of an ambiguous "a/b/yyyy"
     * @param dashOrder         default order of an ambiguous "a-b-yyyy" / "a.b.yyyy"
     * @param useContext        decide ambiguous numeric dates from the article's other dates
     * @param firstFullDate     fall back to the first full date in the window ({@link Rule#FIRST_FULL_DATE})
     * @param twoDigitYearPivot see {@link DateExpressionFinder#expandTwoDigitYear}
     */
    public record Options(int windowChars, NumericOrder slashOrder, NumericOrder dashOrder, boolean useContext,
                          boolean firstFullDate, int twoDigitYearPivot) {
        public static final Options DEFAULT =
                new Options(600, NumericOrder.MONTH_FIRST, NumericOrder.DAY_FIRST, true, false, 30);

        public Options {
            if (windowChars < 1) {
                throw new IllegalArgumentException("windowChars must be positive: " + windowChars);
            }
            Objects.requireNonNull(slashOrder, "slashOrder");
            Objects.requireNonNull(dashOrder, "dashOrder");
        }

        public Options withFirstFullDate(boolean on) {
            return new Options(windowChars, slashOrder, dashOrder, useContext, on, twoDigitYearPivot);
        }

        public Options withUseContext(boolean on) {
            return new Options(windowChars, slashOrder, dashOrder, on, firstFullDate, twoDigitYearPivot);
        }

        public Options withDefaultOrder(NumericOrder slash, NumericOrder dash) {
            return new Options(windowChars, slash, dash, useContext, firstFullDate, twoDigitYearPivot);
        }

        public Options withWindowChars(int chars) {
            return new Options(chars, slashOrder, dashOrder, useContext, firstFullDate, twoDigitYearPivot);
        }
    }

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:[\\s\\u00a0]*[ap]\\.?[\\s\\u00a0]?m\\.?)?"
            + "(?:[\\s\\u00a0]*\\(?\\b(?:[ECMP][SD]?T|GMT|UTC|AST)\\b\\)?)?";
    private static final Pattern MARKER = Pattern.compile(
            "(?<marker>publication[\\s\\u00a0]+date|date[\\s\\u00a0]+published|first[\\s\\u00a0]+published"
                    + "|last[\\s\\u00a0]+updated|last[\\s\\u00a0]+modified|published|posted|updated|dated|date)"
                    + "(?<colon>[\\s\\u00a0]*:)?[\\s\\u00a0]*(?:on[\\s\\u00a0]+|at[\\s\\u00a0]+)?"
                    + "(?:" + TIME + ")?[\\s\\u00a0,|:\\-\\u2013\\u2014]*(?:on[\\s\\u00a0]+)?$", F);
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "^[\\s\\u00a0]*\\p{L}[\\p{L} .'\\u2019()-]{0,50},[\\s\\u00a0]*$", F);
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "^[\\s\\u00a0]*(?:\\([^)\\n]{1,60}\\))?[\\s\\u00a0]*(?:--|\\u2013|\\u2014)", F);
    private static final Pattern PAREN_BEFORE = Pattern.compile("\\p{L}\\.?,?[\\s\\u00a0]*\\([\\s\\u00a0]*$", F);
    private static final Pattern PAREN_AFTER = Pattern.compile(
            "^[\\s\\u00a0]*\\)[\\s\\u00a0]*(?:-{1,2}|\\u2013|\\u2014|\\u2015)", F);
    /** Case-sensitive: the capitalised place of a dateline after the date. */
    private static final Pattern CAPS_DATELINE_AFTER = Pattern.compile(
            "^[\\s\\u00a0]*\\p{Lu}{2,}[\\p{Lu} .'\\u2019-]*(?:,[\\s\\u00a0]*[\\p{L}.]{2,}(?:[\\s\\u00a0][\\p{L}.]{2,})?)?"
                    + "[\\s\\u00a0]*(?:\\([^)\\n]{1,40}\\))?[\\s\\u00a0]*(?:--|-|\\u2013|\\u2014|\\?{2,3})"
                    + "|^[\\s\\u00a0]*(?:--|\\u2013|\\u2014)[\\s\\u00a0]*\\p{Lu}{2,}[\\p{Lu} .'\\u2019-]*(?:[,(]|[\\s\\u00a0]*$)");
    private static final Pattern HEADER_AFTER = Pattern.compile(
            "^[\\s\\u00a0]*(?:[|,\\-\\u2013\\u2014]?[\\s\\u00a0]*(?:at[\\s\\u00a0]+)?" + TIME + ")?[\\s\\u00a0|]*$", F);
    private static final Pattern HEADER_BEFORE = Pattern.compile("^[\\s\\u00a0|\\-\\u2013\\u2014]*$");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^[\\s\\u00a0]*(?:at|,|-|\\u2013|/|\\|)?[\\s\\u00a0]*\\d{1,2}[:.]\\d{2}[\\s\\u00a0]*[ap]\\.?[\\s\\u00a0]?m\\.?", F);
    /** A short header line where the date is one field among others: "By Jane Doe | March 9, 2020". */
    private static final Pattern FIELD_SEPARATOR_BEFORE = Pattern.compile("[|\\u2022\\u00b7][\\s\\u00a0]*$");
    private static final Pattern FIELD_SEPARATOR_AFTER = Pattern.compile("^[\\s\\u00a0]*(?:[|\\u2022\\u00b7]|$)");
    private static final int SHORT_LINE = 120;
    /** Characters scanned past the window so that a date starting inside it is read whole. */
    private static final int WINDOW_MARGIN = 200;

    private final Options options;
    private final DateExpressionFinder finder;

    public DocumentDateFinder() {
        this(Options.DEFAULT);
    }

    public DocumentDateFinder(Options options) {
        this(TimeLexicon.defaultLexicon(), options);
    }

    public DocumentDateFinder(TimeLexicon lexicon, Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.finder = new DateExpressionFinder(lexicon, new DateExpressionFinder.Options(
                options.twoDigitYearPivot(), options.slashOrder(), options.dashOrder()));
    }

    public Options options() {
        return options;
    }

    /** The article's date, from the strongest rule that fires (earliest on a tie). */
    public Optional<DocumentDate> find(String text) {
        List<DocumentDate> all = candidates(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every full date in the window that some rule marks as the article's, best first. */
    public List<DocumentDate> candidates(String text) {
        Objects.requireNonNull(text, "text");
        // Scan only the top (with a margin so no expression is cut); the whole text is read
        // only when an ambiguous numeric date needs the article's other dates as context.
        int cut = Math.min(text.length(), options.windowChars() + WINDOW_MARGIN);
        List<DateExpression> head = finder.find(cut == text.length() ? text : text.substring(0, cut));
        Supplier<List<DateExpression>> whole = cut == text.length() ? () -> head : new Supplier<>() {
            private List<DateExpression> all; // per call, never shared

            @Override
            public List<DateExpression> get() {
                if (all == null) {
                    all = finder.find(text);
                }
                return all;
            }
        };
        return candidates(text, head, whole);
    }

    /**
     * As {@link #candidates(String)}, reusing expressions already found in the whole text by a
     * finder with the same options (saves a second scan when the caller needs them anyway).
     */
    public List<DocumentDate> candidates(String text, List<DateExpression> expressions) {
        Objects.requireNonNull(text, "text");
        return candidates(text, expressions, () -> expressions);
    }

    private List<DocumentDate> candidates(String text, List<DateExpression> expressions,
                                          Supplier<List<DateExpression>> context) {
        List<DocumentDate> out = new ArrayList<>();
        for (DateExpression e : expressions) {
            if (e.start() >= options.windowChars()) {
                break;
            }
            if (!(e.fields() instanceof CalendarDate d) || d.year() == null) {
                continue;
            }
            Rule rule = ruleFor(text, e);
            if (rule == null) {
                continue;
            }
            LocalDate date;
            Disambiguation dis = Disambiguation.NONE;
            if (d.ambiguousOrder()) {
                Reading r = decideOrder(e, d, context.get());
                date = r.date;
                dis = r.how;
            } else {
                date = LocalDate.of(d.year(), d.month(), d.day());
            }
            out.add(new DocumentDate(date, e.start(), e.end(), e.text(), rule, dis));
        }
        out.sort(Comparator.comparing(DocumentDate::rule).thenComparingInt(DocumentDate::start));
        return List.copyOf(out);
    }

    private Rule ruleFor(String text, DateExpression e) {
        // The date's own words, minus a leading preposition the finder took ("on Jan 5").
        int start = e.start();
        if (e.preposition() != null) {
            start += e.preposition().length();
            while (start < e.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', e.end());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String before = text.substring(Math.max(lineStart, start - 80), start);
        String lineBefore = text.substring(lineStart, start);
        String after = text.substring(e.end(), Math.min(lineEnd, e.end() + 80));

        var marker = MARKER.matcher(before);
        if (marker.find()) {
            String word = marker.group("marker").toLowerCase(Locale.ROOT);
            // A bare "date" / "dated" counts only at the start of a line ("date 2020-03-16",
            // "Date: ..."): in running text "Date: 1/3/2016" is more often a log entry's field.
            boolean plainDate = word.equals("date") || word.equals("dated");
            boolean lineInitial = HEADER_BEFORE.matcher(before.substring(0, marker.start())).matches()
                    && lineBefore.length() == before.length();
            if (!plainDate || lineInitial) {
                return word.contains("updated") || word.contains("modified") ? Rule.MARKER_UPDATED : Rule.MARKER_PUBLISHED;
            }
        }
        if (DATELINE_PLACE.matcher(lineBefore).matches() && DATELINE_AFTER.matcher(after).find()) {
            return Rule.WIRE_DATELINE;
        }
        if (PAREN_BEFORE.matcher(before).find() && PAREN_AFTER.matcher(after).find()) {
            return Rule.PAREN_DATELINE;
        }
        if (CAPS_DATELINE_AFTER.matcher(after).find()) {
            return Rule.DATE_BEFORE_DATELINE;
        }
        String restOfLine = text.substring(e.end(), lineEnd);
        if (HEADER_BEFORE.matcher(lineBefore).matches() && HEADER_AFTER.matcher(restOfLine).matches()) {
            return Rule.HEADER_LINE;
        }
        if (lineEnd - lineStart <= SHORT_LINE && FIELD_SEPARATOR_BEFORE.matcher(lineBefore).find()
                && FIELD_SEPARATOR_AFTER.matcher(restOfLine).find()) {
            return Rule.HEADER_LINE;
        }
        if (TIME_AFTER.matcher(after).find()) {
            return Rule.DATE_WITH_TIME;
        }
        if ("iso".equals(e.rule())) {
            return Rule.ISO_NEAR_TOP;
        }
        return options.firstFullDate() ? Rule.FIRST_FULL_DATE : null;
    }

    private record Reading(LocalDate date, Disambiguation how) {}

    private Reading decideOrder(DateExpression chosen, CalendarDate asRead, List<DateExpression> all) {
        // asRead is in the finder's default order for its separator, which is this finder's default.
        LocalDate byDefault = LocalDate.of(asRead.year(), asRead.month(), asRead.day());
        LocalDate other;
        try {
            other = LocalDate.of(asRead.year(), asRead.day(), asRead.month());
        } catch (DateTimeException e) {
            return new Reading(byDefault, Disambiguation.NONE);
        }
        if (!options.useContext()) {
            return new Reading(byDefault, Disambiguation.DEFAULT);
        }
        double a = contextScore(byDefault, chosen, all);
        double b = contextScore(other, chosen, all);
        if (b > a) {
            return new Reading(other, Disambiguation.CONTEXT);
        }
        return new Reading(byDefault, a > b ? Disambiguation.CONTEXT : Disambiguation.DEFAULT);
    }

    /**
     * How well the article's other dates fit a publication date: weekdays named without a
     * modifier are mostly the same day or the day before; month-day dates mostly fall in the
     * week (or month) before; a dated day after publication is unlikely for a report.
     */
    static double contextScore(LocalDate doc, DateExpression chosen, List<DateExpression> all) {
        double score = 0;
        for (DateExpression e : all) {
            if (e == chosen || e.start() == chosen.start()) {
                continue;
            }
            DateFields f = e.fields();
            if (f instanceof Weekday w && w.modifier() != Modifier.NEXT) {
                int back = Math.floorMod(doc.getDayOfWeek().getValue() - w.weekday().getValue(), 7);
                score += back <= 1 ? 1.0 : back <= 3 ? 0.25 : 0;
            } else if (f instanceof CalendarDate d && !d.ambiguousOrder()) {
                if (d.weekday() != null && d.year() != null) {
                    continue;
                }
                LocalDate date = nearestPast(d, doc);
                if (date == null) {
                    continue;
                }
                long diff = ChronoUnit.DAYS.between(date, doc);
                score += diff >= 0 && diff <= 7 ? 1.0 : diff >= 0 && diff <= 31 ? 0.5 : diff < -1 && d.year() != null ? -0.5 : 0;
            } else if (f instanceof MonthRef m && m.year() == null) {
                int back = Math.floorMod(doc.getMonthValue() - m.month(), 12);
                score += back == 0 ? 0.5 : back == 1 ? 0.25 : 0;
            }
        }
        return score;
    }

    private static LocalDate nearestPast(CalendarDate d, LocalDate doc) {
        try {
            if (d.year() != null) {
                return LocalDate.of(d.year(), d.month(), d.day());
            }
            LocalDate thisYear = LocalDate.of(doc.getYear(), d.month(), d.day());
            return thisYear.isAfter(doc) ? thisYear.minusYears(1) : thisYear;
        } catch (DateTimeException e) {
            return null; // Feb 29 against a common year
        }
    }
}

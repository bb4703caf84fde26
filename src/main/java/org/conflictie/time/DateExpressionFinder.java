package org.conflictie.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictie.time.DateFields.Anaphoric;
import org.conflictie.time.DateFields.CalendarDate;
import org.conflictie.time.DateFields.Duration;
import org.conflictie.time.DateFields.Holiday;
import org.conflictie.time.DateFields.Modifier;
import org.conflictie.time.DateFields.MonthRef;
import org.conflictie.time.DateFields.PartOfDay;
import org.conflictie.time.DateFields.Qualifier;
import org.conflictie.time.DateFields.Range;
import org.conflictie.time.DateFields.Recurring;
import org.conflictie.time.DateFields.RelativeDay;
import org.conflictie.time.DateFields.RelativePeriod;
import org.conflictie.time.DateFields.Season;
import org.conflictie.time.DateFields.Unit;
import org.conflictie.time.DateFields.Weekday;
import org.conflictie.time.DateFields.YearRef;

/**
 * Finds every date-like expression in raw text, with UTF-16 offsets, and parses it into
 * {@link DateFields} without resolving it (see {@link DateResolver}).
 *
 * <p>Matching is case-insensitive, so ALL-CAPS wire copy ("10 JAN 90", "LAST NIGHT") works the
 * same as mixed case. The words come from {@link TimeLexicon}; the shapes are the regular
 * expressions below. Every pattern proposes candidates; the longest non-overlapping ones win
 * (ties: earlier start, then rule order), so "on Sunday, Dec. 25" is one date and not a
 * weekday plus a date. A last pass joins "from X to Y" / "between X and Y" into ranges.
 *
 * <p>Guards against false dates: month abbreviations ("Jan.", "SEPT") and weekday abbreviations
 * ("Sun") only count next to a day or year; a month name alone needs a preposition, qualifier,
 * modifier or year ("in May", "late February", "December 2017"), so the verb "may" and the noun
 * "march" are not months; a bare year needs a preposition ("in 2014"); impossible days
 * ("Feb 30", "April 31") are dropped; ages ("30-year-old") are no durations.
 *
 * <p>Two-digit years ("10 JAN 90", "3/14/16") are expanded with a pivot: {@code yy >= pivot}
 * gives 19yy, else 20yy (default pivot 30: "90" is 1990, "16" is 2016, "29" is 2029). They are
 * accepted only after a month in three letters ("10 JAN 90", "18 MAY 90", as in wire datelines), with an
 * apostrophe ("Dec. 25, '15") or in a slashed numeric date, because "10 January 15 people" is
 * more often a count than a year.
 *
 * <p>An all-numeric date whose first two numbers are both at most 12 is read in the
 * {@link Options} order (by default month first with slashes, as in US "3/14/2016", and day
 * first with hyphens or dots, as in "09-03-2020") and flagged
 * {@link CalendarDate#ambiguousOrder()}; {@link DocumentDateFinder} decides such headers from
 * context.
 *
 * <p>Immutable and thread-safe: the patterns are compiled once per instance and no state is kept
 * between calls, so the result for a text never depends on earlier calls.
 */
public final class DateExpressionFinder {

    /**
     * Reading options.
     *
     * @param twoDigitYearPivot two-digit years at or above it are 19xx, below it 20xx
     * @param slashOrder        order of an ambiguous "a/b/yyyy"
     * @param dashOrder         order of an ambiguous "a-b-yyyy" or "a.b.yyyy"
     */
    public record Options(int twoDigitYearPivot, NumericOrder slashOrder, NumericOrder dashOrder) {
        public static final Options DEFAULT = new Options(30, NumericOrder.MONTH_FIRST, NumericOrder.DAY_FIRST);

        public Options {
            if (twoDigitYearPivot < 0 || twoDigitYearPivot > 100) {
                throw new IllegalArgumentException("pivot must be 0-100: " + twoDigitYearPivot);
            }
            Objects.requireNonNull(slashOrder, "slashOrder");
            Objects.requireNonNull(dashOrder, "dashOrder");
        }
    }

    /** Expands a two-digit year: {@code yy >= pivot} gives 19yy, else 20yy. */
    public static int expandTwoDigitYear(int yy, int pivot) {
        if (yy < 0 || yy > 99) {
            throw new IllegalArgumentException("not a two-digit year: " + yy);
        }
        return yy >= pivot ? 1900 + yy : 2000 + yy;
    }

    // White space with at most one line break (an expression never spans a blank line), and word edges.
    private static final String S = TimeLexicon.SPACE_REGEX;
    private static final String S0 = "[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?";
    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";
    private static final String YEAR4 = "(?:1[89]|20)\\d\\d";
    private static final String DASH = "(?:-|\\u2013|\\u2014)";
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0\\r]*\\n");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)[\\s\\u00a0]+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^[\\s\\u00a0]+([\\p{L}]+)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NAME_AFTER = Pattern.compile("^ \\p{Lu}\\p{Ll}+");

    private final TimeLexicon lex;
    private final Options options;
    private final List<Rule> rules;
    private final Pattern rangeConnector;
    private final Pattern bareMonth;

    /** A finder on the shipped word list with default options. */
    public DateExpressionFinder() {
        this(TimeLexicon.defaultLexicon(), Options.DEFAULT);
    }

    public DateExpressionFinder(Options options) {
        this(TimeLexicon.defaultLexicon(), options);
    }

    public DateExpressionFinder(TimeLexicon lexicon, Options options) {
        this.lex = Objects.requireNonNull(lexicon, "lexicon");
        this.options = Objects.requireNonNull(options, "options");
        this.rules = List.copyOf(buildRules());
        this.rangeConnector = Pattern.compile("^" + S0 + "(?:" + DASH + "|to|until|till|through|thru|and)" + S0,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.bareMonth = compile("(?<mon>" + lex.alternation("month") + ")(?:,?" + S + "(?<year>" + YEAR4 + "))?" + R);
    }

    public Options options() {
        return options;
    }

    /** The ids of the patterns, as found expressions report them (ranges add {@code range+}). */
    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    public TimeLexicon lexicon() {
        return lex;
    }

    /** All date expressions in the text, in text order, none overlapping. */
    public List<DateExpression> find(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        List<Candidate> all = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(s);
            while (m.find()) {
                Candidate c = rule.builder.build(m, s);
                if (c != null && c.end > c.start && !BLANK_LINE.matcher(s.substring(c.start, c.end)).find()) {
                    all.add(c.withRule(rule.id, rule.priority));
                }
            }
        }
        // Longest first; ties by start, then rule order. Deterministic for a given text.
        all.sort(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.priority));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : all) {
            boolean free = true;
            for (Candidate d : chosen) {
                if (c.start < d.end && d.start < c.end) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        List<DateExpression> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            Candidate joined = joinRange(s, c, i + 1 < chosen.size() ? chosen.get(i + 1) : null);
            if (joined != null) {
                if (joined.end > c.end && i + 1 < chosen.size() && chosen.get(i + 1).start < joined.end) {
                    i++; // the second half was merged
                }
                c = joined;
            }
            out.add(new DateExpression(s.substring(c.start, c.end), c.start, c.end, c.fields, c.preposition, c.rule));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------------------------------
    // Ranges "from X to Y", "between X and Y"

    /**
     * Joins "from X to Y" and "between X and Y"; without "from", only two dates of the same shape
     * joined by "to", "through" or a dash ("October 1 to December 31", "Monday - Friday"), and
     * "X until Y" where the finder already read "until Y" as an open range.
     */
    private Candidate joinRange(String s, Candidate first, Candidate next) {
        if (!DateExpression.Kind.of(first.fields).isIncidentCandidate()) {
            return null;
        }
        boolean opened = "from".equals(first.preposition) || "between".equals(first.preposition);
        if (!opened && first.preposition != null && !"on".equals(first.preposition)) {
            return null;
        }
        if (!opened && next != null && next.fields instanceof Range r && r.from() == null && r.to() != null
                && next.start > first.end && s.substring(first.end, next.start).isBlank()
                && r.to().getClass() == first.fields.getClass()) {
            return new Candidate(first.start, next.end, new Range(first.fields, r.to()),
                    first.preposition, "range+" + first.rule, first.priority);
        }
        Matcher conn = rangeConnector.matcher(s).region(first.end, s.length());
        if (!conn.lookingAt()) {
            return null;
        }
        String word = conn.group().trim().toLowerCase(Locale.ROOT);
        if (word.equals("and") != "between".equals(first.preposition)) {
            return null; // "between X and Y", "from X to Y"; not "from X and Y"
        }
        int at = conn.end();
        if (next != null && next.start == at && next.preposition == null
                && DateExpression.Kind.of(next.fields).isIncidentCandidate()
                && (opened || next.fields.getClass() == first.fields.getClass())) {
            return new Candidate(first.start, next.end, new Range(first.fields, next.fields),
                    first.preposition, "range+" + first.rule, first.priority);
        }
        if (opened && (next == null || next.start >= at)) {
            Matcher m = bareMonth.matcher(s).region(at, s.length());
            if (m.lookingAt() && (next == null || next.start >= m.end())) {
                MonthRef to = new MonthRef(lex.intValue("month", m.group("mon")).orElseThrow(),
                        m.group("year") == null ? null : Integer.valueOf(m.group("year")), Modifier.NONE, null);
                return new Candidate(first.start, m.end(), new Range(first.fields, to),
                        first.preposition, "range+" + first.rule, first.priority);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // Rules

    private record Candidate(int start, int end, DateFields fields, String preposition, String rule, int priority) {
        Candidate(int start, int end, DateFields fields, String preposition) {
            this(start, end, fields, preposition, null, 0);
        }

        Candidate withRule(String id, int prio) {
            return new Candidate(start, end, fields, preposition, id, prio);
        }
    }

    @FunctionalInterface
    private interface Builder {
        /** A candidate for the match, or null to reject it. */
        Candidate build(Matcher m, String text);
    }

    private record Rule(String id, Pattern pattern, int priority, Builder builder) {}

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private List<Rule> buildRules() {
        String months = lex.alternation("month", "month_abbr");
        String monthsFull = lex.alternation("month");
        String monthsAbbr = lex.alternation("month_abbr");
        String weekdays = lex.alternation("weekday");
        String weekdaysAny = lex.alternation("weekday", "weekday_abbr");
        String ordinals = lex.alternation("ordinal");
        String pods = lex.alternation("part_of_day");
        String numbers = lex.alternation("number");
        String vague = lex.alternation("vague_number");
        String approx = lex.alternation("approx");
        String units = lex.alternation("unit");
        String monthQuals = lex.alternation("month_qualifier");
        String seasons = lex.alternation("season");

        String day = "(?:(?<day>[0-3]?\\d)(?:st|nd|rd|th)?|(?<dayw>" + ordinals + "))" + R;
        String preDay = "(?:(?<pre>on|since|until|till|by|before|after|from|through|between)" + S + ")?";
        String podOf = "(?:(?:the" + S + ")?(?<podof>" + pods + ")" + S + "of" + S + ")?";
        String wdOpt = "(?:(?<wd>" + weekdaysAny + "),?" + S + ")?";
        String prePeriod = "(?<pre>in|during|since|until|till|by|before|after|from|of|throughout|through|between|as" + S + "of)";
        String amount = "(?:(?<approx>" + approx + ")" + S + ")?(?:(?<n>\\d{1,3}|" + numbers + ")|(?<vague>" + vague + "))";

        List<Rule> list = new ArrayList<>();
        int p = 0;
        // Numeric dates first: they are unambiguous shapes.
        list.add(new Rule("iso", compile(L + "(?<![\\d][-/.])" + preDay
                + "(?<y>" + YEAR4 + ")(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:(?=T\\d)|(?![\\p{L}\\p{N}]|[-/.]\\d))"),
                p++, this::iso));
        list.add(new Rule("numeric", compile(L + "(?<![\\d][-/.])" + preDay
                + "(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[-/.]\\d)"),
                p++, this::numeric));
        list.add(new Rule("month-day", compile(L + preDay + podOf + wdOpt
                + "(?<mon>" + months + ")" + R + S0 + day
                + "(?:(?:,?" + S0 + "(?<year>" + YEAR4 + ")|,?" + S + "['\u2019](?<yq>\\d{2}))" + R + ")?"),
                p++, this::monthDay));
        list.add(new Rule("day-month", compile(L + preDay + podOf + wdOpt + "(?:the" + S + ")?" + day
                + "(?:" + S + "(?:day" + S + ")?of)?" + S + "(?<mon>" + months + ")" + R
                + "(?:(?:,?" + S + "(?<year>" + YEAR4 + ")|" + S + "(?<y2>\\d{2}))" + R + ")?"),
                p++, this::dayMonth));
        list.add(new Rule("day-range", compile(L + preDay + "(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?" + S0
                + "(?<conn>" + DASH + "|to|and|until|through)" + S0 + "(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?"
                + S + "(?:of" + S + ")?(?<mon>" + months + ")" + R + "(?:,?" + S + "(?<year>" + YEAR4 + ")" + R + ")?"),
                p++, this::dayRange));
        list.add(new Rule("month-day-range", compile(L + preDay + "(?<mon>" + months + ")" + R + S0
                + "(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?" + S0 + "(?<conn>" + DASH + "|to|and|until|through)" + S0
                + "(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?" + R + "(?:,?" + S0 + "(?<year>" + YEAR4 + ")" + R + ")?"),
                p++, this::dayRange));
        list.add(new Rule("holiday", compile(L + preDay + "(?<hol>" + lex.alternation("holiday") + ")"
                + "(?:,?" + S + "(?<year>" + YEAR4 + "))?" + R), p++, this::holiday));
        list.add(new Rule("weekday", compile(L + preDay
                + "(?:(?<rec>" + lex.alternation("recurring") + ")" + S + ")?"
                + "(?:(?<mod>" + lex.alternation("weekday_modifier") + ")" + S + ")?"
                + "(?:(?<q>early|late)" + S + "(?:on" + S + ")?)?"
                + "(?:(?<pod0>overnight)" + S + ")?"
                + "(?<wd>" + weekdays + ")(?<pl>s)?"
                + "(?:['\u2019]s|" + S + "(?<pod>" + pods + ")(?:['\u2019]s)?)?" + R),
                p++, this::weekday));
        list.add(new Rule("relative-day", compile(L + "(?:(?<pre>since|until|till|by|before|after|from|through)" + S + ")?"
                + "(?:(?<q>early|late|earlier|later)" + S + ")?"
                + "(?<rel>" + lex.alternation("relative_day") + ")"
                + "(?:" + S + "(?<pod>" + pods + "))?(?:['\u2019]s)?" + R),
                p++, this::relativeDay));
        list.add(new Rule("ago", compile(L + amount + "(?:" + S + "|" + S0 + "-" + S0 + ")(?<unit>" + units + ")" + S
                + "(?<dir>ago|back|from" + S + "now|earlier|before|later|after|previously)" + R),
                p++, this::ago));
        list.add(new Rule("anaphoric", compile(L + "(?<ana>" + lex.alternation("anaphoric") + ")(?:['\u2019]s)?" + R),
                p++, this::anaphoric));
        list.add(new Rule("period", compile(L + "(?:(?<pre>since|until|till|by|before|after|from|through|in)" + S + ")?"
                + "(?:(?<q>early|late|earlier|later)" + S + ")?"
                + "(?<per>" + lex.alternation("period") + ")(?:['\u2019]s)?" + R),
                p++, this::period));
        list.add(new Rule("duration", compile(L + "(?:(?<pre>for|over|during|within|in|after|of|lasting)" + S + ")?"
                + "(?:the" + S + "(?<past>past|last|next|previous|coming|first|following)" + S + ")?"
                + amount + "(?:" + S + "|" + S0 + "-" + S0 + ")(?<unit>" + units + ")" + R
                + "(?![\\s\\u00a0-]*old" + R + ")"),
                p++, this::duration));
        list.add(new Rule("duration-past", compile(L + "(?:(?<pre>for|over|during|within|in)" + S + ")?"
                + "(?:the" + S + "(?<past>past|last|next|previous|coming|following)|(?<recent>recent))" + S
                + "(?<unit>" + units + ")" + R), p++, this::duration));
        list.add(new Rule("duration-for", compile(L + "(?<pre>for)" + S
                + "(?<unit>hours|days|weeks|months|years|decades)" + R), p++, this::duration));
        list.add(new Rule("month", compile(L + "(?:" + prePeriod + S + ")?"
                + "(?:(?<q>" + monthQuals + ")(?:" + S + "|" + S0 + "-" + S0 + "))?"
                + "(?:(?<mod>last|this|next|this" + S + "past|past)" + S + ")?"
                + "(?<mon>" + monthsFull + ")" + R + "(?:,?" + S + "(?:of" + S + ")?(?<year>" + YEAR4 + ")" + R + ")?"),
                p++, this::month));
        list.add(new Rule("month-abbr-year", compile(L + "(?:" + prePeriod + S + ")?(?<mon>" + monthsAbbr + ")" + R
                + ",?" + S0 + "(?<year>" + YEAR4 + ")" + R), p++, this::month));
        list.add(new Rule("year-range", compile(L + "(?:(?<pre>from|between)" + S + ")?(?<y1>(?:1[89]|20)\\d\\d)"
                + S0 + "(?<conn>" + DASH + "|to|and|until|through)" + S0 + "(?<y2>(?:1[89]|20)?\\d\\d)" + R),
                p++, this::yearRange));
        list.add(new Rule("year", compile(L + "(?:" + prePeriod + S + "(?:the" + S + ")?)?"
                + "(?:(?<q>" + monthQuals + ")(?:" + S + "|" + S0 + "-" + S0 + ")(?:of" + S + ")?)?"
                + "(?:(?<season>" + seasons + ")" + S + "(?:of" + S + ")?)?"
                + "(?<year>(?:1[89]|20)\\d\\d)" + R + "(?!['\u2019]s" + R + ")(?!" + S0 + "[-/\\u2013]" + S0 + "\\d)(?!" + S + "block" + R + ")"),
                p++, this::year));
        return list;
    }

    // ---------------------------------------------------------------------------------------
    // Builders

    private static String pre(Matcher m) {
        String p = groupOrNull(m, "pre");
        return p == null ? null : TimeLexicon.normalize(p);
    }

    /** Wraps "since X" and "until X" as open ranges; other prepositions keep the value. */
    private static DateFields withPreposition(String pre, DateFields f) {
        if ("since".equals(pre)) {
            return new Range(f, null);
        }
        if ("until".equals(pre) || "till".equals(pre) || "through".equals(pre)) {
            return new Range(null, f);
        }
        return f;
    }

    private Candidate candidate(Matcher m, DateFields f) {
        String pre = pre(m);
        return new Candidate(m.start(), m.end(), withPreposition(pre, f), pre);
    }

    private Integer dayOf(Matcher m) {
        if (m.group("day") != null) {
            return Integer.valueOf(m.group("day"));
        }
        return lex.intValue("ordinal", m.group("dayw")).orElse(null);
    }

    private DayOfWeek weekdayOf(String word) {
        if (word == null) {
            return null;
        }
        Integer v = lex.intValue("weekday", word).orElseGet(() -> lex.intValue("weekday_abbr", word).orElse(null));
        return v == null ? null : DayOfWeek.of(v);
    }

    private Integer monthOf(String word) {
        return lex.intValue("month", word).orElseGet(() -> lex.intValue("month_abbr", word).orElse(null));
    }

    private PartOfDay podOf(String word) {
        return word == null ? null : lex.value("part_of_day", word).map(PartOfDay::valueOf).orElse(null);
    }

    private Qualifier dayQualifier(String word) {
        return word == null ? null : lex.value("day_qualifier", word).map(Qualifier::valueOf).orElse(null);
    }

    /** Whether "may" here is the modal verb ("2 MAY BE DEAD"): the next word says so. */
    private boolean modalMay(String monthWord, String text, int after) {
        if (!"may".equals(TimeLexicon.normalize(monthWord))) {
            return false;
        }
        Matcher w = WORD_AFTER.matcher(text).region(after, Math.min(text.length(), after + 40));
        return w.lookingAt() && lex.contains("may_blocker", w.group(1));
    }

    /**
     * Whether a month name alone is a first name ("between April Ransom and ..."): in mixed-case
     * text, a capitalised month directly followed by another capitalised word.
     */
    private static boolean personName(String monthWord, String text, int after) {
        if (monthWord.length() < 2 || !Character.isUpperCase(monthWord.charAt(0))
                || !Character.isLowerCase(monthWord.charAt(1))) {
            return false;
        }
        Matcher w = NAME_AFTER.matcher(text).region(after, Math.min(text.length(), after + 40));
        return w.lookingAt();
    }

    /** A valid calendar date, or null ("Feb 30" is no date; Feb 29 needs a leap year when the year is given). */
    private static CalendarDate calendar(Integer year, Integer month, Integer day, DayOfWeek wd, PartOfDay pod,
                                         boolean twoDigit, boolean ambiguous) {
        if (month == null || day == null || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            if (year != null) {
                LocalDate.of(year, month, day);
            } else {
                MonthDay.of(month, day);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return new CalendarDate(year, month, day, wd, pod, twoDigit, ambiguous);
    }

    private Candidate iso(Matcher m, String text) {
        CalendarDate d = calendar(Integer.valueOf(m.group("y")), Integer.valueOf(m.group("m")),
                Integer.valueOf(m.group("d")), null, null, false, false);
        return d == null ? null : candidate(m, d);
    }

    private Candidate numeric(Matcher m, String text) {
        String sep = m.group("sep");
        String y = m.group("y");
        boolean twoDigit = y.length() == 2;
        if (twoDigit && !sep.equals("/")) {
            return null; // "12-10-15" is as often a score or code as a date
        }
        int year = twoDigit ? expandTwoDigitYear(Integer.parseInt(y), options.twoDigitYearPivot()) : Integer.parseInt(y);
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        NumericOrder order = sep.equals("/") ? options.slashOrder() : options.dashOrder();
        boolean ambiguous = a <= 12 && b <= 12 && a != b;
        if (a > 12) {
            order = NumericOrder.DAY_FIRST;
        } else if (b > 12) {
            order = NumericOrder.MONTH_FIRST;
        }
        int month = order == NumericOrder.MONTH_FIRST ? a : b;
        int day = order == NumericOrder.MONTH_FIRST ? b : a;
        CalendarDate d = calendar(year, month, day, null, null, twoDigit, ambiguous);
        return d == null ? null : candidate(m, d);
    }

    private Candidate monthDay(Matcher m, String text) {
        Integer year = null;
        boolean twoDigit = false;
        if (m.group("year") != null) {
            year = Integer.valueOf(m.group("year"));
        } else if (m.group("yq") != null) {
            year = expandTwoDigitYear(Integer.parseInt(m.group("yq")), options.twoDigitYearPivot());
            twoDigit = true;
        }
        CalendarDate d = calendar(year, monthOf(m.group("mon")), dayOf(m), weekdayOf(m.group("wd")),
                podOf(m.group("podof")), twoDigit, false);
        return d == null ? null : candidate(m, d);
    }

    private Candidate dayMonth(Matcher m, String text) {
        String mon = m.group("mon");
        if (modalMay(mon, text, m.end("mon"))) {
            return null;
        }
        Integer year = null;
        boolean twoDigit = false;
        int end = m.end();
        if (m.group("year") != null) {
            year = Integer.valueOf(m.group("year"));
        } else if (m.group("y2") != null) {
            // Wire datelines write short months in three letters: "10 JAN 90", "18 MAY 90".
            if (lex.contains("month_abbr", mon) || TimeLexicon.normalize(mon).length() <= 3) {
                year = expandTwoDigitYear(Integer.parseInt(m.group("y2")), options.twoDigitYearPivot());
                twoDigit = true;
            } else {
                end = m.end("mon"); // "10 January 15 people": the 15 is no year
            }
        }
        CalendarDate d = calendar(year, monthOf(mon), dayOf(m), weekdayOf(m.group("wd")),
                podOf(m.group("podof")), twoDigit, false);
        if (d == null) {
            return null;
        }
        String pre = pre(m);
        return new Candidate(m.start(), end, withPreposition(pre, d), pre);
    }

    private Candidate dayRange(Matcher m, String text) {
        String pre = pre(m);
        String conn = m.group("conn").toLowerCase(Locale.ROOT);
        if (conn.equals("and") && !"between".equals(pre)) {
            return null; // "March 8 and 15 people were killed"
        }
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        Integer month = monthOf(m.group("mon"));
        int d1 = Integer.parseInt(m.group("d1"));
        int d2 = Integer.parseInt(m.group("d2"));
        CalendarDate from = calendar(year, month, d1, null, null, false, false);
        CalendarDate to = calendar(year, month, d2, null, null, false, false);
        if (from == null || to == null || d1 >= d2) {
            return null;
        }
        return new Candidate(m.start(), m.end(), new Range(from, to), pre);
    }

    private Candidate holiday(Matcher m, String text) {
        String name = TimeLexicon.normalize(m.group("hol"));
        String[] v = lex.value("holiday", name).orElseThrow().split("-");
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        int month = Integer.parseInt(v[0]);
        Holiday h;
        if (v.length == 2) {
            h = new Holiday(name, month, Integer.parseInt(v[1]), 0, null, year);
        } else {
            int nth = v[1].equalsIgnoreCase("L") ? -1 : Integer.parseInt(v[1]);
            h = new Holiday(name, month, 0, nth, DayOfWeek.of(Integer.parseInt(v[2])), year);
        }
        return candidate(m, h);
    }

    private Candidate weekday(Matcher m, String text) {
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start());
        if (before.find() && lex.contains("weekday_blocker", before.group(1))) {
            return null; // "Easter Sunday", "Black Friday"
        }
        DayOfWeek wd = weekdayOf(m.group("wd"));
        Modifier mod = m.group("mod") == null ? Modifier.NONE
                : lex.value("weekday_modifier", m.group("mod")).map(Modifier::valueOf).orElse(Modifier.NONE);
        PartOfDay pod = m.group("pod") != null ? podOf(m.group("pod"))
                : m.group("pod0") != null ? PartOfDay.NIGHT : null;
        Weekday w = new Weekday(wd, mod, dayQualifier(m.group("q")), pod);
        if (m.group("rec") != null || m.group("pl") != null) {
            String pre = pre(m);
            return new Candidate(m.start(), m.end(), new Recurring(w), pre);
        }
        return candidate(m, w);
    }

    private Candidate relativeDay(Matcher m, String text) {
        String rel = TimeLexicon.normalize(m.group("rel"));
        int offset = lex.intValue("relative_day", rel).orElseThrow();
        Qualifier q = dayQualifier(m.group("q"));
        if (q == null && (rel.startsWith("early ") || rel.startsWith("earlier "))) {
            q = Qualifier.EARLY;
        } else if (q == null && rel.startsWith("late ")) {
            q = Qualifier.LATE;
        }
        PartOfDay pod = podOf(m.group("pod"));
        if (pod == null) {
            if (rel.endsWith("night") || rel.equals("tonight") || rel.equals("overnight")) {
                pod = PartOfDay.NIGHT;
            } else if (rel.endsWith("morning")) {
                pod = PartOfDay.MORNING;
            } else if (rel.endsWith("afternoon")) {
                pod = PartOfDay.AFTERNOON;
            } else if (rel.endsWith("evening")) {
                pod = PartOfDay.EVENING;
            }
        }
        return candidate(m, new RelativeDay(offset, q, pod));
    }

    private Integer amountOf(Matcher m) {
        String n = m.group("n");
        if (n == null) {
            return null;
        }
        return DIGITS.matcher(n).matches() ? Integer.valueOf(n) : lex.intValue("number", n).orElse(null);
    }

    private Unit unitOf(String word) {
        return Unit.valueOf(lex.value("unit", word).orElseThrow());
    }

    private Candidate ago(Matcher m, String text) {
        Integer n = amountOf(m);
        Unit unit = unitOf(m.group("unit"));
        String dir = TimeLexicon.normalize(m.group("dir"));
        if (n == null) {
            // "several days ago" names no day: a hedged length of time.
            return new Candidate(m.start(), m.end(), new Duration(null, unit, true), null);
        }
        int sign = switch (dir) {
            case "ago", "back", "earlier", "before", "previously" -> -1;
            default -> 1;
        };
        boolean fromDocument = dir.equals("ago") || dir.equals("back") || dir.equals("from now");
        if (!fromDocument) {
            return new Candidate(m.start(), m.end(), new Anaphoric(unit, sign * n, null, null), null);
        }
        // "about two weeks ago" is still the best single day the text gives, so a hedge is dropped.
        DateFields f = switch (unit) {
            case HOUR -> new RelativeDay(sign * (n / 24), null, null);
            case DAY -> new RelativeDay(sign * n, null, null);
            case WEEK -> new RelativeDay(sign * 7 * n, null, null);
            case MONTH -> new RelativePeriod(Unit.MONTH, sign * n, null);
            case YEAR -> new RelativePeriod(Unit.YEAR, sign * n, null);
            case DECADE -> new RelativePeriod(Unit.YEAR, sign * 10 * n, null);
            case WEEKEND -> new RelativePeriod(Unit.WEEKEND, sign * n, null);
        };
        return new Candidate(m.start(), m.end(), f, null);
    }

    private Candidate anaphoric(Matcher m, String text) {
        String phrase = TimeLexicon.normalize(m.group("ana"));
        int offset = lex.intValue("anaphoric", phrase).orElseThrow();
        PartOfDay pod = phrase.endsWith("night") ? PartOfDay.NIGHT
                : phrase.endsWith("morning") ? PartOfDay.MORNING
                : phrase.endsWith("evening") ? PartOfDay.EVENING
                : phrase.endsWith("afternoon") ? PartOfDay.AFTERNOON : null;
        return new Candidate(m.start(), m.end(), new Anaphoric(Unit.DAY, offset, null, pod), null);
    }

    private Candidate period(Matcher m, String text) {
        String per = TimeLexicon.normalize(m.group("per"));
        String[] v = lex.value("period", per).orElseThrow().split(":");
        Qualifier q = dayQualifier(m.group("q"));
        if (q == null && (per.startsWith("early ") || per.startsWith("earlier "))) {
            q = Qualifier.EARLY;
        } else if (q == null && per.startsWith("late ")) {
            q = Qualifier.LATE;
        }
        return candidate(m, new RelativePeriod(Unit.valueOf(v[0]), Integer.parseInt(v[1]), q));
    }

    private Candidate duration(Matcher m, String text) {
        // duration-past ("the past week", "in recent days") and duration-for ("for months") have
        // no amount: one unit, or an unknown number of them.
        Integer n = groupOrNull(m, "n") == null ? null : amountOf(m);
        boolean approximate = groupOrNull(m, "approx") != null || groupOrNull(m, "vague") != null
                || groupOrNull(m, "recent") != null || "for".equals(groupOrNull(m, "pre")) && n == null;
        if (n == null && groupOrNull(m, "past") != null && groupOrNull(m, "vague") == null) {
            n = 1;
        }
        String pre = pre(m);
        return new Candidate(m.start(), m.end(), new Duration(n, unitOf(m.group("unit")), approximate), pre);
    }

    private Candidate month(Matcher m, String text) {
        String pre = pre(m);
        String mon = m.group("mon");
        String q = groupOrNull(m, "q");
        String mod = groupOrNull(m, "mod");
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        if (pre == null && q == null && mod == null && year == null) {
            return null; // a month name alone: "March" the noun, "may" the verb
        }
        if (year == null && (modalMay(mon, text, m.end("mon")) || personName(mon, text, m.end("mon")))) {
            return null;
        }
        Qualifier qual = q == null ? null : lex.value("month_qualifier", q).map(Qualifier::valueOf).orElse(null);
        Modifier modifier = mod == null ? Modifier.NONE
                : lex.value("weekday_modifier", mod).map(Modifier::valueOf).orElse(Modifier.NONE);
        return candidate(m, new MonthRef(monthOf(mon), year, modifier, qual));
    }

    private static String groupOrNull(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private Candidate yearRange(Matcher m, String text) {
        String pre = pre(m);
        String conn = m.group("conn").toLowerCase(Locale.ROOT);
        boolean dash = !Character.isLetter(conn.charAt(0));
        if (pre == null && !dash) {
            return null; // "2014 to 2016" without from/between is too often two counts
        }
        if (conn.equals("and") != "between".equals(pre)) {
            return null;
        }
        int y1 = Integer.parseInt(m.group("y1"));
        String s2 = m.group("y2");
        int y2 = s2.length() == 2 ? (y1 / 100) * 100 + Integer.parseInt(s2) : Integer.parseInt(s2);
        if (y2 <= y1) {
            return null;
        }
        return new Candidate(m.start(), m.end(), new Range(new YearRef(y1, null, null), new YearRef(y2, null, null)), pre);
    }

    private Candidate year(Matcher m, String text) {
        String pre = pre(m);
        String q = m.group("q");
        String season = m.group("season");
        if (pre == null && q == null && season == null) {
            return null; // a bare number that looks like a year: "the 2003 invasion", "2016 Nexstar"
        }
        Qualifier qual = q == null ? null : lex.value("month_qualifier", q).map(Qualifier::valueOf).orElse(null);
        Season s = season == null ? null : lex.value("season", season).map(Season::valueOf).orElse(null);
        return candidate(m, new YearRef(Integer.parseInt(m.group("year")), qual, s));
    }
}

package org.conflictie.api;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.conflictie.format.Table;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.score.ComparisonReport;
import org.conflictie.score.ReportTables;
import org.conflictie.score.ScoreReport;

/**
 * Events and reports as tables for notebooks and programs; render with {@link Table#toHtml()},
 * {@link Table#toMarkdown()} or {@code toString()}:
 *
 * <pre>{@code
 * display(Tables.events(extractor.extract(text, "2024-03-02")).toHtml(), "text/html");   // JJava
 * System.out.println(Tables.score(report));                                               // JShell
 * }</pre>
 *
 * One row per event: subtype, date, place (name, admin1, country), attackers, targets, one column
 * per casualty outcome (each figure as {@code count (group)}, {@code ?} when the article gives no
 * number) and the trigger words.
 */
public final class Tables {
    private static final String[] EVENT_COLUMNS = {"id", "subtype", "date", "place", "attacker", "target",
            "killed", "injured", "captured", "missing", "trigger"};

    private Tables() {}

    /** The events of one article. */
    public static Table events(List<Event> events) {
        Table.Builder b = Table.builder(EVENT_COLUMNS);
        for (Event e : events) b.row(eventCells(e));
        return b.build();
    }

    /** The events of many articles, with a {@code doc_id} column; an article without events has no row. */
    public static Table documents(Collection<EventDocument> documents) {
        String[] columns = new String[EVENT_COLUMNS.length + 1];
        columns[0] = "doc_id";
        System.arraycopy(EVENT_COLUMNS, 0, columns, 1, EVENT_COLUMNS.length);
        Table.Builder b = Table.builder(columns);
        for (EventDocument d : documents) {
            for (Event e : d.events()) {
                Object[] cells = eventCells(e);
                Object[] row = new Object[cells.length + 1];
                row[0] = d.docId();
                System.arraycopy(cells, 0, row, 1, cells.length);
                b.row(row);
            }
        }
        return b.build();
    }

    /** The strict per-slot scores of a report (its {@code toHtml()} and {@code toMarkdown()} show every table). */
    public static Table score(ScoreReport report) {
        return ReportTables.slots(report.strict());
    }

    /** The per-slot F1 of two runs, their difference and its significance. */
    public static Table comparison(ComparisonReport report) {
        return ReportTables.comparison(report);
    }

    private static Object[] eventCells(Event e) {
        return new Object[] {e.id(), e.subtype() == null ? null : e.subtype().code(),
                e.date() == null ? null : e.date().value(), place(e.place()), names(e, Role.ATTACKER),
                names(e, Role.TARGET), casualties(e, Outcome.KILLED), casualties(e, Outcome.INJURED),
                casualties(e, Outcome.CAPTURED), casualties(e, Outcome.MISSING),
                e.trigger() == null ? null : e.trigger().text()};
    }

    private static String place(Place p) {
        if (p == null) return null;
        StringBuilder s = new StringBuilder(p.name());
        if (p.admin1() != null && !p.admin1().equals(p.name())) s.append(", ").append(p.admin1());
        if (p.country() != null) s.append(" (").append(p.country()).append(')');
        return s.toString();
    }

    private static String names(Event e, Role role) {
        return e.actors(role).stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    private static String casualties(Event e, Outcome outcome) {
        return e.casualties().stream().filter(c -> c.outcome() == outcome).map(Tables::figure)
                .collect(Collectors.joining("; "));
    }

    private static String figure(Casualty c) {
        String count = c.count() == null ? "?" : c.count().toString();
        return c.group() == null ? count : count + " (" + c.group() + ")";
    }
}

package org.conflictie.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.EventDate;
import org.conflictie.model.Place;

/** What counts as a value of each slot, the wordings a value may be matched by, and how it is shown. */
final class Values {
    private Values() {}

    /** The date's value, or null when the event has no date (a date object without a value counts as none). */
    static String date(EventDate d) {
        return d == null || isBlank(d.value()) ? null : d.value().trim();
    }

    /** The place, or null when it has neither a name nor a text (a bare country is a country, not a place). */
    static Place place(Place p) {
        return p == null || (isBlank(p.name()) && isBlank(p.text())) ? null : p;
    }

    /** The country code, upper-cased, or null. */
    static String country(Place p) {
        return p == null || isBlank(p.country()) ? null : p.country().trim().toUpperCase(Locale.ROOT);
    }

    /** A prediction is matched by its name or its text (the spec gives predictions no {@code alt}). */
    static Set<String> predictedWordings(Place p) {
        return Names.normalised(nonNull(p.name(), p.text()));
    }

    /** A gold place matches by its name, its text or any {@code alt}. */
    static Set<String> goldWordings(Place p) {
        List<String> all = nonNull(p.name(), p.text());
        all.addAll(p.alt());
        return Names.normalised(all);
    }

    static Set<String> predictedWordings(Actor a) {
        return Names.normalised(nonNull(a.name(), a.text()));
    }

    static Set<String> goldWordings(Actor a) {
        List<String> all = nonNull(a.name(), a.text());
        all.addAll(a.alt());
        return Names.normalised(all);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static Shown show(Place p) {
        String name = p.name() != null ? p.name() : p.text();
        return new Shown(name, p.text());
    }

    static Shown show(Actor a) {
        String name = a.name() != null ? a.name() : a.text();
        return new Shown(name, a.text());
    }

    static Shown show(EventDate d) {
        return new Shown(date(d), d.text());
    }

    /** e.g. {@code killed 14 (civilians) per the police}; the group and source only when given. */
    static Shown show(Casualty c, boolean withGroup) {
        StringBuilder s = new StringBuilder();
        s.append(c.outcome() == null ? "?" : c.outcome().code()).append(' ')
                .append(c.count() == null ? "(no count)" : c.count().toString());
        if (withGroup) s.append(" (").append(c.group() == null ? "no group" : c.group()).append(')');
        if (!isBlank(c.source())) s.append(" per ").append(c.source());
        return new Shown(s.toString(), c.text());
    }

    private static List<String> nonNull(String... strings) {
        List<String> out = new ArrayList<>(strings.length);
        for (String s : strings) {
            if (s != null) out.add(s);
        }
        return out;
    }
}

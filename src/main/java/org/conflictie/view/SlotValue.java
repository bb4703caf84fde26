package org.conflictie.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.Role;
import org.conflictie.score.Slot;

/**
 * One value of an event, addressed the way the scorer's {@link org.conflictie.score.ValueRow} indices
 * address it (slot and position), with what the view needs: how to show it, and where it is.
 *
 * @param shown the value for a reader: a name, a date, {@code killed 2 · civilians · per the police}
 * @param text  the article's words ({@code text} field), or null
 * @param start offset of {@code text}, or null
 * @param end   end offset, or null
 * @param rule  the rule that produced it, or null (gold values)
 */
record SlotValue(String shown, String text, Integer start, Integer end, String rule) {

    /** How many values {@code slot} has in {@code e} (0 or 1 for single slots). */
    static int count(Event e, Slot slot) {
        return switch (slot) {
            case ATTACKER -> e.actors(Role.ATTACKER).size();
            case TARGET -> e.actors(Role.TARGET).size();
            case CASUALTY, CASUALTY_GROUP -> e.casualties().size();
            default -> of(e, slot, 0) == null ? 0 : 1;
        };
    }

    /** The value at {@code index} of {@code slot}, or null when the event has none there. */
    static SlotValue of(Event e, Slot slot, int index) {
        return switch (slot) {
            case EVENT -> e.trigger() == null ? new SlotValue(e.id(), null, null, null, null)
                    : new SlotValue(e.id(), e.trigger().text(), e.trigger().start(), e.trigger().end(), e.trigger().rule());
            case SUBTYPE -> e.subtype() == null ? null : new SlotValue(e.subtype().code(), null, null, null, null);
            case DATE -> e.date() == null || blank(e.date().value()) ? null
                    : new SlotValue(e.date().value(), e.date().text(), e.date().start(), e.date().end(), e.date().rule());
            case PLACE -> e.place() == null || (blank(e.place().name()) && blank(e.place().text())) ? null
                    : new SlotValue(blank(e.place().name()) ? e.place().text() : e.place().name(), e.place().text(),
                            e.place().start(), e.place().end(), e.place().rule());
            case COUNTRY -> e.place() == null || blank(e.place().country()) ? null
                    : new SlotValue(e.place().country().toUpperCase(Locale.ROOT), null, null, null, null);
            case ATTACKER -> actor(e.actors(Role.ATTACKER), index);
            case TARGET -> actor(e.actors(Role.TARGET), index);
            case CASUALTY, CASUALTY_GROUP -> index < e.casualties().size() ? casualty(e.casualties().get(index)) : null;
            case ALL -> throw new IllegalArgumentException("ALL is no slot of an event");
        };
    }

    /** The rule ids of every value of {@code e}, in slot order, each once. */
    static List<String> rules(Event e) {
        List<String> out = new ArrayList<>();
        for (Slot s : Slot.SLOTS) {
            for (int i = 0; i < count(e, s); i++) {
                SlotValue v = of(e, s, i);
                if (v != null && v.rule() != null && !out.contains(v.rule())) out.add(v.rule());
            }
        }
        return out;
    }

    boolean hasWords() {
        return text != null && !text.isEmpty();
    }

    private static SlotValue actor(List<Actor> actors, int index) {
        if (index >= actors.size()) return null;
        Actor a = actors.get(index);
        String name = blank(a.name()) ? a.text() : a.name();
        return new SlotValue(name, a.text(), a.start(), a.end(), a.rule());
    }

    private static SlotValue casualty(Casualty c) {
        StringBuilder s = new StringBuilder();
        s.append(c.outcome() == null ? "?" : c.outcome().code()).append(' ')
                .append(c.count() == null ? "(no count)" : c.count().toString());
        if (!blank(c.group())) s.append(" · ").append(c.group());
        if (!blank(c.source())) s.append(" · per ").append(c.source());
        return new SlotValue(s.toString(), c.text(), c.start(), c.end(), c.rule());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

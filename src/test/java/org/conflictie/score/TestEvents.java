package org.conflictie.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;
import org.conflictie.model.Trigger;

/** Terse builders for hand-made test events: {@code ev("e1").subtype(BOMBING).place("Kirkuk").build()}. */
final class TestEvents {
    private TestEvents() {}

    static EventDocument doc(String id, Event... events) {
        return new EventDocument(id, null, List.of(events));
    }

    static List<EventDocument> docs(EventDocument... docs) {
        return List.of(docs);
    }

    static Builder ev(String id) {
        return new Builder(id);
    }

    static Place place(String name, String text, String admin1, String country, String... alt) {
        return new Place(name, text, null, null, admin1, country, Arrays.asList(alt), null);
    }

    static final class Builder {
        private final String id;
        private Subtype subtype;
        private Trigger trigger;
        private EventDate date;
        private Place place;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Casualty> casualties = new ArrayList<>();
        private Boolean optional;

        Builder(String id) {
            this.id = id;
        }

        Builder subtype(Subtype s) {
            subtype = s;
            return this;
        }

        Builder trigger(String text) {
            trigger = new Trigger(text);
            return this;
        }

        Builder date(String value) {
            date = new EventDate(value);
            return this;
        }

        Builder date(String value, String text) {
            date = new EventDate(value, text, null, null, null);
            return this;
        }

        /** A place with just a name. */
        Builder place(String name) {
            place = new Place(name, null, null, null, null, null, List.of(), null);
            return this;
        }

        Builder place(Place p) {
            place = p;
            return this;
        }

        /** A place with a name and a country. */
        Builder place(String name, String country) {
            place = new Place(name, null, null, null, null, country, List.of(), null);
            return this;
        }

        Builder attacker(String name) {
            return actor(Role.ATTACKER, name, name, false);
        }

        Builder target(String name) {
            return actor(Role.TARGET, name, name, false);
        }

        Builder actor(Role role, String name, String text, boolean optional, String... alt) {
            actors.add(new Actor(role, name, text, null, null, Arrays.asList(alt), null, optional ? true : null));
            return this;
        }

        Builder killed(Integer count) {
            return casualty(Outcome.KILLED, count, null, null, null, false);
        }

        Builder injured(Integer count) {
            return casualty(Outcome.INJURED, count, null, null, null, false);
        }

        Builder casualty(Outcome outcome, Integer count, String group, String text, String source, boolean optional) {
            casualties.add(new Casualty(outcome, count, group, text, null, null, source, null, optional ? true : null));
            return this;
        }

        Builder optional() {
            optional = true;
            return this;
        }

        Event build() {
            return new Event(id, null, subtype, trigger, date, place, actors, casualties, null, optional);
        }
    }
}

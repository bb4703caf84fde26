package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One incident of organised violence that an article says happened.
 *
 * @param id         unique within the document
 * @param type       always {@code attack} in format v1
 * @param subtype    one of the seven subtypes, or null
 * @param trigger    the words that report it, or null
 * @param date       when it happened, or null
 * @param place      where it happened, or null
 * @param actors     attackers and targets
 * @param casualties one entry per reported figure
 * @param confidence 0 to 1 (predictions only)
 * @param optional   true when a gold file marks the event as optional (e.g. doubtful or not an attack)
 * @param explanation why each value was chosen and which candidates lost (predictions made with
 *                    explanations only; null otherwise, so plain runs stay unchanged)
 */
public record Event(String id, String type, Subtype subtype, Trigger trigger, EventDate date, Place place,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Actor> actors,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Casualty> casualties,
                    Double confidence, Boolean optional, Explanation explanation) {

    public static final String ATTACK = "attack";

    public Event {
        Objects.requireNonNull(id, "id");
        type = type == null ? ATTACK : type;
        actors = actors == null ? List.of() : List.copyOf(actors);
        casualties = casualties == null ? List.of() : List.copyOf(casualties);
    }

    public Event(String id, String type, Subtype subtype, Trigger trigger, EventDate date, Place place,
                 List<Actor> actors, List<Casualty> casualties, Double confidence, Boolean optional) {
        this(id, type, subtype, trigger, date, place, actors, casualties, confidence, optional, null);
    }

    /** This event with its explanation. */
    public Event withExplanation(Explanation why) {
        return new Event(id, type, subtype, trigger, date, place, actors, casualties, confidence, optional, why);
    }

    /** Actors with the given role, in order. */
    public List<Actor> actors(Role role) {
        return actors.stream().filter(a -> a.role() == role).toList();
    }

    /** True when a gold file marks this event optional (the scorer may leave it out). */
    public boolean markedOptional() {
        return Boolean.TRUE.equals(optional);
    }

    /** A one-line summary for notebooks and logs; the full record is in the JSON. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Event[").append(id);
        if (subtype != null) s.append(' ').append(subtype.code());
        if (date != null) s.append(" date=").append(date.value());
        if (place != null) s.append(" place=").append(place.name())
                .append(place.country() == null ? "" : "/" + place.country());
        String attackers = actors(Role.ATTACKER).stream().map(Actor::name).collect(Collectors.joining(", "));
        String targets = actors(Role.TARGET).stream().map(Actor::name).collect(Collectors.joining(", "));
        if (!attackers.isEmpty()) s.append(" attacker=").append(attackers);
        if (!targets.isEmpty()) s.append(" target=").append(targets);
        for (Casualty c : casualties) {
            s.append(' ').append(c.outcome().code()).append('=').append(c.count() == null ? "?" : c.count());
            if (c.group() != null) s.append('(').append(c.group()).append(')');
        }
        return s.append(']').toString();
    }
}

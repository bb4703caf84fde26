package org.conflictie.score;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Place;

/**
 * When a predicted value is right for a gold value: the spec's strict rules, or the lenient ones.
 *
 * <p>Lenient changes three rules and keeps the others strict:
 * <ul>
 *   <li>date: also right within one day of a gold day, or when the gold gives only {@code YYYY-MM}
 *       (or only {@code YYYY}) and the prediction's month (or year) agrees. A prediction that gives
 *       less than the gold (a month for a gold day) is not right.</li>
 *   <li>place: also right when one place contains the other according to the {@link PlaceHierarchy}.</li>
 *   <li>casualty count: also right within ±10% of the gold count ({@code |p - g| <= g/10}, so a
 *       gold count under 10 still needs the exact figure); a missing count matches only a missing count.</li>
 * </ul>
 */
record MatchRules(boolean lenient, PlaceHierarchy hierarchy) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    MatchRules {
        Objects.requireNonNull(hierarchy, "hierarchy");
    }

    static MatchRules strict() {
        return new MatchRules(false, PlaceHierarchy.fromRecordFields());
    }

    static MatchRules lenient(PlaceHierarchy hierarchy) {
        return new MatchRules(true, hierarchy);
    }

    /** Both arguments non-null, as from {@link Values#date}. */
    boolean sameDate(String predicted, String gold) {
        if (predicted.equals(gold)) return true;
        if (!lenient) return false;
        if (DAY.matcher(gold).matches() && DAY.matcher(predicted).matches()) {
            try {
                return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(gold), LocalDate.parse(predicted))) <= 1;
            } catch (DateTimeParseException e) {
                return false; // e.g. 2021-02-30: only an identical string is right
            }
        }
        if (MONTH.matcher(gold).matches()) return predicted.startsWith(gold + "-");
        if (YEAR.matcher(gold).matches()) return predicted.startsWith(gold + "-");
        return false;
    }

    /** Both arguments non-null, as from {@link Values#place}. */
    boolean samePlace(Place predicted, Place gold) {
        if (Names.anyShared(Values.predictedWordings(predicted), Values.goldWordings(gold))) return true;
        return lenient && (hierarchy.contains(gold, predicted) || hierarchy.contains(predicted, gold));
    }

    boolean sameActor(Actor predicted, Actor gold) {
        return Names.anyShared(Values.predictedWordings(predicted), Values.goldWordings(gold));
    }

    /** Same outcome and count (see {@link #sameCount}). */
    boolean sameCasualty(Casualty predicted, Casualty gold) {
        return predicted.outcome() == gold.outcome() && sameCount(predicted.count(), gold.count());
    }

    /** As {@link #sameCasualty}, and the predicted group is one of {@code goldGroupWordings} (both absent also agree). */
    boolean sameCasualtyAndGroup(Casualty predicted, Casualty gold, Set<String> goldGroupWordings) {
        if (!sameCasualty(predicted, gold)) return false;
        String group = Names.normalise(predicted.group());
        if (group.isEmpty() || goldGroupWordings.isEmpty()) return group.isEmpty() && goldGroupWordings.isEmpty();
        return goldGroupWordings.contains(group);
    }

    /** Equal counts, or both missing; lenient: within ±10% of the gold count. */
    boolean sameCount(Integer predicted, Integer gold) {
        if (predicted == null || gold == null) return predicted == null && gold == null;
        if (predicted.intValue() == gold.intValue()) return true;
        return lenient && 10L * Math.abs((long) predicted - gold) <= Math.abs((long) gold);
    }
}

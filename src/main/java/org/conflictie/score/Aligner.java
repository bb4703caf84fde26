package org.conflictie.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.Place;
import org.conflictie.model.Role;

/**
 * Marks every value of a predicted event against a gold event (either may be absent), following
 * the table of the spec's "How a prediction is scored".
 */
final class Aligner {
    private final MatchRules rules;

    Aligner(MatchRules rules) {
        this.rules = rules;
    }

    /**
     * @param predicted            null for an unpaired gold event
     * @param gold                 null for an unpaired predicted event
     * @param ignoreOptionalValues excuse gold actors and casualties marked optional: unmatched they
     *                             are not missed, matched they are neither right nor spurious
     * @param counted              see {@link EventAlignment#counted}
     */
    EventAlignment align(Event predicted, Event gold, boolean ignoreOptionalValues, boolean counted) {
        List<ValueRow> rows = new ArrayList<>();
        single(rows, Slot.EVENT, predicted, gold, (p, g) -> true, Aligner::showEvent);

        single(rows, Slot.SUBTYPE, predicted == null ? null : predicted.subtype(),
                gold == null ? null : gold.subtype(), Objects::equals, s -> new Shown(s.code(), null));

        single(rows, Slot.DATE,
                predicted == null || Values.date(predicted.date()) == null ? null : predicted.date(),
                gold == null || Values.date(gold.date()) == null ? null : gold.date(),
                (p, g) -> rules.sameDate(Values.date(p), Values.date(g)), Values::show);

        Place pp = predicted == null ? null : Values.place(predicted.place());
        Place gp = gold == null ? null : Values.place(gold.place());
        single(rows, Slot.PLACE, pp, gp, rules::samePlace, Values::show);

        single(rows, Slot.COUNTRY, predicted == null ? null : Values.country(predicted.place()),
                gold == null ? null : Values.country(gold.place()), String::equals, c -> new Shown(c, null));

        for (Role role : Role.values()) {
            multi(rows, role == Role.ATTACKER ? Slot.ATTACKER : Slot.TARGET,
                    predicted == null ? List.of() : predicted.actors(role),
                    gold == null ? List.of() : gold.actors(role),
                    rules::sameActor, a -> Boolean.TRUE.equals(a.optional()), ignoreOptionalValues,
                    Values::show, Values::show, (p, g) -> false);
        }

        List<Casualty> pc = predicted == null ? List.of() : predicted.casualties();
        List<Casualty> gc = gold == null ? List.of() : gold.casualties();
        Predicate<Casualty> optionalCasualty = c -> Boolean.TRUE.equals(c.optional());
        BiPredicate<Casualty, Casualty> sameOutcome = (p, g) -> p.outcome() == g.outcome();
        multi(rows, Slot.CASUALTY, pc, gc, rules::sameCasualty, optionalCasualty, ignoreOptionalValues,
                c -> Values.show(c, false), c -> Values.show(c, false), sameOutcome);
        List<Set<String>> groupWordings = gc.stream().map(c -> groupWordings(c, gold)).toList();
        multi(rows, Slot.CASUALTY_GROUP, pc, gc,
                (p, g) -> rules.sameCasualtyAndGroup(p, g, groupWordings.get(indexOf(gc, g))),
                optionalCasualty, ignoreOptionalValues,
                c -> Values.show(c, true), c -> Values.show(c, true), sameOutcome);

        return new EventAlignment(predicted, gold, counted, rows);
    }

    /**
     * A gold casualty group matches by its own name, or by any wording of a gold actor of the same
     * event with that name (its text and alt), since the spec writes a group "as in actors".
     */
    private static Set<String> groupWordings(Casualty c, Event gold) {
        Set<String> out = Names.normalised(c.group() == null ? List.of() : List.of(c.group()));
        if (out.isEmpty()) return out;
        String group = out.iterator().next();
        for (Actor a : gold.actors()) {
            if (Names.normalise(a.name()).equals(group)) out.addAll(Values.goldWordings(a));
        }
        return out;
    }

    /** Identity index: equal casualty records may occur twice in one gold event. */
    private static int indexOf(List<Casualty> list, Casualty c) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == c) return i;
        }
        throw new IllegalStateException("casualty not in its event");
    }

    private static Shown showEvent(Event e) {
        return new Shown(e.id(), e.trigger() == null ? null : e.trigger().text());
    }

    /** A slot with at most one value per event. */
    private static <T> void single(List<ValueRow> rows, Slot slot, T p, T g, BiPredicate<T, T> same,
                                   Function<T, Shown> show) {
        if (p == null && g == null) return;
        Mark mark = p == null ? Mark.MISSING : g == null ? Mark.SPURIOUS : same.test(p, g) ? Mark.RIGHT : Mark.WRONG;
        rows.add(new ValueRow(slot, mark, p == null ? null : show.apply(p), g == null ? null : show.apply(g),
                p == null ? -1 : 0, g == null ? -1 : 0));
    }

    /**
     * A slot with one value per actor or casualty entry. Values are matched one-to-one by an exact
     * maximum matching; with optional values excused, matches to non-optional gold values come first
     * (they are the true positives), then matches to optional ones (each saves a false positive).
     * Unmatched predicted and gold values are shown side by side as WRONG where both exist (first
     * those for which {@code affinity} holds, e.g. the same casualty outcome); this only arranges the
     * diff, since WRONG counts exactly as one SPURIOUS plus one MISSING.
     */
    private static <T> void multi(List<ValueRow> rows, Slot slot, List<T> preds, List<T> golds,
                                  BiPredicate<T, T> same, Predicate<T> optional, boolean ignoreOptional,
                                  Function<T, Shown> showPred, Function<T, Shown> showGold,
                                  BiPredicate<T, T> affinity) {
        if (preds.isEmpty() && golds.isEmpty()) return;
        int n = preds.size(), m = golds.size();
        long[][] w = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!same.test(preds.get(i), golds.get(j))) continue;
                w[i][j] = ignoreOptional && optional.test(golds.get(j)) ? 1 : m + 1L;
            }
        }
        int[] predToGold = Assignment.maximise(w);
        int[] goldToPred = new int[m];
        Arrays.fill(goldToPred, -1);
        for (int i = 0; i < n; i++) {
            if (predToGold[i] >= 0) goldToPred[predToGold[i]] = i;
        }
        // Pair leftovers for display: those with affinity first, then in order.
        int[] wrongPred = new int[m];
        Arrays.fill(wrongPred, -1);
        boolean[] predUsed = new boolean[n];
        for (int i = 0; i < n; i++) predUsed[i] = predToGold[i] >= 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < m; j++) {
                if (goldToPred[j] >= 0 || wrongPred[j] >= 0 || (ignoreOptional && optional.test(golds.get(j)))) continue;
                for (int i = 0; i < n; i++) {
                    if (!predUsed[i] && (pass == 1 || affinity.test(preds.get(i), golds.get(j)))) {
                        wrongPred[j] = i;
                        predUsed[i] = true;
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < m; j++) {
            T g = golds.get(j);
            boolean excused = ignoreOptional && optional.test(g);
            if (goldToPred[j] >= 0) {
                rows.add(new ValueRow(slot, excused ? Mark.EXCUSED : Mark.RIGHT,
                        showPred.apply(preds.get(goldToPred[j])), showGold.apply(g), goldToPred[j], j));
            } else if (excused) {
                rows.add(new ValueRow(slot, Mark.EXCUSED, null, showGold.apply(g), -1, j));
            } else if (wrongPred[j] >= 0) {
                rows.add(new ValueRow(slot, Mark.WRONG, showPred.apply(preds.get(wrongPred[j])), showGold.apply(g),
                        wrongPred[j], j));
            } else {
                rows.add(new ValueRow(slot, Mark.MISSING, null, showGold.apply(g), -1, j));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!predUsed[i]) rows.add(new ValueRow(slot, Mark.SPURIOUS, showPred.apply(preds.get(i)), null, i, -1));
        }
    }
}

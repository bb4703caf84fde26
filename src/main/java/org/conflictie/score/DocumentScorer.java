package org.conflictie.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.conflictie.format.EventJson;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;

/**
 * Pairs the predicted with the gold events of one document and marks every value.
 *
 * <p>The pairing is the spec's: one-to-one, maximising the total number of agreeing values of
 * subtype, date, place, country, attacker, target and casualty; among pairings with the same total,
 * the one with more pairs; a pair must agree on at least one value. It is solved exactly with
 * {@link Assignment} on weights that encode these keys lexicographically. Where the spec leaves
 * ties open, further keys decide, in this order: with optional items ignored, more pairs whose gold
 * event counts (so a prediction that fits a counted event and an optional one equally well is not
 * thrown away on the optional one); more agreeing casualty groups; and last the order of the
 * events' content (a canonical JSON form without the id), so that the order events are listed in
 * never changes a score.
 */
final class DocumentScorer {
    private final Aligner aligner;
    private final boolean ignoreOptional;

    DocumentScorer(MatchRules rules, boolean ignoreOptional) {
        this.aligner = new Aligner(rules);
        this.ignoreOptional = ignoreOptional;
    }

    /** @param predicted null when the run has no line for this document */
    DocumentScore score(EventDocument gold, EventDocument predicted) {
        List<Event> golds = gold.events();
        List<Event> preds = predicted == null ? List.of() : predicted.events();
        int[] predToGold = pair(preds, golds);
        int[] goldToPred = new int[golds.size()];
        java.util.Arrays.fill(goldToPred, -1);
        for (int i = 0; i < preds.size(); i++) {
            if (predToGold[i] >= 0) goldToPred[predToGold[i]] = i;
        }

        List<EventAlignment> pairs = new ArrayList<>();
        List<EventAlignment> missed = new ArrayList<>();
        for (int j = 0; j < golds.size(); j++) {
            Event g = golds.get(j);
            boolean counted = !(ignoreOptional && g.markedOptional());
            if (goldToPred[j] >= 0) {
                pairs.add(aligner.align(preds.get(goldToPred[j]), g, ignoreOptional, counted));
            } else {
                missed.add(aligner.align(null, g, ignoreOptional, counted));
            }
        }
        List<EventAlignment> all = new ArrayList<>(pairs);
        all.addAll(missed);
        for (int i = 0; i < preds.size(); i++) {
            if (predToGold[i] < 0) all.add(aligner.align(preds.get(i), null, ignoreOptional, true));
        }
        SlotCounts counts = SlotCounts.ZERO;
        for (EventAlignment a : all) counts = counts.plus(a.counts());
        int countedGold = (int) golds.stream().filter(g -> !(ignoreOptional && g.markedOptional())).count();
        return new DocumentScore(gold.docId(), golds.size(), countedGold, preds.size(), predicted != null,
                all, counts);
    }

    /**
     * The optimal pairing, always computed against every gold event with optional items counted
     * like any other (the spec's "pair against all gold events first").
     *
     * @return for each predicted event the index of its gold event, or -1
     */
    private int[] pair(List<Event> preds, List<Event> golds) {
        int n = preds.size(), m = golds.size();
        int[] result = new int[n];
        java.util.Arrays.fill(result, -1);
        if (n == 0 || m == 0) return result;
        int[] predOrder = canonicalOrder(preds);
        int[] goldOrder = canonicalOrder(golds);
        int[][] agree = new int[n][m];
        int[][] groups = new int[n][m];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < m; b++) {
                EventAlignment plain = aligner.align(preds.get(predOrder[a]), golds.get(goldOrder[b]), false, true);
                agree[a][b] = plain.agreements();
                groups[a][b] = plain.groupAgreements();
            }
        }
        // Keys per pair: agree (>= 1), 1 (a pair), counted (0/1), groups. Over a pairing their sums are
        // at most: -, P, P, G (P = most pairs possible, G = gold casualty entries). With
        //   weight = ((agree·(P+1) + 1)·(P+1) + counted)·(G+1) + groups
        // each key's sum stays below the next-higher key's multiplier, so comparing total weights
        // compares (Σ agree, pairs, Σ counted, Σ groups) lexicographically.
        long p1 = Math.min(n, m) + 1L;
        long g1 = golds.stream().mapToLong(g -> g.casualties().size()).sum() + 1;
        long[][] w = new long[n][m];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < m; b++) {
                if (agree[a][b] == 0) continue; // a pair must agree on at least one value
                long counted = ignoreOptional && golds.get(goldOrder[b]).markedOptional() ? 0 : 1;
                w[a][b] = ((agree[a][b] * p1 + 1) * p1 + counted) * g1 + groups[a][b];
            }
        }
        int[] assigned = Assignment.maximise(w);
        for (int a = 0; a < n; a++) {
            if (assigned[a] >= 0) result[predOrder[a]] = goldOrder[assigned[a]];
        }
        return result;
    }

    /** Indices of {@code events} sorted by content, so listing order cannot change a tie's outcome. */
    private static int[] canonicalOrder(List<Event> events) {
        List<String> keys = events.stream().map(DocumentScorer::contentKey).toList();
        return IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> keys.get(i)).thenComparing(i -> events.get(i).id()))
                .mapToInt(Integer::intValue).toArray();
    }

    private static String contentKey(Event e) {
        Event withoutId = new Event("", e.type(), e.subtype(), e.trigger(), e.date(), e.place(), e.actors(),
                e.casualties(), null, e.optional());
        try {
            return EventJson.mapper().writeValueAsString(withoutId);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise event " + e.id(), ex);
        }
    }
}

package org.conflictie.assembly;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.conflictie.model.Candidate;
import org.conflictie.model.Explanation;
import org.conflictie.model.SentenceText;
import org.conflictie.model.SlotDecision;

/**
 * Gathers, while one event is assembled, the candidates each slot considered and why each lost.
 * It only listens: assembly makes the same choices whether it is on or off, and when off (plain
 * runs) it records nothing, so their output does not change.
 *
 * <p>Candidates lose either to a winner (a restatement of a kept actor, a repeated figure), which
 * {@link #lost} ties to that winner until {@link #chose} turns it into a decision, or outright
 * ({@link #dropped}). Mutable, one per event, used by one thread.
 */
final class DecisionLog {
    private static final DecisionLog OFF = new DecisionLog(null);

    private final Annotation doc;
    private final List<SlotDecision> decisions = new ArrayList<>();
    private final Map<Object, List<Candidate>> lostTo = new IdentityHashMap<>();
    private final Map<Object, String> slotOfWinner = new IdentityHashMap<>();
    private final Map<String, List<Candidate>> droppedBySlot = new LinkedHashMap<>();

    private DecisionLog(Annotation doc) {
        this.doc = doc;
    }

    /** A log that records nothing (plain extraction). */
    static DecisionLog off() {
        return OFF;
    }

    /** A log for one event of {@code doc}. */
    static DecisionLog on(Annotation doc) {
        return new DecisionLog(doc);
    }

    boolean enabled() {
        return doc != null;
    }

    Annotation document() {
        return doc;
    }

    /** A slot filled by picking one candidate (trigger, date, place). */
    void decide(String slot, Candidate chosen, List<Candidate> rejected) {
        if (enabled()) decisions.add(new SlotDecision(slot, chosen, rejected));
    }

    /** {@code loser} gave way to {@code winner}, a value of {@code slot} that may still be kept. */
    void lost(String slot, Object winner, Candidate loser) {
        if (!enabled()) return;
        lostTo.computeIfAbsent(winner, w -> new ArrayList<>()).add(loser);
        slotOfWinner.put(winner, slot);
    }

    /** {@code candidate} was dropped without a winner taking its place. */
    void dropped(String slot, Candidate candidate) {
        if (enabled()) droppedBySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(candidate);
    }

    /** {@code winner} is kept as {@code chosen}; the candidates that lost to it go with it. */
    void chose(String slot, Object winner, Candidate chosen) {
        if (!enabled()) return;
        List<Candidate> losers = lostTo.remove(winner);
        slotOfWinner.remove(winner);
        decisions.add(new SlotDecision(slot, chosen, losers == null ? List.of() : losers));
    }

    /**
     * The explanation: the decisions in the order made, then what was dropped (including what lost
     * to a winner that was itself dropped), and the text of every sentence they refer to.
     */
    Explanation finish(Collection<Integer> incidentSentences) {
        if (!enabled()) return null;
        List<SlotDecision> all = new ArrayList<>(decisions);
        lostTo.forEach((winner, losers) -> droppedBySlot.computeIfAbsent(slotOfWinner.get(winner), s -> new ArrayList<>())
                .addAll(losers));
        droppedBySlot.forEach((slot, candidates) -> all.add(new SlotDecision(slot, null, candidates)));
        TreeSet<Integer> used = new TreeSet<>(incidentSentences);
        for (SlotDecision d : all) {
            if (d.chosen() != null && d.chosen().sentence() != null) used.add(d.chosen().sentence());
            d.rejected().stream().map(Candidate::sentence).filter(java.util.Objects::nonNull).forEach(used::add);
        }
        return new Explanation(sentenceTexts(used), all);
    }

    private List<SentenceText> sentenceTexts(TreeSet<Integer> indices) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<SentenceText> out = new ArrayList<>();
        for (int i : indices) {
            if (i < 0 || i >= sentences.size()) continue;
            CoreMap s = sentences.get(i);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new SentenceText(i, begin, end, text.substring(begin, end)));
        }
        return out;
    }
}

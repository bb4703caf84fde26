package org.conflictie.annotators;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Rules switched off for an ablation: a rule id is disabled when it starts with one of the prefixes
 * ({@code casualty.} switches off every casualty rule, {@code casualty.passive-killed} one rule and
 * its derived forms such as {@code casualty.passive-killed.bare}).
 *
 * <p>{@link EventPipeline} drops a disabled rule's mentions right after the annotator that made
 * them, so later annotators (actors read casualty mentions) and the assembler never see them: the
 * extraction runs as if the rule did not exist, rather than hiding its values in the output.
 * The assembler asks {@link #disables} for the rules it applies itself ({@code place.dateline}).
 *
 * <p>Counts how many mentions each prefix removed, so a run can warn about a prefix that removed
 * nothing. The counters are the only mutable part and are safe across threads.
 */
public final class DisabledRules {
    private static final DisabledRules NONE = new DisabledRules(List.of());

    private final List<String> prefixes;
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();

    public DisabledRules(List<String> prefixes) {
        for (String p : prefixes) {
            if (p == null || p.isBlank()) throw new IllegalArgumentException("a disabled rule prefix must not be empty");
        }
        this.prefixes = List.copyOf(prefixes);
        for (String p : this.prefixes) dropped.put(p, new LongAdder());
    }

    public static DisabledRules none() {
        return NONE;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** Whether the rule with this id is switched off (and counts it as dropped when it is). */
    public boolean disables(String ruleId) {
        String p = matchingPrefix(ruleId);
        if (p == null) return false;
        dropped.get(p).increment();
        return true;
    }

    /** The first prefix the rule id starts with, or null. */
    public String matchingPrefix(String ruleId) {
        if (ruleId == null) return null;
        for (String p : prefixes) {
            if (ruleId.startsWith(p)) return p;
        }
        return null;
    }

    /** Mentions (or values) each prefix has removed so far, in prefix order. */
    public Map<String, Long> droppedCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String p : prefixes) out.put(p, dropped.get(p).sum());
        return out;
    }

    /** Removes the mentions of disabled rules from every mention list the annotators have set so far. */
    void dropFrom(Annotation doc) {
        if (prefixes.isEmpty()) return;
        filter(doc, EventAnnotations.DateMentionsAnnotation.class, DateMention::rule);
        filter(doc, EventAnnotations.TriggerMentionsAnnotation.class, TriggerMention::rule);
        filter(doc, EventAnnotations.CasualtyMentionsAnnotation.class, CasualtyMention::rule);
        filter(doc, EventAnnotations.ActorMentionsAnnotation.class, ActorMention::rule);
        filter(doc, EventAnnotations.PlaceMentionsAnnotation.class, PlaceMention::rule);
    }

    private <T> void filter(Annotation doc, Class<? extends edu.stanford.nlp.ling.CoreAnnotation<List<T>>> key,
                            Function<T, String> rule) {
        List<T> mentions = doc.get(key);
        if (mentions == null) return;
        List<T> kept = new ArrayList<>(mentions.size());
        for (T m : mentions) {
            if (!disables(rule.apply(m))) kept.add(m);
        }
        if (kept.size() != mentions.size()) doc.set(key, List.copyOf(kept));
    }

    @Override
    public String toString() {
        return "DisabledRules" + prefixes;
    }
}

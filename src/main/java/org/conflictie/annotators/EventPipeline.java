package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our annotators in order, run on a document CoreNLP has annotated. Like CoreNLP's own pipeline it
 * checks at construction that each annotator's requirements are met by those before it, so a
 * mis-ordered chain fails at once with the missing key named, not with a null later.
 */
public final class EventPipeline {
    private final List<EventAnnotator> annotators;
    private final DisabledRules disabled;

    public EventPipeline(List<EventAnnotator> annotators) {
        this(annotators, DisabledRules.none());
    }

    /** The annotators, with the mentions of {@code disabled} rules dropped after each one runs. */
    public EventPipeline(List<EventAnnotator> annotators, DisabledRules disabled) {
        Set<Class<? extends CoreAnnotation>> satisfied = new HashSet<>(EventAnnotator.CORENLP_KEYS);
        for (EventAnnotator a : annotators) {
            Set<Class<? extends CoreAnnotation>> missing = new HashSet<>(a.requires());
            missing.removeAll(satisfied);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("annotator \"" + a.name() + "\" requires " + missing.stream()
                        .map(Class::getSimpleName).sorted().collect(Collectors.joining(", "))
                        + ", which no earlier annotator provides");
            }
            satisfied.addAll(a.requirementsSatisfied());
        }
        this.annotators = List.copyOf(annotators);
        this.disabled = java.util.Objects.requireNonNull(disabled, "disabled");
    }

    /** The same annotators with other rules switched off. */
    public EventPipeline withDisabledRules(DisabledRules other) {
        return new EventPipeline(annotators, other);
    }

    public DisabledRules disabledRules() {
        return disabled;
    }

    public List<EventAnnotator> annotators() {
        return annotators;
    }

    public void annotate(Annotation doc) {
        if (disabled.isEmpty()) {
            for (EventAnnotator a : annotators) a.annotate(doc);
            return;
        }
        // Dropping after each annotator keeps a disabled rule's mentions from the annotators after it.
        doc.set(EventAnnotations.DisabledRulesAnnotation.class, disabled);
        for (EventAnnotator a : annotators) {
            a.annotate(doc);
            disabled.dropFrom(doc);
        }
    }

    @Override
    public String toString() {
        return "EventPipeline" + annotators.stream().map(EventAnnotator::name).toList()
                + (disabled.isEmpty() ? "" : " without " + disabled.prefixes());
    }
}

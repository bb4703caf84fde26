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

    public EventPipeline(List<EventAnnotator> annotators) {
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
    }

    public List<EventAnnotator> annotators() {
        return annotators;
    }

    public void annotate(Annotation doc) {
        for (EventAnnotator a : annotators) a.annotate(doc);
    }

    @Override
    public String toString() {
        return "EventPipeline" + annotators.stream().map(EventAnnotator::name).toList();
    }
}

package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.Set;

/**
 * Base of our annotators: they all read tokens, sentences, POS, lemmas, NER and dependencies, and
 * each adds one key. Subclasses declare which of our keys they read besides CoreNLP's.
 */
public abstract class EventAnnotator implements Annotator {

    /** What CoreNLP's {@code tokenize,ssplit,pos,posrepair,lemma,ner,depparse} provide. */
    public static final Set<Class<? extends CoreAnnotation>> CORENLP_KEYS = Set.of(
            CoreAnnotations.TextAnnotation.class,
            CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.SentencesAnnotation.class,
            CoreAnnotations.PartOfSpeechAnnotation.class,
            CoreAnnotations.LemmaAnnotation.class,
            CoreAnnotations.NamedEntityTagAnnotation.class,
            SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);

    /** A short name for error reports ("triggers", "casualties", ...). */
    public abstract String name();

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        var keys = new java.util.HashSet<Class<? extends CoreAnnotation>>(CORENLP_KEYS);
        keys.addAll(requiresOwn());
        return keys;
    }

    /** Keys of {@link EventAnnotations} this annotator reads. */
    protected abstract Set<Class<? extends CoreAnnotation>> requiresOwn();

    @Override
    public abstract void annotate(Annotation annotation);
}

package org.conflictie.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Corrects one known part-of-speech error before lemmas, NER and the parser read the tags: the
 * tagger reads the verb in "A gunman shot and killed a neighbor" as a noun ("a gunman shot", like
 * "a warning shot"), and the parser then builds the sentence around the noun "shot", with no
 * subject or object for "killed". Measured on 4.5.10: "A gunman shot and killed ..." and "The
 * teenage boy shot and wounded ..." are mis-tagged, "A man shot his wife" and "Gunmen shot and
 * killed ..." are not.
 *
 * <p>The repair: a word of {@code posrepair.verbs} tagged as a singular noun, right after a noun and
 * right before "and" and a past-tense verb or participle, is a past-tense verb (VBD); a participle
 * (VBN) after that "and" becomes VBD too, since both share the subject. Nothing else changes.
 *
 * <p>A CoreNLP annotator, named in {@code models/pipeline/corenlp.properties}
 * ({@code customAnnotatorClass.posrepair}), so the word list is part of the properties and of the
 * annotation cache's key.
 */
public final class PosRepairAnnotator implements Annotator {
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    private final Set<String> verbs;

    /** Called by CoreNLP with the annotator's name ("posrepair") and the pipeline's properties. */
    public PosRepairAnnotator(String name, Properties props) {
        String words = props.getProperty(name + ".verbs", "");
        this.verbs = Arrays.stream(words.split(","))
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    /** Repairs the tags of one sentence's tokens in place; returns how many tags changed. */
    int repair(List<CoreLabel> tokens) {
        int changed = 0;
        for (int i = 1; i + 2 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!"NN".equals(t.tag()) || !verbs.contains(t.word().toLowerCase(Locale.ROOT))) continue;
            if (!NOUN_TAGS.contains(tokens.get(i - 1).tag())) continue;
            if (!tokens.get(i + 1).word().equalsIgnoreCase("and")) continue;
            CoreLabel next = tokens.get(i + 2);
            if (!"VBD".equals(next.tag()) && !"VBN".equals(next.tag())) continue;
            t.setTag("VBD");
            changed++;
            if ("VBN".equals(next.tag())) {
                next.setTag("VBD");
                changed++;
            }
        }
        return changed;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}

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
 * Corrects two known part-of-speech errors before lemmas, NER and the parser read the tags. First, the
 * tagger reads the verb in "A gunman shot and killed a neighbor" as a noun ("a gunman shot", like
 * "a warning shot"), and the parser then builds the sentence around the noun "shot", with no
 * subject or object for "killed". Measured on 4.5.10: "A gunman shot and killed ..." and "The
 * teenage boy shot and wounded ..." are mis-tagged, "A man shot his wife" and "Gunmen shot and
 * killed ..." are not.
 *
 * <p>The repair: a word of {@code posrepair.verbs} tagged as a singular noun, right after a noun and
 * right before "and" and a past-tense verb or participle, is a past-tense verb (VBD); a participle
 * (VBN) after that "and" becomes VBD too, since both share the subject.
 *
 * <p>Second, a nationality used as a noun: in "A Palestinian stabbed three Israeli soldiers" and
 * "An Iraqi killed two policemen" the tagger reads "Palestinian" as an adjective and the verb as a
 * participle or noun, and the parser makes one noun phrase of the sentence. A capitalised adjective
 * right after "a", "an" or "the", followed by a word of {@code posrepair.subject-verbs} and then the
 * start of a noun phrase (an object), is a proper noun (NNP) and the word a past-tense verb (VBD).
 * "A Palestinian killed by troops" (a preposition follows) is left alone. Nothing else changes.
 *
 * <p>A CoreNLP annotator, named in {@code models/pipeline/corenlp.properties}
 * ({@code customAnnotatorClass.posrepair}), so the word list is part of the properties and of the
 * annotation cache's key.
 */
public final class PosRepairAnnotator implements Annotator {
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Tags that can open the object noun phrase after a verb. */
    private static final Set<String> OBJECT_START = Set.of("DT", "CD", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS");
    private final Set<String> verbs;
    private final Set<String> subjectVerbs;

    /** Called by CoreNLP with the annotator's name ("posrepair") and the pipeline's properties. */
    public PosRepairAnnotator(String name, Properties props) {
        this.verbs = words(props.getProperty(name + ".verbs", ""));
        this.subjectVerbs = words(props.getProperty(name + ".subject-verbs", ""));
    }

    private static Set<String> words(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
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
        return verbReadAsNoun(tokens) + nationalityReadAsAdjective(tokens);
    }

    private int nationalityReadAsAdjective(List<CoreLabel> tokens) {
        int changed = 0;
        for (int i = 1; i + 2 < tokens.size(); i++) {
            CoreLabel who = tokens.get(i), verb = tokens.get(i + 1);
            if (!"JJ".equals(who.tag()) || who.word().isEmpty() || !Character.isUpperCase(who.word().charAt(0))) continue;
            if (!ARTICLES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) continue;
            if (!subjectVerbs.contains(verb.word().toLowerCase(Locale.ROOT)) || "VBD".equals(verb.tag())) continue;
            if (!OBJECT_START.contains(tokens.get(i + 2).tag())) continue;
            who.setTag("NNP");
            verb.setTag("VBD");
            changed += 2;
        }
        return changed;
    }

    private int verbReadAsNoun(List<CoreLabel> tokens) {
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

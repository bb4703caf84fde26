package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictie.lexicon.CueLexicon;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.lexicon.TriggerLexicon;

/**
 * Finds the words that report attacks ({@code models/triggers/attack-triggers.tsv}) and decides
 * whether each reports an incident that happened ({@code models/triggers/irrealis-cues.tsv}).
 *
 * <p>Reads CoreNLP's tokens, lemmas, POS and dependencies; adds
 * {@link EventAnnotations.TriggerMentionsAnnotation}. A trigger is not factual when a modal
 * auxiliary, negation or condition attaches to it, or when a threat, plan or ability word governs
 * it within two steps ("threatened to attack", "capable of conducting attacks"), or when it is a
 * bare plural noun ("hit-and-run attacks"), which news uses for habits, not incidents.
 */
public final class TriggerAnnotator extends EventAnnotator {
    public static final String CUES_FILE = "triggers/irrealis-cues.tsv";

    private final TriggerLexicon lexicon;
    private final CueLexicon cues;

    public TriggerAnnotator(ModelFiles files) {
        this.lexicon = new TriggerLexicon(files);
        this.cues = new CueLexicon(files, CUES_FILE);
    }

    @Override
    public String name() {
        return "triggers";
    }

    @Override
    public void annotate(Annotation doc) {
        List<TriggerMention> found = new ArrayList<>();
        for (SentenceView s : SentenceView.of(doc)) {
            int i = 0;
            while (i < s.size()) {
                Optional<TriggerLexicon.Match> m = lexicon.matchAt(s.lemmas(), s.tags(), i);
                if (m.isEmpty()) {
                    i++;
                    continue;
                }
                TriggerLexicon.Entry e = m.get().entry();
                int head = e.pos() == TriggerLexicon.PartOfSpeech.VERB ? m.get().begin() : m.get().end() - 1;
                String why = nonFactualReason(s, head);
                found.add(new TriggerMention(s.span(m.get().begin(), m.get().end(), head), e.subtype(), e.strong(),
                        why == null, e.rule(), why));
                i = m.get().end();
            }
        }
        doc.set(EventAnnotations.TriggerMentionsAnnotation.class, List.copyOf(found));
    }

    /** The rule id of the first cue that makes the trigger at {@code head} non-factual, or null. */
    String nonFactualReason(SentenceView s, int head) {
        String own = cueOnToken(s, head);
        if (own != null) return own;
        if (s.isNoun(head) && s.tag(head).equals("NNS") && isBarePlural(s, head)) return "factuality.generic-plural";
        // Walk up: "plans to attack" (xcomp), "ability to launch attacks" (obj then acl/xcomp).
        int current = head;
        for (int step = 0; step < 3; step++) {
            List<SentenceView.Edge> parents = s.parents(current);
            if (parents.isEmpty()) break;
            SentenceView.Edge up = parents.get(0);
            if (up.rel().startsWith("conj") || up.rel().equals("root")) break;
            // Reported speech keeps factuality: "officials said militants attacked".
            if (up.rel().equals("ccomp") || up.rel().equals("parataxis")) break;
            int gov = up.token();
            Optional<CueLexicon.Cue> cue = cues.lookup(s.lemma(gov), "governor");
            if (cue.isPresent()) return cue.get().rule();
            String onGov = cueOnToken(s, gov);
            if (onGov != null && !onGov.equals("factuality.habitual-own")) return onGov;
            current = gov;
        }
        return null;
    }

    /** Modal, negation, condition or habit cues among the token's own dependents. */
    private String cueOnToken(SentenceView s, int t) {
        for (SentenceView.Edge e : s.children(t)) {
            String lemma = s.lemma(e.token());
            if (e.rel().equals("aux")) {
                Optional<CueLexicon.Cue> c = cues.lookup(lemma, "modal");
                if (c.isPresent()) return c.get().rule();
            } else if (e.rel().equals("advmod") || e.rel().equals("det")) {
                Optional<CueLexicon.Cue> c = cues.lookup(lemma, "negation");
                if (c.isPresent()) return c.get().rule();
                c = cues.lookup(lemma, "habitual");
                if (c.isPresent()) return c.get().rule();
            } else if (e.rel().equals("mark")) {
                Optional<CueLexicon.Cue> c = cues.lookup(lemma, "condition");
                if (c.isPresent()) return c.get().rule();
            }
        }
        return null;
    }

    /** A plural noun with no determiner, number or possessive: "attacks", "hit-and-run attacks". */
    private static boolean isBarePlural(SentenceView s, int head) {
        for (SentenceView.Edge e : s.children(head)) {
            String r = e.rel();
            if (r.equals("det") || r.equals("nummod") || r.equals("nmod:poss") || r.startsWith("nmod:on")
                    || r.startsWith("nmod:against") || r.startsWith("nmod:in") || r.startsWith("nmod:at")) {
                return false;
            }
            if (r.equals("amod") && s.ner(e.token()).equals("NUMBER")) return false;
        }
        return true;
    }

    @Override
    protected Set<Class<? extends CoreAnnotation>> requiresOwn() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(EventAnnotations.TriggerMentionsAnnotation.class);
    }
}

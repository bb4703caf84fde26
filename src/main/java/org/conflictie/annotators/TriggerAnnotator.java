package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final TriggerLexicon lexicon;
    private final Factuality factuality;

    public TriggerAnnotator(ModelFiles files) {
        this.lexicon = new TriggerLexicon(files);
        this.factuality = new Factuality(files);
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
                String why = factuality.nonFactualReason(s, head, true);
                found.add(new TriggerMention(s.span(m.get().begin(), m.get().end(), head), e.subtype(), e.strong(),
                        why == null, e.rule(), why));
                i = m.get().end();
            }
        }
        doc.set(EventAnnotations.TriggerMentionsAnnotation.class, List.copyOf(found));
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

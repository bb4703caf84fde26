package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why an event's values are what they are: for each slot, the value chosen and the candidates that
 * lost, each with its reason. Written only when a run asks for explanations ({@code ie extract --explain}).
 *
 * @param sentences the article's sentences the values and candidates come from, so a reader of the
 *                  run can see the words in context without the article
 * @param decisions one per chosen value (trigger, date, place, each actor and casualty), and one with
 *                  no chosen value for candidates dropped outright
 */
public record Explanation(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<SentenceText> sentences,
                          List<SlotDecision> decisions) {
    public Explanation {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The sentence with this index, if the explanation holds it. */
    public java.util.Optional<SentenceText> sentence(Integer index) {
        if (index == null) return java.util.Optional.empty();
        return sentences.stream().filter(s -> s.index() == index).findFirst();
    }
}

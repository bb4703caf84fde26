package org.conflictie.assembly;

import java.util.List;
import org.conflictie.annotators.ActorMention;
import org.conflictie.annotators.CasualtyMention;
import org.conflictie.annotators.DateMention;
import org.conflictie.annotators.PlaceMention;
import org.conflictie.annotators.TriggerMention;

/**
 * One sentence that reports an incident, with the mentions it holds. A continuation-only sentence
 * has no strong trigger or casualty of its own ("The operation took place in the mountains"): it
 * can add details to the incident before it but never starts one.
 */
record IncidentSentence(int index, List<TriggerMention> triggers, List<CasualtyMention> casualties,
                        List<ActorMention> actors, List<PlaceMention> places, List<DateMention> dates,
                        boolean continuationOnly) {

    boolean hasStrongTrigger() {
        return triggers.stream().anyMatch(t -> t.strong() && t.factual());
    }

    /** The first date stated in the sentence that is not the dateline. */
    DateMention date() {
        return dates.stream().filter(d -> !d.dateline()).findFirst().orElse(null);
    }

    /** The most specific place of the sentence, or null. */
    PlaceMention place() {
        return places.stream().filter(p -> !p.dateline() && p.name() != null)
                .min(java.util.Comparator.comparingInt(PlaceRank::of)).orElse(null);
    }
}

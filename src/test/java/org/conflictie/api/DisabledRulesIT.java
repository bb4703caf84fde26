package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conflictie.model.Actor;
import org.conflictie.model.Event;
import org.junit.jupiter.api.Test;

/** Switching rules off changes the extraction itself, not only what is shown (a text written for this test). */
class DisabledRulesIT {
    static final String TEXT = "KIRKUK, Iraq (Reuters) - A suicide bomber attacked a police checkpoint in Kirkuk on Sunday, "
            + "killing two police officers and wounding three civilians, police said. "
            + "A police patrol was ambushed by militants near the city later that day.";

    static Event only(Extractor ex) {
        List<Event> events = ex.extract(TEXT, "2021-05-04");
        assertEquals(1, events.size(), events::toString);
        return events.get(0);
    }

    /** Target text to the rule that found it. */
    static Map<String, String> targets(Event e) {
        return e.actors().stream().filter(a -> a.role() == org.conflictie.model.Role.TARGET)
                .collect(Collectors.toMap(Actor::text, Actor::rule));
    }

    @Test
    void withoutCasualtyRulesThereAreNoCasualtiesNorVictimsButTheEventStays() {
        Event base = only(ModelFixture.extractor());
        assertEquals(2, base.casualties().size(), base::toString);
        assertEquals("actor.victim", targets(base).get("civilians"), base::toString);

        try (Extractor ablated = ModelFixture.extractor().withDisabledRules(List.of("casualty."))) {
            Event without = only(ablated);
            assertEquals("trigger.bombing", without.trigger().rule());
            assertEquals(List.of(), without.casualties());
            // Victims come from casualty mentions: dropped before the actor annotator runs, they name no one.
            assertTrue(without.actors().stream().noneMatch(a -> a.rule().equals("actor.victim")), without::toString);
            assertEquals(2L, ablated.disabledRules().droppedCounts().get("casualty."));
        }
        // Closing the ablated extractor leaves the shared one (and its CoreNLP) working.
        assertEquals(base, only(ModelFixture.extractor()));
    }

    @Test
    void anotherRuleTakesOverWhatADisabledRuleHadClaimed() {
        Event base = only(ModelFixture.extractor());
        assertEquals("actor.active-object", targets(base).get("police officers"), base::toString);

        try (Extractor ablated = ModelFixture.extractor().withDisabledRules(List.of("actor.active-object"))) {
            Map<String, String> targets = targets(only(ablated));
            assertTrue(targets.values().stream().noneMatch("actor.active-object"::equals), targets.toString());
            // "killing two police officers": the victim rule finds them once the object rule is gone.
            assertEquals("actor.victim", targets.get("police officers"), targets.toString());
            assertEquals("actor.passive-subject", targets.get("police patrol"), targets.toString());
        }
    }
}

package org.conflictie.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Map;
import org.conflictie.model.Outcome;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;
import org.junit.jupiter.api.Test;

class DisabledRulesTest {

    @Test
    void aPrefixDisablesAFamilyOrOneRuleWithItsDerivedForms() {
        DisabledRules family = new DisabledRules(List.of("casualty."));
        assertTrue(family.disables("casualty.passive-killed"));
        assertTrue(family.disables("casualty.shot-fatally"));
        assertFalse(family.disables("actor.victim"));
        assertFalse(family.disables("casualtyish"), "the dot is part of the prefix");

        DisabledRules one = new DisabledRules(List.of("casualty.passive-killed"));
        assertTrue(one.disables("casualty.passive-killed"));
        assertTrue(one.disables("casualty.passive-killed.bare"));
        assertFalse(one.disables("casualty.killed"));
        assertFalse(one.disables(null));

        assertEquals(Map.of("casualty.passive-killed", 2L), one.droppedCounts());
        assertEquals("casualty.passive-killed", one.matchingPrefix("casualty.passive-killed.suffered"));
        assertNull(one.matchingPrefix("place.gazetteer"));
        assertThrows(IllegalArgumentException.class, () -> new DisabledRules(List.of(" ")));
        assertTrue(DisabledRules.none().isEmpty());
    }

    @Test
    void dropsOnlyTheDisabledRulesMentionsFromEveryList() {
        Span s = new Span(0, 0, 1, 0, 0, 6, "Gunmen");
        Annotation doc = new Annotation("Gunmen killed two.");
        doc.set(EventAnnotations.TriggerMentionsAnnotation.class, List.of(
                new TriggerMention(s, Subtype.ARMED_ASSAULT, true, true, "trigger.kill", null)));
        doc.set(EventAnnotations.CasualtyMentionsAnnotation.class, List.of(
                new CasualtyMention(s, s, s, Outcome.KILLED, 2, null, null, true, "casualty.killed"),
                new CasualtyMention(s, s, null, Outcome.KILLED, 2, null, null, true, "casualty.killed.bare"),
                new CasualtyMention(s, s, s, Outcome.INJURED, 1, null, null, true, "casualty.shot")));
        doc.set(EventAnnotations.ActorMentionsAnnotation.class, List.of(
                new ActorMention(s, Role.ATTACKER, "Gunmen", s, "actor.active-subject"),
                new ActorMention(s, Role.TARGET, "two", s, "actor.victim")));

        DisabledRules disabled = new DisabledRules(List.of("casualty.killed", "actor.victim", "date."));
        disabled.dropFrom(doc);

        assertEquals(List.of("casualty.shot"),
                doc.get(EventAnnotations.CasualtyMentionsAnnotation.class).stream().map(CasualtyMention::rule).toList());
        assertEquals(List.of("actor.active-subject"),
                doc.get(EventAnnotations.ActorMentionsAnnotation.class).stream().map(ActorMention::rule).toList());
        assertEquals(1, doc.get(EventAnnotations.TriggerMentionsAnnotation.class).size());
        assertNull(doc.get(EventAnnotations.DateMentionsAnnotation.class), "lists not yet set stay unset");
        assertEquals(Map.of("casualty.killed", 2L, "actor.victim", 1L, "date.", 0L), disabled.droppedCounts());

        disabled.dropFrom(doc);
        assertEquals(2L, disabled.droppedCounts().get("casualty.killed"), "a dropped mention is not counted again");
    }
}

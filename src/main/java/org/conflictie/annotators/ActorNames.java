package org.conflictie.annotators;

import java.util.Optional;

/**
 * Canonical names for actor and victim phrases, backed by the alias tables under
 * {@code models/actors/}. Kept as an interface so the rules can be tested with a small table.
 */
public interface ActorNames {
    /** The canonical name of a phrase ("Daesh fighters" → ISIS), if the tables know it. */
    Optional<String> canonical(String phrase);

    /** Whether a lower-case head lemma names civilians ("villager", "resident", "child"). */
    boolean isCivilian(String headLemma);
}

package org.conflictie.resources;

/**
 * How a mention was read as an actor.
 *
 * @param actor      the actor
 * @param alias      the alias that matched, or the country or demonym a state force was named from
 * @param headNoun   the head noun dropped from the mention ("militants", "troops"), or null
 * @param viaContext true when the mention named no actor itself ("government forces", "the army") and the
 *                   article's country supplied it: less certain than a named match
 */
public record ActorMatch(CanonicalActor actor, String alias, String headNoun, boolean viaContext) {}

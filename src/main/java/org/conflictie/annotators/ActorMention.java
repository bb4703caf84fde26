package org.conflictie.annotators;

import org.conflictie.model.Role;

/**
 * A participant of an attack, tied to the word that reports it.
 *
 * @param span   the actor's words
 * @param role   attacker or target
 * @param name   canonical name, or the words when the alias table does not know them
 * @param anchor the trigger or casualty word the actor attaches to
 * @param rule   the dependency rule that found it
 * @param known  whether the alias table knows the actor (a named armed group or force, not a person
 *               or a description): only known actors tell incidents apart by their sides
 */
public record ActorMention(Span span, Role role, String name, Span anchor, String rule, boolean known) {
    /** An actor the alias table does not know. */
    public ActorMention(Span span, Role role, String name, Span anchor, String rule) {
        this(span, role, name, anchor, rule, false);
    }
}

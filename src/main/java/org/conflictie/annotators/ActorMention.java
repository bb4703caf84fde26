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
 */
public record ActorMention(Span span, Role role, String name, Span anchor, String rule) {}

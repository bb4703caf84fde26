package org.conflictie.resources;

/**
 * An armed actor under its canonical name.
 *
 * @param name    canonical name ("ISIS", "US military", "Popular Mobilization Forces")
 * @param kind    what sort of actor it is
 * @param country ISO alpha-2 code of the country it belongs to or mainly fights in; null for
 *                transnational actors and coalitions
 */
public record CanonicalActor(String name, ActorKind kind, String country) {}

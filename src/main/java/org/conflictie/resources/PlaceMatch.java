package org.conflictie.resources;

/**
 * A candidate reading of a place mention.
 *
 * @param entry   the gazetteer entry
 * @param form    the name or alias that matched
 * @param level   how it matched
 * @param risky   true when the mention may not be a place at all: an ordinary English word ("March",
 *                "Hit"), a first name for a town ("Aurora"), a lower-case mention, a postal code, or a
 *                fuzzy match. {@link Gazetteer#best} accepts a risky match only when the context supports it
 * @param fit     how the entry agrees with the article's context
 * @param score   the ranking score (higher is better); comparable only within one lookup
 */
public record PlaceMatch(GeoEntry entry, String form, MatchLevel level, boolean risky, ContextFit fit, double score) {

    /** Agreement of a candidate with the places an article names elsewhere. */
    public enum ContextFit {
        /** The entry is, or lies in, a first-level division the context names. */
        ADMIN1,
        /** The entry is, or lies in, a country the context names. */
        COUNTRY,
        /** The context names nothing this entry is in (or nothing at all). */
        NONE
    }

    /** Country code of the entry. */
    public String country() {
        return entry.country();
    }

    @Override
    public String toString() {
        return entry + " via '" + form + "' " + level + (risky ? " risky" : "") + " " + fit + String.format(" %.1f", score);
    }
}

package org.conflictie.annotators;

import java.util.Optional;

/**
 * Gazetteer access for the place rules, backed by the GeoNames-derived tables under
 * {@code models/geo/}. An interface so the rules can be tested with a small table.
 */
public interface PlaceLookup {
    /**
     * A resolved place.
     *
     * @param name    usual English name
     * @param kind    {@code city}, {@code admin1} or {@code country}
     * @param admin1  its first-level division, when known (for an admin1, itself)
     * @param country ISO 3166-1 alpha-2
     */
    record Resolved(String name, String kind, String admin1, String country) {}

    /** The best gazetteer entry for a phrase, preferring entries in {@code contextCountry} (may be null). */
    Optional<Resolved> resolve(String phrase, String contextCountry);

    /** The country a demonym or adjective names ("Iraqi" → IQ). */
    Optional<String> countryOfDemonym(String word);
}

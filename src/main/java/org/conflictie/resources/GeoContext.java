package org.conflictie.resources;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an article says elsewhere about where it is: countries and first-level divisions mentioned in
 * it (or known from its source), used to rank the readings of an ambiguous place name
 * ("Wilmington" in an article that names California).
 *
 * @param countries   ISO alpha-2 codes
 * @param admin1Codes GeoNames division codes ({@code US.CA}, {@code IQ.15})
 * @param trusted     the caller knows the mention is a place (a named-entity tagger said LOCATION, or it
 *                    is a dateline): risky matches are then accepted without other support
 */
public record GeoContext(Set<String> countries, Set<String> admin1Codes, boolean trusted) {
    public GeoContext {
        countries = Set.copyOf(countries);
        admin1Codes = Set.copyOf(admin1Codes);
    }

    /** No context at all. */
    public static GeoContext none() {
        return new GeoContext(Set.of(), Set.of(), false);
    }

    /** Context of the given countries. */
    public static GeoContext ofCountries(String... iso2) {
        return new GeoContext(Set.of(iso2), Set.of(), false);
    }

    /** The same context, with the mention known to be a place. */
    public GeoContext trustedMention() {
        return new GeoContext(countries, admin1Codes, true);
    }

    /** This context and the entry: a country adds itself, anything else adds its country and divisions. */
    public GeoContext with(GeoEntry e) {
        Set<String> c = new LinkedHashSet<>(countries);
        Set<String> a = new LinkedHashSet<>(admin1Codes);
        c.add(e.country());
        if (e.kind() != GeoKind.CITY) a.addAll(e.admin1Codes());
        else if (e.admin1Code() != null) a.add(e.admin1Code());
        return new GeoContext(c, a, trusted);
    }

    /** True when the context names nothing. */
    public boolean isEmpty() {
        return countries.isEmpty() && admin1Codes.isEmpty();
    }
}

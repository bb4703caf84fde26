package org.conflictie.score;

import org.conflictie.model.Place;

/**
 * Which places lie within which, for the lenient place rule ("a place is right when one contains
 * the other"). The scorer asks both ways round, so an implementation only answers one question.
 *
 * <p>{@link #fromRecordFields()} is the default: it knows only what the two records say about
 * themselves. A gazetteer-backed hierarchy can replace it through {@link Scorer.Builder#placeHierarchy}.
 */
@FunctionalInterface
public interface PlaceHierarchy {

    /** True when {@code inner} lies within {@code outer} (e.g. a city within its province). */
    boolean contains(Place outer, Place inner);

    /**
     * A place with {@code admin1} X lies within a place whose name, text or alt is X (normalised as
     * names are), unless both records give a country and the countries differ. So "Rockford"
     * (admin1 Illinois) lies within "Illinois", but knows nothing about cities in other records.
     */
    static PlaceHierarchy fromRecordFields() {
        return (outer, inner) -> {
            if (outer == null || inner == null) return false;
            String admin1 = Names.normalise(inner.admin1());
            if (admin1.isEmpty()) return false;
            if (outer.country() != null && inner.country() != null
                    && !outer.country().trim().equalsIgnoreCase(inner.country().trim())) {
                return false;
            }
            return Values.goldWordings(outer).contains(admin1);
        };
    }
}

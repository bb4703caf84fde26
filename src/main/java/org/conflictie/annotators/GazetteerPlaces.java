package org.conflictie.annotators;

import java.util.Optional;
import org.conflictie.resources.Gazetteer;
import org.conflictie.resources.GeoContext;
import org.conflictie.resources.GeoEntry;
import org.conflictie.resources.GeoKind;

/** {@link PlaceLookup} backed by the GeoNames-derived {@link Gazetteer} under {@code models/geo/}. */
public final class GazetteerPlaces implements PlaceLookup {
    private final Gazetteer gazetteer;

    public GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public Optional<Resolved> resolve(String phrase, String contextCountry) {
        GeoContext context = contextCountry == null ? GeoContext.none() : GeoContext.ofCountries(contextCountry);
        return gazetteer.best(phrase, context).map(m -> {
            GeoEntry e = m.entry();
            String kind = switch (e.kind()) {
                case COUNTRY -> "country";
                case ADMIN1 -> "admin1";
                case ADMIN2 -> "area";
                case REGION -> "region";
                case CITY -> "city";
            };
            return new Resolved(e.name(), kind, e.kind() == GeoKind.ADMIN1 ? e.name() : e.admin1(), e.country());
        });
    }

    @Override
    public Optional<String> countryOfDemonym(String word) {
        return gazetteer.countryOfDemonym(word);
    }
}

package org.conflictie.resources;

import java.util.Set;

/**
 * One gazetteer entry.
 *
 * @param id          stable id: {@code country:IQ}, {@code admin1:IQ.15}, {@code admin2:IQ.11.93817},
 *                    {@code region:IQ:Kurdistan Region},
 *                    {@code city:<geonameid>}
 * @param name        usual English name, ASCII ("Mosul", "Nineveh", "San Salvador")
 * @param kind        country, first-level division, region or populated place
 * @param country     ISO 3166-1 alpha-2 code
 * @param admin1Code  GeoNames code of the first-level division the entry is or lies in ({@code IQ.15}),
 *                    or null (countries, multi-province regions, places GeoNames does not assign)
 * @param admin1      English name of that division, or null
 * @param admin2Code  GeoNames code of the second-level division the entry is or lies in
 *                    ({@code US.CA.037}), or null
 * @param population  population, or for countries, divisions and regions the summed population of their
 *                    listed places; a ranking weight, 0 when unknown
 * @param featureCode GeoNames feature code of a place (PPLC capital, PPLA seat of a first-level division,
 *                    PPLA2 of a second-level one, PPL other); empty for other kinds
 * @param admin1Codes the divisions the entry covers: one for a division or a place, several for a
 *                    region, empty for a country
 */
public record GeoEntry(String id, String name, GeoKind kind, String country, String admin1Code, String admin1,
                       String admin2Code, long population, String featureCode, Set<String> admin1Codes) {
    public GeoEntry {
        admin1Codes = Set.copyOf(admin1Codes);
    }

    /** True for a national capital. */
    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase() + (admin1 != null && kind != GeoKind.ADMIN1 ? ", " + admin1 : "")
                + ", " + country + ")";
    }
}

package org.conflictie.resources;

/** What a gazetteer entry is. */
public enum GeoKind {
    /** An ISO 3166-1 country or territory. */
    COUNTRY,
    /** A first-level division: state, province, governorate, department, oblast. */
    ADMIN1,
    /** A second-level division: US county, Iraqi or Syrian district, municipality. */
    ADMIN2,
    /** A named region that is not an administrative unit of its own ("Kurdistan Region", "Donbas"). */
    REGION,
    /** A populated place: city, town, village, or a named part of one. */
    CITY
}

package org.conflictie.format.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IsoCountriesTest {

    @Test
    void theShippedListIsTheJdksListOfAssignedCodes() {
        // The data file was made from this JDK list; a JDK with a newer ISO list makes this fail, which is the
        // moment to regenerate models/geo/iso3166-alpha2.tsv (see its header).
        Set<String> jdk = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        assertEquals(jdk, Set.copyOf(IsoCountries.standard().codes()));
        assertEquals(249, IsoCountries.standard().codes().size());
    }

    @Test
    void knowsCodesAndNames() {
        IsoCountries iso = IsoCountries.standard();
        assertTrue(iso.isAssigned("IQ"));
        assertEquals("Iraq", iso.name("IQ").orElseThrow());
        assertTrue(iso.isAssigned("SS"));
        assertFalse(iso.isAssigned("XK"), "Kosovo's XK is user-assigned, not ISO");
        assertFalse(iso.isAssigned("UK"), "the United Kingdom is GB");
        assertFalse(iso.isAssigned("iq"));
    }
}

package org.conflictie.resources;

import java.util.List;
import java.util.Map;

/**
 * Everything a {@link Gazetteer} looks names up in, as built from the data files or read back from a
 * {@link GazetteerSnapshot}. The arrays are never written after building.
 *
 * @param entries          the entries, by number
 * @param weight           log10 population weight per entry
 * @param fuzzyTarget      whether a fuzzy match may reach the entry
 * @param forms            every indexed name and alias, by form number
 * @param formEntry        the entry of each form
 * @param formSource       how strong each form is: {@code Gazetteer.NAME}, {@code CURATED} or {@code ALIAS}
 * @param formAcronym      whether the form is an acronym that only matches a mention in capitals
 * @param byKey            name key to postings {@code form << 1 | articleStripped}
 * @param bySkeleton       transliteration skeleton to form numbers
 * @param abbreviations    abbreviation as written to postings {@code entry << 1 | postal}
 * @param countryIndex     ISO alpha-2 code to entry
 * @param admin1Index      GeoNames first-level code to entry
 * @param demonyms         demonym key to country codes, most likely first
 * @param demonymOfCountry country code to its usual adjective
 */
record GazetteerTables(GeoEntryTable entries, double[] weight, boolean[] fuzzyTarget, PackedStrings forms,
                       int[] formEntry, byte[] formSource, boolean[] formAcronym, PostingIndex byKey,
                       PostingIndex bySkeleton, Map<String, int[]> abbreviations, Map<String, Integer> countryIndex,
                       Map<String, Integer> admin1Index, Map<String, List<String>> demonyms,
                       Map<String, String> demonymOfCountry) {
    GazetteerTables {
        int n = entries.size();
        int f = forms.size();
        if (weight.length != n || fuzzyTarget.length != n || formEntry.length != f || formSource.length != f
                || formAcronym.length != f) {
            throw new IllegalArgumentException("gazetteer tables differ in length");
        }
    }
}

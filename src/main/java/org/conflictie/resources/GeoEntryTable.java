package org.conflictie.resources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's entries as columns: the string fields are numbers into one pool of distinct
 * strings, so 120,000 entries cost a few arrays rather than 120,000 records and their strings. A
 * {@link GeoEntry} is made when a lookup first returns the entry, and kept.
 */
final class GeoEntryTable {
    static final int NULL = -1;
    private static final GeoKind[] KINDS = GeoKind.values();

    final PackedStrings pool;
    final byte[] kind;
    final long[] population;
    final int[] id;
    final int[] name;
    final int[] country;
    final int[] admin1Code;
    final int[] admin1;
    final int[] admin2Code;
    final int[] featureCode;
    /** The divisions entry {@code i} covers are {@code codes[codeStarts[i]..codeStarts[i + 1])}. */
    final int[] codeStarts;
    final int[] codes;
    // Filled as lookups reach entries. Racing threads may each make an entry once; the copies are
    // equal, and a GeoEntry is immutable, so either may be kept.
    private final GeoEntry[] made;

    GeoEntryTable(PackedStrings pool, byte[] kind, long[] population, int[] id, int[] name, int[] country,
                  int[] admin1Code, int[] admin1, int[] admin2Code, int[] featureCode, int[] codeStarts, int[] codes) {
        int n = kind.length;
        for (int[] column : new int[][]{id, name, country, admin1Code, admin1, admin2Code, featureCode}) {
            if (column.length != n) throw new IllegalArgumentException("entry columns differ in length");
        }
        if (population.length != n || codeStarts.length != n + 1 || codeStarts[n] != codes.length) {
            throw new IllegalArgumentException("entry columns differ in length");
        }
        this.pool = pool;
        this.kind = kind;
        this.population = population;
        this.id = id;
        this.name = name;
        this.country = country;
        this.admin1Code = admin1Code;
        this.admin1 = admin1;
        this.admin2Code = admin2Code;
        this.featureCode = featureCode;
        this.codeStarts = codeStarts;
        this.codes = codes;
        this.made = new GeoEntry[n];
    }

    static GeoEntryTable of(List<GeoEntry> entries) {
        int n = entries.size();
        Map<String, Integer> refs = new HashMap<>();
        List<String> strings = new ArrayList<>();
        java.util.function.Function<String, Integer> ref = s -> s == null ? NULL : refs.computeIfAbsent(s, x -> {
            strings.add(x);
            return strings.size() - 1;
        });
        byte[] kind = new byte[n];
        long[] population = new long[n];
        int[] id = new int[n], name = new int[n], country = new int[n], admin1Code = new int[n], admin1 = new int[n],
                admin2Code = new int[n], featureCode = new int[n], codeStarts = new int[n + 1];
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoEntry e = entries.get(i);
            kind[i] = (byte) e.kind().ordinal();
            population[i] = e.population();
            id[i] = ref.apply(e.id());
            name[i] = ref.apply(e.name());
            country[i] = ref.apply(e.country());
            admin1Code[i] = ref.apply(e.admin1Code());
            admin1[i] = ref.apply(e.admin1());
            admin2Code[i] = ref.apply(e.admin2Code());
            featureCode[i] = ref.apply(e.featureCode());
            for (String c : new java.util.TreeSet<>(e.admin1Codes())) codes.add(ref.apply(c)); // sorted: the same bytes every run
            codeStarts[i + 1] = codes.size();
        }
        return new GeoEntryTable(PackedStrings.of(strings), kind, population, id, name, country, admin1Code, admin1,
                admin2Code, featureCode, codeStarts, codes.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return kind.length;
    }

    GeoKind kind(int i) {
        return KINDS[kind[i]];
    }

    String featureCode(int i) {
        return string(featureCode[i]);
    }

    GeoEntry get(int i) {
        GeoEntry e = made[i];
        if (e == null) made[i] = e = make(i);
        return e;
    }

    private GeoEntry make(int i) {
        Set<String> covered = new LinkedHashSet<>();
        for (int c = codeStarts[i]; c < codeStarts[i + 1]; c++) covered.add(pool.get(codes[c]));
        return new GeoEntry(string(id[i]), string(name[i]), kind(i), string(country[i]), string(admin1Code[i]),
                string(admin1[i]), string(admin2Code[i]), population[i], string(featureCode[i]), covered);
    }

    private String string(int ref) {
        return ref == NULL ? null : pool.get(ref);
    }
}

package org.conflictie.format.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The assigned ISO 3166-1 alpha-2 country codes, read from {@code models/geo/iso3166-alpha2.tsv} (shipped in
 * the jar; the file's header says where the list comes from).
 */
public final class IsoCountries {
    /** Classpath location of the list; the build copies {@code models/} into the jar. */
    public static final String RESOURCE = "/models/geo/iso3166-alpha2.tsv";

    private static volatile IsoCountries standard;

    private final Map<String, String> nameByCode;

    private IsoCountries(Map<String, String> nameByCode) {
        this.nameByCode = Collections.unmodifiableMap(nameByCode);
    }

    /** The list shipped with conflict-ie. */
    public static IsoCountries standard() {
        IsoCountries s = standard;
        if (s == null) {
            try (InputStream in = IsoCountries.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " (is models/ on the classpath?)");
                }
                s = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = s;
        }
        return s;
    }

    /** Parses {@code code<TAB>name} lines; {@code #} lines are comments. */
    static IsoCountries parse(InputStream in) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", 2);
            codes.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
        }
        return new IsoCountries(codes);
    }

    public boolean isAssigned(String code) {
        return nameByCode.containsKey(code);
    }

    /** The English name of an assigned code, e.g. {@code Iraq} for {@code IQ}. */
    public Optional<String> name(String code) {
        return Optional.ofNullable(nameByCode.get(code));
    }

    /** Every assigned code, in the file's (alphabetical) order. */
    public java.util.Set<String> codes() {
        return nameByCode.keySet();
    }

    /** Upper-cased {@code code} when that is assigned and {@code code} is not: for a "did you mean" hint. */
    Optional<String> caseFix(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return !upper.equals(code) && isAssigned(upper) ? Optional.of(upper) : Optional.empty();
    }
}

package org.conflictie.resources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.conflictie.resources.DataFiles.col;

/**
 * Countries, first- and second-level divisions, regions and populated places, with tolerant name lookup and
 * context-aware ranking.
 *
 * <h2>Data</h2>
 * {@code geo/countries.tsv}, {@code geo/admin1.tsv}, {@code geo/admin2.tsv}, {@code geo/cities.tsv} and
 * {@code geo/demonyms.tsv}
 * are generated from GeoNames-derived npm packages by {@code geo/build-gazetteer.mjs}; the hand-made
 * {@code geo/admin1-aliases.tsv}, {@code geo/regions.tsv} and {@code geo/place-aliases.tsv} add the
 * names English news uses. Each file's header says more.
 *
 * <h2>Matching policy</h2>
 * <ol>
 *   <li>A mention is cleaned first: surrounding punctuation, a possessive "'s" and a leading "the" go.
 *       A trailing division word ("Nineveh governorate", "Kirkuk province", "New York State") or
 *       place word ("Mosul city", "Makhmour district"), or a leading "province of" / "city of", is
 *       also tried without it, and then favours divisions or places ("Harris County", "Sinjar district"
 *       favour second-level divisions, and the district's seat a little). A leading direction ("northern
 *       Iraq") is dropped only when the whole mention matches nothing.</li>
 *   <li>Names and aliases match case, accents, hyphens, spaces and punctuation aside, and with Arabic
 *       articles dropped ("Al-Anbar" = "Anbar"). An alias written in capitals of at most six letters
 *       ("US", "UK", "DRC", "FCT") matches only a mention in capitals. State abbreviations ("Calif.",
 *       "N.Y.") match as written; their period may be left off unless that leaves a word ("Wash.").</li>
 *   <li>When no name or curated alias matches, transliteration variants are tried
 *       ({@link Text#skeleton}: "Makhmour" = "Makhmur", "Qarachogh" = "Qaracogh").</li>
 *   <li>When nothing matches at all, a fuzzy match (one edit on the skeleton: "Kikruk" = "Kirkuk") is
 *       tried, but only for a mention that starts with a capital, has at least five letters, at most
 *       three words, and no word that is a common English word or a first name; and only against
 *       countries, first-level divisions, regions and places that are capitals, seats of a first- or second-level
 *       division, or have at least 15,000 inhabitants.</li>
 *   <li>A match is <em>risky</em> when the mention is a single common English word, weekday, month or
 *       title ("March", "Hit", "Police"), a first name read as a town or district ("Aurora"), all lower case, a
 *       postal code ("IN", "OR"), a variant of a GeoNames alternate name (these include other
 *       languages' spellings: "Johnsen" is a variant of "Junsen", a Korean town), or fuzzy. An all-lower-case common word matches nothing at all.
 *       {@link #best} returns a risky match only when the context supports it (the entry lies in a
 *       country or division the context names) or the context says the mention is a place.</li>
 * </ol>
 *
 * <h2>Ranking</h2>
 * Candidates are scored by match level (name > abbreviation > alias > variant > fuzzy), agreement
 * with the context (in a named division: +12, in a named country: +6, outside every named country:
 * -4), the log of a population weight (national capitals count tenfold; seats with no population get
 * a floor), a bonus for countries, and a hint bonus (+10) when the mention said "province" or
 * "city". A division loses 3 (10 if the place matched only by alias) when a place of the same name
 * lies in it ("Kirkuk" is the city in Kirkuk governorate; "Kirkuk province" is the governorate).
 *
 * <h2>Cost</h2>
 * Building reads about 6 MB of tables and indexes some 270,000 names and 190,000 transliteration
 * skeletons: about 1 s on a fresh JVM. The built tables are compact ({@link GazetteerTables}: packed
 * strings, sorted keys searched by bisection, entries as columns; about 30 MB of heap) and can be saved
 * as a {@link GazetteerSnapshot}, which a later run reads in about 0.03 s; {@code ie extract} keeps one
 * in its cache folder. A lookup takes tens of microseconds. Use {@link #defaultInstance()} to load the
 * packaged tables once per JVM.
 */
public final class Gazetteer {
    private static volatile Gazetteer defaultInstance;

    // Form sources, from strongest.
    private static final byte NAME = 0;
    private static final byte CURATED = 1;
    private static final byte ALIAS = 2;

    private static final Set<String> ADMIN_SUFFIXES = Set.of("governorate", "province", "department", "departamento",
            "state", "region", "oblast", "prefecture", "wilaya", "wilayat", "muhafazah", "muhafazat", "krai", "kray",
            "governorates", "provinces");
    private static final Set<String> CITY_SUFFIXES = Set.of("city", "town", "village", "subdistrict",
            "sub-district", "neighborhood", "neighbourhood", "township", "suburb");
    private static final Set<String> ADMIN2_SUFFIXES = Set.of("county", "district", "municipality", "parish", "borough");
    private static final List<String> ADMIN_PREFIXES = List.of("province of ", "governorate of ", "department of ",
            "state of ", "region of ");
    private static final List<String> CITY_PREFIXES = List.of("city of ", "town of ", "village of ", "district of ");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
            "north-eastern", "north-western", "south-eastern", "south-western", "upper", "lower", "rural", "greater");

    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLG");
    private static final java.util.regex.Pattern ADMIN2_AFFIX = java.util.regex.Pattern.compile(
            "(?i)^(qada'?|qadaa|qadha'?|nahiyat|mantiqat|markaz)\\s+|\\s+(county|district|parish|borough|municipality|"
                    + "department|province|prefecture|census area|city and borough|municipio|partido)$");

    /**
     * The data files the tables are built from, in the order read: a snapshot's fingerprint covers
     * exactly these (a test builds the gazetteer from a folder holding only them).
     */
    static final List<String> SOURCE_FILES = List.of("lexicon/common-words.txt", "lexicon/common-words-extra.txt",
            "lexicon/first-names.txt", "geo/countries.tsv", "geo/admin1.tsv", "geo/admin1-aliases.tsv",
            "geo/regions.tsv", "geo/admin2.tsv", "geo/place-aliases.tsv", "geo/cities.tsv", "geo/demonyms.tsv");

    private final EnglishWords words;
    private final GeoEntryTable entries;
    private final double[] weight;        // log10 population weight per entry
    private final boolean[] fuzzyTarget;  // may an entry be reached by a fuzzy match
    private final PackedStrings forms;    // every indexed name, alias
    private final int[] formEntry;
    private final byte[] formSource;
    private final boolean[] formAcronym;
    private final PostingIndex byKey;      // key -> (form index << 1 | articleStripped)
    private final PostingIndex bySkeleton; // skeleton -> form index
    private final Map<String, int[]> abbreviations; // as written -> (entry index << 1 | postal)
    private final Map<String, Integer> countryIndex;
    private final Map<String, Integer> admin1Index;
    private final Map<String, List<String>> demonyms;
    private final Map<String, String> demonymOfCountry;
    private final GazetteerTables tables;

    private Gazetteer(EnglishWords words, GazetteerTables t) {
        this.words = words;
        this.tables = t;
        this.entries = t.entries();
        this.weight = t.weight();
        this.fuzzyTarget = t.fuzzyTarget();
        this.forms = t.forms();
        this.formEntry = t.formEntry();
        this.formSource = t.formSource();
        this.formAcronym = t.formAcronym();
        this.byKey = t.byKey();
        this.bySkeleton = t.bySkeleton();
        this.abbreviations = t.abbreviations();
        this.countryIndex = t.countryIndex();
        this.admin1Index = t.admin1Index();
        this.demonyms = t.demonyms();
        this.demonymOfCountry = t.demonymOfCountry();
    }

    /** The gazetteer of the packaged data files, loaded once. */
    public static Gazetteer defaultInstance() {
        return defaultInstance(null);
    }

    /**
     * The gazetteer of the packaged data files, loaded once; when it is loaded by this call, from a
     * snapshot in {@code snapshotDir} if one fits the files, else built and saved there (null: no snapshot).
     */
    public static Gazetteer defaultInstance(Path snapshotDir) {
        Gazetteer g = defaultInstance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaultInstance;
                if (g == null) defaultInstance = g = load(DataFiles.classpath(), snapshotDir);
            }
        }
        return g;
    }

    /** Loads from a directory laid out as {@code models/} (users' edited copies). */
    public static Gazetteer load(Path modelsDir) {
        return load(DataFiles.directory(modelsDir));
    }

    public static Gazetteer load(DataFiles files) {
        return load(files, null);
    }

    /**
     * Loads the gazetteer of {@code files}: from the snapshot in {@code snapshotDir} that fits them
     * (see {@link GazetteerSnapshot}), or built from the tables and then saved there. A null
     * {@code snapshotDir} always builds and saves nothing.
     */
    public static Gazetteer load(DataFiles files, Path snapshotDir) {
        EnglishWords words = EnglishWords.load(files);
        if (snapshotDir == null) return new Gazetteer(words, new Builder(files, words).build());
        String fingerprint = GazetteerSnapshot.fingerprint(files, SOURCE_FILES);
        Optional<GazetteerTables> saved = GazetteerSnapshot.read(snapshotDir, fingerprint);
        if (saved.isPresent()) return new Gazetteer(words, saved.get());
        GazetteerTables built = new Builder(files, words).build();
        GazetteerSnapshot.write(snapshotDir, fingerprint, built);
        return new Gazetteer(words, built);
    }

    /** The tables this gazetteer looks names up in (for snapshots and their tests). */
    GazetteerTables tables() {
        return tables;
    }

    /** Number of entries of each kind, for reports. */
    public Map<GeoKind, Integer> size() {
        Map<GeoKind, Integer> m = new LinkedHashMap<>();
        for (GeoKind k : GeoKind.values()) m.put(k, 0);
        for (int i = 0; i < entries.size(); i++) m.merge(entries.kind(i), 1, Integer::sum);
        return m;
    }

    // ------------------------------------------------------------------------------------------
    // Lookup

    /** Every reading of the mention, best first, with no context. */
    public List<PlaceMatch> lookup(String mention) {
        return lookup(mention, GeoContext.none());
    }

    /** Every reading of the mention, best first, ranked with the article's context. */
    public List<PlaceMatch> lookup(String mention, GeoContext context) {
        String m = clean(mention);
        if (m.isEmpty()) return List.of();
        List<String> tokens = Text.tokens(m);
        if (tokens.isEmpty()) return List.of();
        boolean singleCommon = tokens.size() == 1 && words.isCommonWord(tokens.get(0));
        if (singleCommon && Text.isLowerCase(m)) return List.of(); // "police", "march": words, not names

        Map<Integer, Cand> cands = new HashMap<>();
        List<Variant> variants = variants(m);
        exact(variants.get(0), cands);
        boolean wholeNamed = cands.values().stream().anyMatch(c -> c.level == MatchLevel.NAME);
        boolean abbreviated = m.endsWith(".") && cands.values().stream().anyMatch(c -> c.level == MatchLevel.ABBREVIATION);
        if (abbreviated) {
            cands.values().removeIf(c -> c.level != MatchLevel.ABBREVIATION); // "Minn." is Minnesota only
        } else if (!wholeNamed) {
            // "Kirkuk province" is tried as "Kirkuk" (favouring divisions) only when the whole mention
            // names nothing: "Kurdistan Region" and "Rivers State" are names in their own right
            for (Variant v : variants.subList(1, variants.size())) exact(v, cands);
        } else {
            for (Variant v : variants.subList(1, variants.size())) hintOnly(v, cands);
        }
        boolean strong = cands.values().stream().anyMatch(c -> c.level == MatchLevel.NAME);
        if (!strong && !singleCommon && !abbreviated) for (Variant v : variants) variant(v, cands);
        if (cands.isEmpty()) {
            // "northern Iraq", "eastern Ukraine": only when the whole mention found nothing
            int sp = m.indexOf(' ');
            if (sp > 0 && DIRECTIONS.contains(m.substring(0, sp).toLowerCase(Locale.ROOT))) {
                return lookup(m.substring(sp + 1), context);
            }
            if (!singleCommon && fuzzyAllowed(m, tokens)) for (Variant v : variants) fuzzy(v, cands);
        }
        if (cands.isEmpty()) return List.of();

        boolean lower = Text.isLowerCase(m);
        boolean firstName = tokens.size() == 1 && words.isFirstName(tokens.get(0));
        List<PlaceMatch> out = new ArrayList<>(cands.size());
        for (Cand c : cands.values()) {
            GeoEntry e = entries.get(c.entry);
            PlaceMatch.ContextFit fit = fit(e, context);
            double s = switch (c.level) {
                case NAME -> 30;
                case ABBREVIATION -> 28;
                case ALIAS -> 22;
                case VARIANT -> 15;
                case FUZZY -> 8;
            };
            if (c.stripped) s -= 1;
            if (!c.full) s -= 1;
            s += switch (fit) {
                case ADMIN1 -> 12;
                case COUNTRY -> 6;
                case NONE -> context.countries().isEmpty() ? 0 : -4;
            };
            s += weight[c.entry];
            if (e.kind() == GeoKind.COUNTRY) s += 3;
            if (c.hint != null && c.hint == e.kind()) s += 10;
            if (c.hint == GeoKind.ADMIN1 && e.kind() == GeoKind.REGION) s += 8;
            if (c.hint == GeoKind.ADMIN2 && e.kind() == GeoKind.CITY) s += 6; // "Makhmour district": its seat will do
            if ((e.kind() == GeoKind.ADMIN1 || e.kind() == GeoKind.ADMIN2) && c.hint != e.kind()) {
                s -= sameNamedPlaceInside(c, cands);
            }
            boolean acronym = c.form >= 0 && formAcronym[c.form]; // "US" in capitals is no pronoun
            boolean risky = c.level == MatchLevel.FUZZY || c.postal || lower
                    || (singleCommon && !acronym && c.level != MatchLevel.ABBREVIATION)
                    || (c.level == MatchLevel.VARIANT && c.form >= 0 && formSource[c.form] == ALIAS)
                    || (firstName && (e.kind() == GeoKind.CITY || e.kind() == GeoKind.ADMIN2) && !e.isCapital());
            out.add(new PlaceMatch(e, forms.size() > c.form && c.form >= 0 ? forms.get(c.form) : c.formText, c.level,
                    risky, fit, s));
        }
        out.sort(Comparator.comparingDouble(PlaceMatch::score).reversed()
                .thenComparing(p -> p.entry().id()));
        return out;
    }

    /**
     * The best reading of the mention that the policy accepts: the top-ranked candidate that is not
     * risky, or is risky but lies in a country or division the context names, or is risky and the
     * context trusts the mention and names no place at all. Empty when the name is shared by places
     * in several divisions of a country, the context names divisions of that country, and none of
     * the places lies in them ("Wilmington" with California in the context: GeoNames lists
     * Wilmingtons in Delaware, North Carolina and elsewhere, but not the Los Angeles neighbourhood).
     */
    public Optional<PlaceMatch> best(String mention, GeoContext context) {
        List<PlaceMatch> all = lookup(mention, context);
        for (PlaceMatch p : all) {
            boolean accepted = !p.risky() || p.fit() != PlaceMatch.ContextFit.NONE
                    // a trusted mention stands in for support only where no context contradicts it
                    || (context.trusted() && context.countries().isEmpty() && context.admin1Codes().isEmpty());
            if (!accepted) continue;
            return unknownNamesake(p, all, context) ? Optional.empty() : Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * True when the article names divisions of the candidate's country, the candidate lies in none of
     * them, and another place of that name in the same country does: "Wilmington" in an article about
     * California is then most likely a Wilmington the gazetteer does not have, not the largest one.
     */
    private static boolean unknownNamesake(PlaceMatch p, List<PlaceMatch> all, GeoContext context) {
        GeoEntry e = p.entry();
        if (p.fit() != PlaceMatch.ContextFit.COUNTRY || (e.kind() != GeoKind.CITY && e.kind() != GeoKind.ADMIN2)) return false;
        boolean namesDivisionsThere = context.admin1Codes().stream().anyMatch(c -> c.startsWith(e.country() + "."));
        if (!namesDivisionsThere) return false;
        return all.stream().anyMatch(q -> q != p && q.entry().kind() == e.kind() && q.level() == p.level()
                && q.entry().country().equals(e.country()) && !java.util.Objects.equals(q.entry().admin1Code(), e.admin1Code()));
    }

    /** {@link #best} with no context. */
    public Optional<PlaceMatch> best(String mention) {
        return best(mention, GeoContext.none());
    }

    /**
     * Context from the unambiguous place words of an article: country names, demonyms ("Iraqi"),
     * first-level divisions and places that have a single non-risky reading at name level.
     */
    public GeoContext contextOf(Collection<String> mentions) {
        GeoContext ctx = GeoContext.none();
        for (String m : mentions) {
            Optional<String> dem = countryOfDemonym(m);
            if (dem.isPresent()) {
                ctx = ctx.with(entries.get(countryIndex.get(dem.get())));
                continue;
            }
            List<PlaceMatch> c = lookup(m);
            if (c.isEmpty() || c.get(0).risky()
                    || (c.get(0).level() != MatchLevel.NAME && c.get(0).level() != MatchLevel.ABBREVIATION)) continue;
            PlaceMatch top = c.get(0);
            long sameLevel = c.stream().filter(p -> p.level() == MatchLevel.NAME && !sameArea(p.entry(), top.entry())).count();
            if (top.entry().kind() == GeoKind.COUNTRY || sameLevel == 0) ctx = ctx.with(top.entry());
        }
        return ctx;
    }

    private boolean sameArea(GeoEntry a, GeoEntry b) {
        return a.equals(b) || contains(a, b) || contains(b, a);
    }

    // ------------------------------------------------------------------------------------------
    // Countries, divisions, demonyms

    /** The country with this ISO alpha-2 code. */
    public Optional<GeoEntry> country(String iso2) {
        if (iso2 == null) return Optional.empty();
        Integer i = countryIndex.get(iso2.toUpperCase(Locale.ROOT));
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /** The country a name or alias denotes ("Iraq", "the United States", "U.S.", "DRC"), exact matches only. */
    public Optional<GeoEntry> countryByName(String mention) {
        return lookup(mention).stream()
                .filter(p -> p.entry().kind() == GeoKind.COUNTRY && p.level() == MatchLevel.NAME)
                .map(PlaceMatch::entry).findFirst();
    }

    /** ISO codes of the countries a nationality word denotes, most likely first ("Congolese" gives CD, CG). */
    public List<String> countriesOfDemonym(String word) {
        String k = Text.key(Text.stripPossessive(Text.trimPunctuation(word)));
        List<String> cc = demonyms.get(k);
        if (cc == null && k.endsWith("s")) cc = demonyms.get(k.substring(0, k.length() - 1)); // "Iraqis", "Afghans"
        return cc == null ? List.of() : cc;
    }

    /** The country a nationality word most likely denotes ("Iraqi" gives IQ, "Salvadoran" SV). */
    public Optional<String> countryOfDemonym(String word) {
        List<String> cc = countriesOfDemonym(word);
        return cc.isEmpty() ? Optional.empty() : Optional.of(cc.get(0));
    }

    /** The usual nationality adjective of a country ("Iraqi" for IQ). */
    public Optional<String> demonymOf(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(demonymOfCountry.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /**
     * The country a modifier denotes, as in "Iraqi forces", "U.S. troops" or "Iraq's army": a demonym,
     * or a country name or alias (acronyms only in capitals).
     */
    public Optional<String> countryOfModifier(String word) {
        Optional<String> d = countryOfDemonym(word);
        if (d.isPresent()) return d;
        return countryByName(word).map(GeoEntry::country);
    }

    /** The first-level division with this GeoNames code ({@code IQ.15}, {@code US.CA}). */
    public Optional<GeoEntry> admin1(String code) {
        if (code == null) return Optional.empty();
        Integer i = admin1Index.get(code);
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /**
     * The first-level division a mention names ("Nineveh governorate", "Salahuddin", "Calif.", "CA"),
     * optionally within one country (null for any). Postal codes are accepted here, since the caller
     * asks for a division.
     */
    public Optional<GeoEntry> admin1ByName(String mention, String country) {
        GeoContext ctx = country == null ? GeoContext.none().trustedMention()
                : new GeoContext(Set.of(country), Set.of(), true);
        return lookup(mention, ctx).stream()
                .filter(p -> p.entry().kind() == GeoKind.ADMIN1)
                .filter(p -> country == null || p.entry().country().equals(country))
                .filter(p -> p.level() != MatchLevel.FUZZY)
                .map(PlaceMatch::entry).findFirst();
    }

    // ------------------------------------------------------------------------------------------
    // Containment

    /**
     * True when {@code inner} lies within {@code outer}: a place within its county or district, its
     * division, region and country; a county or district within its division; a division within its
     * country and the regions that list it. Every entry contains itself.
     */
    public boolean contains(GeoEntry outer, GeoEntry inner) {
        if (outer.id().equals(inner.id())) return true;
        if (!outer.country().equals(inner.country())) return false;
        return switch (outer.kind()) {
            case COUNTRY -> inner.kind() != GeoKind.COUNTRY;
            case ADMIN1 -> inner.kind() != GeoKind.COUNTRY && inner.kind() != GeoKind.ADMIN1
                    && !inner.admin1Codes().isEmpty() && outer.admin1Codes().containsAll(inner.admin1Codes());
            case ADMIN2 -> inner.kind() == GeoKind.CITY && outer.admin2Code().equals(inner.admin2Code());
            case REGION -> (inner.kind() == GeoKind.CITY || inner.kind() == GeoKind.ADMIN1 || inner.kind() == GeoKind.ADMIN2)
                    && !inner.admin1Codes().isEmpty() && outer.admin1Codes().containsAll(inner.admin1Codes());
            case CITY -> false;
        };
    }

    /**
     * Lenient containment of two mentions, for a scorer: true when some name-level reading of
     * {@code outer} contains some name-level reading of {@code inner} ("Iraq" contains "Mosul",
     * "Nineveh" contains "Mosul", "California" contains "Wilmington" because one Wilmington is there).
     */
    public boolean contains(String outer, String inner) {
        List<GeoEntry> o = strongReadings(outer);
        List<GeoEntry> i = strongReadings(inner);
        for (GeoEntry a : o) for (GeoEntry b : i) if (contains(a, b)) return true;
        return false;
    }

    private List<GeoEntry> strongReadings(String mention) {
        List<GeoEntry> out = new ArrayList<>();
        for (PlaceMatch p : lookup(mention, GeoContext.none().trustedMention())) {
            if (p.level() == MatchLevel.NAME || p.level() == MatchLevel.ABBREVIATION || p.level() == MatchLevel.VARIANT
                    || p.level() == MatchLevel.ALIAS) out.add(p.entry());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Internals

    private record Variant(String text, GeoKind hint, boolean full) {}

    private static final class Cand {
        int entry;
        int form = -1;
        String formText;
        MatchLevel level;
        boolean stripped;
        boolean postal;
        boolean full;
        GeoKind hint;
        String key;
    }

    private static String clean(String mention) {
        if (mention == null) return "";
        String m = Text.trimPunctuation(Text.stripPossessive(Text.trimPunctuation(mention.strip())));
        if (m.regionMatches(true, 0, "the ", 0, 4)) m = m.substring(4).strip();
        return m;
    }

    /** The mention itself, and without a division or place word, which then hints at the kind. */
    private static List<Variant> variants(String m) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant(m, null, true));
        String lower = m.toLowerCase(Locale.ROOT);
        int sp = m.lastIndexOf(' ');
        if (sp > 0) {
            String last = lower.substring(sp + 1);
            String rest = m.substring(0, sp).strip();
            if (ADMIN_SUFFIXES.contains(last)) out.add(new Variant(rest, GeoKind.ADMIN1, false));
            else if (CITY_SUFFIXES.contains(last)) out.add(new Variant(rest, GeoKind.CITY, false));
            else if (ADMIN2_SUFFIXES.contains(last)) out.add(new Variant(rest, GeoKind.ADMIN2, false));
        }
        for (String p : ADMIN_PREFIXES) {
            if (lower.startsWith(p)) out.add(new Variant(clean(m.substring(p.length())), GeoKind.ADMIN1, false));
        }
        for (String p : CITY_PREFIXES) {
            if (lower.startsWith(p)) out.add(new Variant(clean(m.substring(p.length())), GeoKind.CITY, false));
        }
        return out;
    }

    private void exact(Variant v, Map<Integer, Cand> cands) {
        boolean upper = Text.isUpperCase(v.text);
        String compact = v.text.replace(" ", "");
        int[] ab = abbreviations.get(compact);
        if (ab != null) {
            for (int p : ab) offer(cands, v, p >>> 1, -1, compact, MatchLevel.ABBREVIATION, false, (p & 1) == 1, null);
        }
        String k = Text.key(v.text);
        String s = Text.stripArticles(v.text);
        for (String key : s.equals(k) ? List.of(k) : List.of(k, s)) {
            for (int p : byKey.get(key)) {
                int f = p >>> 1;
                if (formAcronym[f] && !upper) continue;
                MatchLevel level = formSource[f] == ALIAS ? MatchLevel.ALIAS : MatchLevel.NAME;
                offer(cands, v, formEntry[f], f, null, level, (p & 1) == 1 || !key.equals(k), false, key);
            }
        }
    }

    /** The kind hint of "Rivers State" reaches the candidates the whole mention found. */
    private void hintOnly(Variant v, Map<Integer, Cand> cands) {
        if (v.hint == null) return;
        String k = Text.key(v.text);
        for (int p : byKey.get(k)) {
            Cand c = cands.get(formEntry[p >>> 1]);
            if (c != null && c.hint == null) c.hint = v.hint;
        }
    }

    private void variant(Variant v, Map<Integer, Cand> cands) {
        String sk = Text.skeleton(v.text);
        if (sk.length() < 3) return;
        for (int f : bySkeleton.get(sk)) {
            if (formAcronym[f]) continue;
            offer(cands, v, formEntry[f], f, null, MatchLevel.VARIANT, false, false, sk);
        }
    }

    private boolean fuzzyAllowed(String m, List<String> tokens) {
        if (tokens.size() > 3 || Text.letters(m) < 5 || !Character.isUpperCase(m.codePointAt(0))) return false;
        for (String t : tokens) {
            if (Text.ARTICLES.contains(t)) continue;
            if (words.isCommonWord(t) || words.isFirstName(t)) return false;
        }
        return true;
    }

    private void fuzzy(Variant v, Map<Integer, Cand> cands) {
        String sk = Text.skeleton(v.text);
        if (sk.length() < 5) return;
        for (String n : editsOne(sk)) {
            for (int f : bySkeleton.get(n)) {
                if (formAcronym[f] || formSource[f] == ALIAS || !fuzzyTarget[formEntry[f]]) continue;
                offer(cands, v, formEntry[f], f, null, MatchLevel.FUZZY, false, false, n);
            }
        }
    }

    private static final char[] SKELETON_LETTERS = "abdfhijklmnprstuvxz".toCharArray();

    /** Every string one deletion, insertion, substitution or adjacent swap away (skeleton alphabet). */
    static Set<String> editsOne(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) out.add(s.substring(0, i) + s.substring(i + 1));
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2));
        }
        for (int i = 0; i <= s.length(); i++) {
            for (char c : SKELETON_LETTERS) {
                out.add(s.substring(0, i) + c + s.substring(i));
                if (i < s.length() && s.charAt(i) != c) out.add(s.substring(0, i) + c + s.substring(i + 1));
            }
        }
        out.remove(s);
        return out;
    }

    private void offer(Map<Integer, Cand> cands, Variant v, int entry, int form, String formText, MatchLevel level,
                       boolean stripped, boolean postal, String key) {
        Cand n = new Cand();
        n.entry = entry;
        n.form = form;
        n.formText = formText;
        n.level = level;
        n.stripped = stripped;
        n.postal = postal;
        n.full = v.full;
        n.hint = v.hint;
        n.key = key;
        Cand c = cands.get(entry);
        if (c == null || better(n, c)) {
            if (c != null && n.hint == null) n.hint = c.hint;
            cands.put(entry, n);
        } else if (c.hint == null && n.hint != null) {
            c.hint = n.hint; // "Rivers State" matched whole, and the word "State" still says division
        }
    }

    /** Stronger level first; at the same level the whole mention, then a match without dropped articles. */
    private static boolean better(Cand n, Cand c) {
        if (n.level != c.level) return n.level.ordinal() < c.level.ordinal();
        if (n.full != c.full) return n.full;
        return !n.stripped && c.stripped;
    }

    /**
     * Penalty for a division when a place it contains matched the same mention: a bare "Kirkuk" or
     * "Basra" means the city more often than the governorate (3 when the place matched by name, 10
     * when only by alias or variant, so that the place still comes first).
     */
    private double sameNamedPlaceInside(Cand admin, Map<Integer, Cand> cands) {
        GeoEntry a = entries.get(admin.entry);
        double penalty = 0;
        for (Cand c : cands.values()) {
            GeoEntry e = entries.get(c.entry);
            if (e.kind() != GeoKind.CITY || c.level.ordinal() > MatchLevel.VARIANT.ordinal() || !contains(a, e)) continue;
            penalty = Math.max(penalty, c.level == MatchLevel.NAME ? 3 : 10);
        }
        return penalty;
    }

    private static PlaceMatch.ContextFit fit(GeoEntry e, GeoContext ctx) {
        if (ctx.isEmpty()) return PlaceMatch.ContextFit.NONE;
        if (!e.admin1Codes().isEmpty() && ctx.admin1Codes().containsAll(e.admin1Codes())) return PlaceMatch.ContextFit.ADMIN1;
        if (ctx.countries().contains(e.country())) return PlaceMatch.ContextFit.COUNTRY;
        return PlaceMatch.ContextFit.NONE;
    }

    // ------------------------------------------------------------------------------------------
    // Loading

    private static final class Builder {
        final DataFiles files;
        final EnglishWords words;
        final List<GeoEntry> entries = new ArrayList<>();
        final List<String> forms = new ArrayList<>();
        final IntList formEntry = new IntList();
        final ByteList formSource = new ByteList();
        final BoolList formAcronym = new BoolList();
        final Map<String, IntList> byKey = new HashMap<>(1 << 19);
        final Map<String, IntList> abbreviations = new HashMap<>();
        final Map<String, Integer> countryIndex = new HashMap<>();
        final Map<String, Integer> admin1Index = new HashMap<>();
        final Map<String, List<String>> demonyms = new HashMap<>();
        final Map<String, String> demonymOfCountry = new HashMap<>();

        Builder(DataFiles files, EnglishWords words) {
            this.files = files;
            this.words = words;
        }

        GazetteerTables build() {
            // Countries
            for (String[] r : files.tsv("geo/countries.tsv")) {
                String cc = col(r, 0);
                int i = add(new GeoEntry("country:" + cc, col(r, 2), GeoKind.COUNTRY, cc, null, null, null, parseLong(col(r, 5)), "",
                        Set.of()));
                countryIndex.put(cc, i);
                form(i, col(r, 2), NAME);
                for (String a : split(col(r, 6))) form(i, a, CURATED);
            }
            // First-level divisions: display names can be replaced by a preferred English alias
            List<String[]> adminRows = files.tsv("geo/admin1.tsv");
            Map<String, List<String[]>> adminAliases = new HashMap<>();
            for (String[] r : files.tsv("geo/admin1-aliases.tsv")) adminAliases.computeIfAbsent(col(r, 0), k -> new ArrayList<>()).add(r);
            Map<String, String> admin1Names = new HashMap<>();
            for (String[] r : adminRows) {
                String code = col(r, 0);
                String name = col(r, 2);
                for (String[] a : adminAliases.getOrDefault(code, List.of())) if (col(a, 2).equals("preferred")) name = col(a, 1);
                admin1Names.put(code, name);
                int i = add(new GeoEntry("admin1:" + code, name, GeoKind.ADMIN1, col(r, 1), code, name, null, parseLong(col(r, 4)), "",
                        Set.of(code)));
                admin1Index.put(code, i);
                form(i, col(r, 2), NAME);
                form(i, col(r, 3), NAME);
                if (!name.equals(col(r, 2))) form(i, name, NAME);
            }
            for (Map.Entry<String, List<String[]>> en : adminAliases.entrySet()) {
                Integer i = admin1Index.get(en.getKey());
                if (i == null) throw new IllegalStateException("admin1-aliases.tsv: unknown division " + en.getKey());
                for (String[] a : en.getValue()) {
                    switch (col(a, 2)) {
                        case "preferred", "alias" -> form(i, col(a, 1), CURATED);
                        case "abbrev" -> abbreviation(i, col(a, 1), false);
                        case "postal" -> abbreviation(i, col(a, 1), true);
                        default -> throw new IllegalStateException("admin1-aliases.tsv: unknown type " + col(a, 2));
                    }
                }
            }
            // Regions
            files.optionalTsv("geo/regions.tsv").ifPresent(rows -> {
                for (String[] r : rows) {
                    Set<String> codes = new LinkedHashSet<>(split(col(r, 2)));
                    long pop = 0;
                    for (String c : codes) {
                        Integer ai = admin1Index.get(c);
                        if (ai == null) throw new IllegalStateException("regions.tsv: unknown division " + c);
                        pop += entries.get(ai).population();
                    }
                    String only = codes.size() == 1 ? codes.iterator().next() : null;
                    int i = add(new GeoEntry("region:" + col(r, 1) + ":" + col(r, 0), col(r, 0), GeoKind.REGION, col(r, 1), only,
                            only == null ? null : admin1Names.get(only), null, pop, "", codes));
                    form(i, col(r, 0), NAME);
                    for (String a : split(col(r, 3))) form(i, a, CURATED);
                }
            });
            // Second-level divisions: the GeoNames name, and as an alias the name without its
            // "County", "District" or "Qada'" ("Los Angeles County" is also "Los Angeles")
            files.optionalTsv("geo/admin2.tsv").ifPresent(rows -> {
                for (String[] r : rows) {
                    String code = col(r, 0);
                    String a1 = code.substring(0, code.lastIndexOf('.'));
                    if (!admin1Index.containsKey(a1)) continue;
                    int i = add(new GeoEntry("admin2:" + code, col(r, 2), GeoKind.ADMIN2, col(r, 1), a1, admin1Names.get(a1),
                            code, parseLong(col(r, 3)), "", Set.of(a1)));
                    form(i, col(r, 2), NAME);
                    String bare = ADMIN2_AFFIX.matcher(col(r, 2)).replaceAll("").strip();
                    if (!bare.isEmpty() && !bare.equals(col(r, 2)) && !words.isCommonWord(bare)) form(i, bare, ALIAS);
                }
            });
            // Places, then curated English names for them
            Map<String, Integer> byGeonameId = new HashMap<>(1 << 17);
            Map<String, List<String[]>> placeAliases = new HashMap<>();
            files.optionalTsv("geo/place-aliases.tsv").ifPresent(rows -> {
                for (String[] r : rows) placeAliases.computeIfAbsent(col(r, 0), k -> new ArrayList<>()).add(r);
            });
            for (String[] r : files.tsv("geo/cities.tsv")) {
                String cc = col(r, 2);
                String code = col(r, 3).isEmpty() ? null : cc + "." + col(r, 3);
                String code2 = code == null || col(r, 4).isEmpty() ? null : code + "." + col(r, 4);
                String name = col(r, 1);
                List<String[]> extra = placeAliases.getOrDefault(col(r, 0), List.of());
                for (String[] a : extra) if (col(a, 2).equals("preferred")) name = col(a, 1);
                int i = add(new GeoEntry("city:" + col(r, 0), name, GeoKind.CITY, cc, code,
                        code == null ? null : admin1Names.get(code), code2, parseLong(col(r, 6)), col(r, 5),
                        code == null ? Set.of() : Set.of(code)));
                byGeonameId.put(col(r, 0), i);
                form(i, col(r, 1), NAME);
                for (String[] a : extra) form(i, col(a, 1), CURATED);
                for (String a : split(col(r, 7))) form(i, a, ALIAS);
            }
            for (String id : placeAliases.keySet()) {
                if (!byGeonameId.containsKey(id)) throw new IllegalStateException("place-aliases.tsv: unknown geonameid " + id);
            }
            // Demonyms
            for (String[] r : files.tsv("geo/demonyms.tsv")) {
                if (!countryIndex.containsKey(col(r, 1))) throw new IllegalStateException("demonyms.tsv: unknown country " + col(r, 1));
                List<String> l = demonyms.computeIfAbsent(Text.key(col(r, 0)), k -> new ArrayList<>());
                if (!l.contains(col(r, 1))) l.add(col(r, 1));
                // the adjective of a country: the package's one, else the first curated one
                if (!col(r, 2).equals("curated")) demonymOfCountry.putIfAbsent(col(r, 1), col(r, 0));
            }
            for (String[] r : files.tsv("geo/demonyms.tsv")) {
                demonymOfCountry.putIfAbsent(col(r, 1), col(r, 0));
            }
            demonyms.replaceAll((k, v) -> List.copyOf(v));
            return tables();
        }

        /** The compact tables: entry weights, the skeleton index, and every map packed and sorted. */
        private GazetteerTables tables() {
            // the skeleton index is a third of the work: built beside the rest
            java.util.concurrent.FutureTask<PostingIndex> skeletons = new java.util.concurrent.FutureTask<>(this::skeletonIndex);
            Thread t = new Thread(skeletons, "gazetteer-skeletons");
            t.setDaemon(true);
            t.start();
            int n = entries.size();
            double[] weight = new double[n];
            boolean[] fuzzyTarget = new boolean[n];
            for (int i = 0; i < n; i++) {
                GeoEntry e = entries.get(i);
                double w = switch (e.kind()) {
                    case COUNTRY -> 1e10 + e.population();
                    case ADMIN1 -> Math.max(e.population(), 10_000);
                    case ADMIN2 -> Math.max(e.population(), 5_000);
                    case REGION -> Math.max(e.population() * 0.8, 10_000);
                    case CITY -> {
                        double floor = switch (e.featureCode()) {
                            case "PPLC" -> 500_000;
                            case "PPLA", "PPLG" -> 50_000;
                            case "PPLA2" -> 20_000;
                            default -> 1_000;
                        };
                        // a capital is what a bare name usually means ("Washington", "Lima")
                        yield Math.max(e.population(), floor) * (e.isCapital() ? 10 : 1);
                    }
                };
                weight[i] = Math.log10(w);
                fuzzyTarget[i] = e.kind() == GeoKind.CITY ? e.population() >= 15_000 || SEATS.contains(e.featureCode())
                        : e.kind() != GeoKind.ADMIN2;
            }
            GeoEntryTable table = GeoEntryTable.of(entries);
            PackedStrings packedForms = PackedStrings.of(forms);
            PostingIndex keys = PostingIndex.of(byKey);
            Map<String, int[]> abbrev = new HashMap<>();
            abbreviations.forEach((k, v) -> abbrev.put(k, v.toArray()));
            PostingIndex skeletonIndex;
            try {
                skeletonIndex = skeletons.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing the gazetteer", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("cannot index the gazetteer", e.getCause());
            }
            return new GazetteerTables(table, weight, fuzzyTarget, packedForms, formEntry.toArray(), formSource.toArray(),
                    formAcronym.toArray(), keys, skeletonIndex, Map.copyOf(abbrev), Map.copyOf(countryIndex),
                    Map.copyOf(admin1Index), Map.copyOf(demonyms), Map.copyOf(demonymOfCountry));
        }

        private PostingIndex skeletonIndex() {
            Map<String, IntList> m = new HashMap<>(forms.size() * 4 / 3 + 1);
            for (int f = 0; f < forms.size(); f++) {
                String sk = Text.skeletonOfKey(Text.stripArticles(forms.get(f)));
                if (sk.length() >= 3) m.computeIfAbsent(sk, x -> new IntList()).add(f);
            }
            return PostingIndex.of(m);
        }

        private int add(GeoEntry e) {
            entries.add(e);
            return entries.size() - 1;
        }

        private void form(int entry, String text, byte source) {
            if (text == null || text.isBlank()) return;
            String k = Text.key(text);
            if (k.isEmpty()) return;
            int f = forms.size();
            forms.add(text);
            formEntry.add(entry);
            formSource.add(source);
            formAcronym.add(Text.isAcronym(text) && source != ALIAS);
            byKey.computeIfAbsent(k, x -> new IntList()).add(f << 1);
            if (k.startsWith("the") && text.regionMatches(true, 0, "the ", 0, 4)) {
                // "The Bronx" is found as "Bronx": mentions lose their "the" too
                byKey.computeIfAbsent(k.substring(3), x -> new IntList()).add(f << 1);
            }
            String s = Text.stripArticles(text);
            if (!s.equals(k) && !s.isEmpty()) byKey.computeIfAbsent(s, x -> new IntList()).add(f << 1 | 1);
        }

        /**
         * "Calif." matches as written, in capitals ("CALIF."), and without its period unless that
         * leaves an English word or name ("Wash", "Miss", "Del") or fewer than three letters ("Pa").
         */
        private void abbreviation(int entry, String text, boolean postal) {
            int p = entry << 1 | (postal ? 1 : 0);
            Set<String> keys = new LinkedHashSet<>();
            String compact = text.replace(" ", "");
            keys.add(compact);
            keys.add(compact.toUpperCase(Locale.ROOT));
            if (compact.endsWith(".")) {
                String bare = compact.substring(0, compact.length() - 1);
                if (bare.length() >= 3 && !bare.contains(".") && !words.isCommonWord(bare) && !words.isFirstName(bare)) {
                    keys.add(bare);
                    keys.add(bare.toUpperCase(Locale.ROOT));
                }
            }
            for (String k : keys) abbreviations.computeIfAbsent(k, x -> new IntList()).add(p);
        }

        private static long parseLong(String s) {
            return s == null || s.isEmpty() ? 0 : Long.parseLong(s);
        }

        private static List<String> split(String s) {
            if (s == null || s.isEmpty()) return List.of();
            return Arrays.asList(s.split("\\|"));
        }
    }

    /** A growable int array (the index holds a few hundred thousand postings). */
    static final class IntList {
        private int[] a = new int[1];
        private int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }

        int size() {
            return n;
        }
    }

    static final class ByteList {
        private byte[] a = new byte[1024];
        private int n;

        void add(byte v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        byte[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    static final class BoolList {
        private boolean[] a = new boolean[1024];
        private int n;

        void add(boolean v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        boolean[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}

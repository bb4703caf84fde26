package org.conflictie.resources;

import static org.conflictie.resources.DataFiles.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical names for armed actors, so that mentions in different articles compare equal
 * ("Daesh", "the so-called Islamic State" and "IS militants" are all {@code ISIS}).
 *
 * <h2>Data</h2>
 * {@code actors/aliases.tsv} (canonical name, alias, kind, country), {@code actors/head-nouns.tsv}
 * (words dropped from the end of a mention, with their class), {@code actors/state-forces.tsv} (names of
 * countries' armed forces and police), plus the gazetteer's demonyms and country names.
 *
 * <h2>Matching policy</h2>
 * <ol>
 *   <li>Surrounding punctuation and leading words that qualify rather than name ("the", "so-called",
 *       "self-styled", "suspected", "alleged", "unidentified") are dropped.</li>
 *   <li>The mention is looked up whole: case, accents and punctuation aside ("U.S." = "US",
 *       "Kata'ib" = "Kataib"). An alias written in capitals of at most six letters ("ISF", "PMF", "IRA")
 *       matches only a mention in capitals, and one flagged {@code case} ("IS") only exactly as
 *       written: "the state", "is", "Is" and "Ira" name nobody.</li>
 *   <li>Otherwise "members of the X", "fighters from X" are read as X; a possessive goes
 *       ("Iraq's army" as "Iraq army"); and up to two head nouns from head-nouns.tsv are dropped from the
 *       end ("ISIS militants", "U.S. service members", "Hezbollah drones"), trying the alias lookup after
 *       each. A leading "X-backed", "pro-X", a descriptive adjective ("Kurdish", "Shiite") or a demonym
 *       is dropped last, when what follows names an actor ("Turkish-backed SNA", "Iraqi Kurdish
 *       Peshmerga").</li>
 *   <li>What is left may be a country or demonym. With a military head noun ("troops", "forces",
 *       "warplanes") it names that country's armed forces, with a police head noun its police
 *       (state-forces.tsv, else "&lt;Demonym&gt; armed forces"); with a member head noun ("Iraqi
 *       militants") it names no actor. Words such as "government", "regime", "security" and unit numbers
 *       between the two are ignored ("Syrian government forces").</li>
 *   <li>A mention that is only such words ("government forces", "the army", "security forces", "police")
 *       names the armed forces or police of the article's country when the caller gives one
 *       ({@link #match(String, String)}), flagged {@link ActorMatch#viaContext()}.</li>
 * </ol>
 */
public final class ActorAliases {
    private static volatile ActorAliases defaultInstance;

    /** Head noun classes of head-nouns.tsv. */
    enum HeadClass { MEMBER, MILITARY, POLICE }

    private static final Set<String> QUALIFIERS = Set.of("the", "a", "an", "so-called", "so called", "self-styled",
            "self-proclaimed", "self-declared", "suspected", "alleged", "unidentified", "unknown", "armed", "masked",
            "heavily armed", "rogue", "local", "some", "several", "two", "three", "four", "five", "dozens of",
            "hundreds of", "scores of");
    private static final Set<String> STATE_WORDS = Set.of("government", "regime", "security", "state", "federal",
            "national", "pro-government", "loyalist", "official", "regular", "allied");
    // also dropped there: unit numbers ("6th infantry brigade")
    /** Adjectives that describe rather than name an actor ("Kurdish Peshmerga", "Shiite Kataib Hezbollah"). */
    private static final Set<String> DESCRIPTIVE = Set.of("kurdish", "shiite", "shia", "sunni", "islamist",
            "jihadist", "militant", "extremist", "radical", "leftist", "rightist", "marxist", "maoist", "separatist",
            "rebel", "insurgent", "terrorist", "paramilitary", "armed", "elite", "notorious", "feared", "powerful");
    private static final List<String> LINK_SUFFIXES = List.of("-backed", "-aligned", "-linked", "-affiliated",
            "-allied", "-supported", "-sponsored", "-funded", "-led", "-inspired");

    private record Alias(CanonicalActor actor, String text, boolean acronym, boolean exactCase) {}

    private final Map<String, List<Alias>> byKey;
    private final Map<String, HeadClass> heads;   // key -> class
    private final int maxHeadWords;
    private final Map<String, CanonicalActor> military; // country -> actor
    private final Map<String, CanonicalActor> police;
    private final Map<String, CanonicalActor> byName;
    private final Gazetteer gazetteer;

    private ActorAliases(DataFiles files, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, CanonicalActor> names = new LinkedHashMap<>();
        Map<String, List<Alias>> index = new HashMap<>();
        for (String[] r : files.tsv("actors/aliases.tsv")) {
            String canon = col(r, 0);
            ActorKind kind = ActorKind.fromCode(col(r, 2));
            String cc = col(r, 3).isEmpty() ? null : col(r, 3);
            CanonicalActor a = names.computeIfAbsent(canon, n -> new CanonicalActor(n, kind, cc));
            if (a.kind() != kind || !java.util.Objects.equals(a.country(), cc)) {
                throw new IllegalStateException("actors/aliases.tsv: " + canon + " has two kinds or countries");
            }
            addAlias(index, a, canon, false);
            addAlias(index, a, col(r, 1), col(r, 4).contains("case"));
        }
        Map<String, HeadClass> h = new HashMap<>();
        int maxWords = 1;
        for (String[] r : files.tsv("actors/head-nouns.tsv")) {
            String head = col(r, 0).toLowerCase(Locale.ROOT);
            h.put(Text.key(head), HeadClass.valueOf(col(r, 1).toUpperCase(Locale.ROOT)));
            maxWords = Math.max(maxWords, head.split("\\s+").length);
        }
        Map<String, CanonicalActor> mil = new HashMap<>();
        Map<String, CanonicalActor> pol = new HashMap<>();
        for (String[] r : files.tsv("actors/state-forces.tsv")) {
            String cc = col(r, 0);
            String m = col(r, 1);
            CanonicalActor a = names.get(m);
            if (a == null) {
                a = new CanonicalActor(m, ActorKind.STATE_FORCE, cc);
                names.put(m, a);
                addAlias(index, a, m, false);
            }
            mil.put(cc, a);
            if (!col(r, 2).isEmpty()) {
                CanonicalActor p = names.computeIfAbsent(col(r, 2), n -> new CanonicalActor(n, ActorKind.STATE_FORCE, cc));
                addAlias(index, p, p.name(), false);
                pol.put(cc, p);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Map.copyOf(index);
        this.heads = Map.copyOf(h);
        this.maxHeadWords = maxWords;
        this.military = mil;
        this.police = pol;
        this.byName = names;
    }

    private static void addAlias(Map<String, List<Alias>> index, CanonicalActor a, String text, boolean exactCase) {
        String k = Text.key(text);
        if (k.isEmpty()) return;
        List<Alias> l = index.computeIfAbsent(k, x -> new ArrayList<>());
        for (Alias e : l) {
            if (e.actor.equals(a) && e.text.equals(text)) return;
            if (!e.actor.equals(a)) {
                throw new IllegalStateException("actors/aliases.tsv: '" + text + "' names both " + e.actor.name()
                        + " and " + a.name());
            }
        }
        l.add(new Alias(a, text, Text.isAcronym(text), exactCase));
    }

    /** The table of the packaged data files (with the default gazetteer), loaded once. */
    public static ActorAliases defaultInstance() {
        ActorAliases a = defaultInstance;
        if (a == null) {
            synchronized (ActorAliases.class) {
                a = defaultInstance;
                if (a == null) defaultInstance = a = new ActorAliases(DataFiles.classpath(), Gazetteer.defaultInstance());
            }
        }
        return a;
    }

    public static ActorAliases load(DataFiles files, Gazetteer gazetteer) {
        return new ActorAliases(files, gazetteer);
    }

    /** Loads from a directory laid out as {@code models/}. */
    public static ActorAliases load(Path modelsDir, Gazetteer gazetteer) {
        return new ActorAliases(DataFiles.directory(modelsDir), gazetteer);
    }

    /** The actor a mention names, if it names one by itself. */
    public Optional<CanonicalActor> canonical(String mention) {
        return match(mention, null).map(ActorMatch::actor);
    }

    /** The reading of a mention, with no article country. */
    public Optional<ActorMatch> match(String mention) {
        return match(mention, null);
    }

    /**
     * The reading of a mention; {@code articleCountry} (ISO alpha-2, or null) names the armed forces
     * or police meant by a mention such as "government forces" or "the army".
     */
    public Optional<ActorMatch> match(String mention, String articleCountry) {
        if (mention == null) return Optional.empty();
        String m = Text.trimPunctuation(Text.fold(mention)).strip();
        if (m.isEmpty()) return Optional.empty();
        Optional<ActorMatch> whole = read(m, articleCountry, 0); // "Armed Forces of El Salvador" keeps "Armed"
        if (whole.isPresent()) return whole;
        String q = dropQualifiers(m);
        return q.equals(m) || q.isEmpty() ? Optional.empty() : read(q, articleCountry, 0);
    }

    /** The actor with this canonical name. */
    public Optional<CanonicalActor> byName(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /** The armed forces of a country (state-forces.tsv, else "&lt;Demonym&gt; armed forces"). */
    public Optional<CanonicalActor> armedForces(String country) {
        return stateForce(country, HeadClass.MILITARY);
    }

    /** True when the word is one of head-nouns.tsv ("militants", "troops", "police officers"). */
    public boolean isHeadNoun(String word) {
        return heads.containsKey(Text.key(word));
    }

    // ------------------------------------------------------------------------------------------

    private Optional<ActorMatch> read(String m, String articleCountry, int depth) {
        Optional<Alias> direct = alias(m);
        if (direct.isPresent()) return Optional.of(new ActorMatch(direct.get().actor, direct.get().text, null, false));
        if (depth > 3) return Optional.empty();

        // "members of the Islamic State", "fighters from al-Shabaab"
        String lower = m.toLowerCase(Locale.ROOT);
        for (String link : List.of(" of ", " from ", " loyal to ", " belonging to ")) {
            int i = lower.indexOf(link);
            if (i > 0 && heads.containsKey(Text.key(m.substring(0, i)))) {
                String rest = dropQualifiers(m.substring(i + link.length()));
                Optional<ActorMatch> r = read(rest, articleCountry, depth + 1);
                if (r.isPresent()) {
                    return Optional.of(new ActorMatch(r.get().actor(), r.get().alias(), m.substring(0, i).strip(),
                            r.get().viaContext()));
                }
            }
        }
        // "Iraq's army" -> "Iraq army"
        String noPoss = m.replaceAll("(?i)(\\w)['’]s\\b", "$1").replaceAll("(?i)(\\w)s['’](\\s)", "$1s$2");
        if (!noPoss.equals(m)) return read(noPoss, articleCountry, depth + 1);

        // trailing head nouns
        List<String> words = new ArrayList<>(List.of(m.split("\\s+")));
        String firstHead = null;
        HeadClass cls = null;
        for (int round = 0; round < 2 && !words.isEmpty(); round++) {
            int n = headLength(words);
            if (n == 0) break;
            String head = String.join(" ", words.subList(words.size() - n, words.size()));
            HeadClass c = heads.get(Text.key(head));
            if (firstHead == null) firstHead = head;
            // the outermost head decides, unless it only says "members" and an inner one says more
            // ("Syrian army fighters" are soldiers)
            if (cls == null || cls == HeadClass.MEMBER) cls = c;
            words = new ArrayList<>(words.subList(0, words.size() - n));
            if (words.isEmpty()) break;
            Optional<Alias> a = alias(String.join(" ", words));
            if (a.isPresent()) return Optional.of(new ActorMatch(a.get().actor, a.get().text, firstHead, false));
        }
        if (firstHead != null) {
            // drop "government", "regime", "security" left before the head ("Syrian government forces"),
            // and unit numbers ("6th infantry brigade")
            while (!words.isEmpty() && (STATE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                    || words.get(words.size() - 1).matches("(?i)\\d+(st|nd|rd|th)?|[ivx]+"))) {
                words.remove(words.size() - 1);
            }
            if (words.isEmpty()) {
                if (articleCountry != null && cls != HeadClass.MEMBER) {
                    Optional<CanonicalActor> s = stateForce(articleCountry, cls);
                    if (s.isPresent()) return Optional.of(new ActorMatch(s.get(), articleCountry, firstHead, true));
                }
                return Optional.empty();
            }
            String rest = String.join(" ", words);
            Optional<String> cc = gazetteer.countryOfModifier(rest);
            if (cc.isPresent()) {
                if (cls == HeadClass.MEMBER) return Optional.empty(); // "Iraqi militants" are not the Iraqi state
                Optional<CanonicalActor> s = stateForce(cc.get(), cls);
                if (s.isPresent()) return Optional.of(new ActorMatch(s.get(), rest, firstHead, false));
            }
            Optional<ActorMatch> inner = dropLink(rest, articleCountry, depth);
            if (inner.isPresent()) {
                return Optional.of(new ActorMatch(inner.get().actor(), inner.get().alias(), firstHead, inner.get().viaContext()));
            }
            return Optional.empty();
        }
        return dropLink(m, articleCountry, depth);
    }

    /**
     * "Turkish-backed SNA", "pro-government militias", "Iraqi Kurdish Peshmerga": a leading link word,
     * descriptive adjective or demonym goes, when what follows names an actor.
     */
    private Optional<ActorMatch> dropLink(String m, String articleCountry, int depth) {
        int sp = m.indexOf(' ');
        if (sp <= 0) return Optional.empty();
        String firstWord = m.substring(0, sp);
        String first = firstWord.toLowerCase(Locale.ROOT);
        boolean link = first.startsWith("pro-") || first.startsWith("anti-") || DESCRIPTIVE.contains(first)
                || gazetteer.countryOfDemonym(firstWord).isPresent();
        for (String s : LINK_SUFFIXES) link |= first.endsWith(s);
        if (!link) return Optional.empty();
        Optional<ActorMatch> r = read(m.substring(sp + 1).strip(), articleCountry, depth + 1);
        // "Iraqi militants" stays nobody, and "Syrian forces" was read before this point
        return r.filter(x -> !x.viaContext());
    }

    /** Words at the end of the list that form the longest head noun, or 0. */
    private int headLength(List<String> words) {
        for (int n = Math.min(maxHeadWords, words.size()); n >= 1; n--) {
            String head = String.join(" ", words.subList(words.size() - n, words.size()));
            if (heads.containsKey(Text.key(head))) return n;
        }
        return 0;
    }

    private Optional<Alias> alias(String text) {
        String t = text.strip();
        List<Alias> l = byKey.get(Text.key(t));
        if (l == null) return Optional.empty();
        boolean upper = Text.isUpperCase(t);
        for (Alias a : l) {
            if (a.exactCase && !t.equals(a.text)) continue;
            if (a.acronym && !upper) continue;
            return Optional.of(a);
        }
        return Optional.empty();
    }

    private Optional<CanonicalActor> stateForce(String country, HeadClass cls) {
        if (country == null) return Optional.empty();
        String cc = country.toUpperCase(Locale.ROOT);
        Map<String, CanonicalActor> table = cls == HeadClass.POLICE ? police : military;
        CanonicalActor a = table.get(cc);
        if (a != null) return Optional.of(a);
        Optional<String> demonym = gazetteer.demonymOf(cc);
        if (demonym.isEmpty()) return Optional.empty();
        String name = demonym.get() + (cls == HeadClass.POLICE ? " police" : " armed forces");
        return Optional.of(byName.getOrDefault(name, new CanonicalActor(name, ActorKind.STATE_FORCE, cc)));
    }

    private static String dropQualifiers(String m) {
        String s = m.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String lower = s.toLowerCase(Locale.ROOT);
            for (String q : QUALIFIERS) {
                if (lower.startsWith(q + " ") && s.length() > q.length() + 1) {
                    s = s.substring(q.length() + 1).strip();
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }
}

package org.conflictie.annotators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.lexicon.OutcomeLexicon;
import org.conflictie.lexicon.TriggerLexicon;
import org.conflictie.time.DateExpressionFinder;

/**
 * The rule ids an extraction can put on its values, so that a {@code --disable-rule} prefix that
 * matches none of them (a typo) is caught before a long run instead of silently disabling nothing.
 *
 * <p>Ids come from the rule files (trigger lexicon, outcome verbs, actor role rules), from the date
 * patterns, and from the rules written in code ({@link #CODE_RULES}; a unit test checks that every
 * rule id literal in the annotators and the assembler is listed there).
 */
public final class RuleCatalog {
    /**
     * Rules whose ids are written in the annotators and the assembler rather than read from a file.
     * Keep in step with the code: {@code RuleCatalogTest} fails when a literal is missing here.
     */
    static final List<String> CODE_RULES = List.of(
            "actor.arrested-suspect", "actor.attributed-to", "actor.backed-by", "actor.blamed", "actor.casualty-subject",
            "actor.charged", "actor.claimed-by", "actor.claimed-responsibility", "actor.light-verb", "actor.light-verb-target",
            "actor.weapon-verb", "actor.weapon-verb-target",
            "actor.noun-compound", "actor.noun-targeted", "actor.noun-targeting", "actor.participle-subject", "actor.passive-agent",
            "actor.responsible", "actor.victim",
            "casualty.death-toll", "casualty.shot", "casualty.shot-fatally",
            "date.document-date",
            "place.country-modifier", "place.country-only", "place.dateline", "place.demonym", "place.gazetteer",
            "place.unresolved");

    /** Suffixes the casualty annotator adds to an outcome rule ("3 deaths", "suffered wounds"). */
    static final List<String> CASUALTY_SUFFIXES = List.of("", ".bare", ".suffered");
    /** Suffix of a place completed from the place named beside it. */
    static final String PLACE_NEIGHBOUR_SUFFIX = "+neighbour";

    private final Set<String> ids;

    public RuleCatalog(Set<String> ids) {
        this.ids = Set.copyOf(new TreeSet<>(ids));
    }

    /** The rule ids of an extraction reading the given model files. */
    public static RuleCatalog of(ModelFiles models) {
        Set<String> ids = new TreeSet<>(CODE_RULES);
        for (ModelFiles.Row r : models.rows(TriggerLexicon.FILE)) ids.add(r.cell(4));
        for (ModelFiles.Row r : models.rows(OutcomeLexicon.FILE)) {
            for (String suffix : CASUALTY_SUFFIXES) ids.add(r.cell(4) + suffix);
        }
        for (ModelFiles.Row r : models.rows(ActorAnnotator.RULES_FILE)) ids.add(r.cell(3));
        for (String date : new DateExpressionFinder().ruleIds()) {
            ids.add("date." + date);
            ids.add("date.range+" + date);
        }
        for (String place : List.copyOf(ids)) {
            if (place.startsWith("place.") && !place.equals("place.country-only") && !place.equals("place.dateline")) {
                ids.add(place + PLACE_NEIGHBOUR_SUFFIX);
            }
        }
        return new RuleCatalog(ids);
    }

    public Set<String> ids() {
        return new TreeSet<>(ids);
    }

    /** The known ids that start with {@code prefix}. */
    public List<String> matching(String prefix) {
        return ids.stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    /**
     * Up to {@code limit} known ids closest to a prefix that matches none: the ids sharing its
     * family ({@code actor.}) first, then by edit distance, so a typo shows what was meant.
     */
    public List<String> nearby(String prefix, int limit) {
        String p = prefix.toLowerCase(Locale.ROOT);
        String family = p.contains(".") ? p.substring(0, p.indexOf('.') + 1) : "";
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.<String>comparingInt(id -> !family.isEmpty() && id.startsWith(family) ? 0 : 1)
                .thenComparingInt(id -> distance(p, id.length() > p.length() ? id.substring(0, p.length()) : id))
                .thenComparing(Comparator.naturalOrder()));
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

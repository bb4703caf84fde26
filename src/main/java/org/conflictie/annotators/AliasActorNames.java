package org.conflictie.annotators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictie.lexicon.ModelFiles;

/**
 * {@link ActorNames} from {@code models/actors/actor-aliases.tsv}, {@code actor-head-nouns.tsv} and
 * {@code civilian-terms.tsv}.
 *
 * <p>A phrase is looked up whole, then with member nouns stripped from its end ("Daesh fighters" →
 * "Daesh"), then from each later word on ("suspected ISIS militants" → "ISIS militants"), so the
 * longest known name wins and modifiers in front do not hide it.
 */
public final class AliasActorNames implements ActorNames {
    public static final String ALIASES = "actors/actor-aliases.tsv";
    public static final String HEADS = "actors/actor-head-nouns.tsv";
    public static final String CIVILIANS = "actors/civilian-terms.tsv";

    private final Map<String, String> anyCase = new HashMap<>();
    private final Map<String, String> exact = new HashMap<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> civilians = new HashSet<>();

    public AliasActorNames(ModelFiles files) {
        for (ModelFiles.Row r : files.rows(ALIASES)) {
            String canonical = r.cell(0), alias = r.cell(1);
            if (r.cell(2).equals("exact")) {
                exact.put(alias, canonical);
            } else {
                anyCase.put(key(alias), canonical);
                anyCase.putIfAbsent(key(canonical), canonical);
            }
        }
        for (ModelFiles.Row r : files.rows(HEADS)) heads.add(r.cell(0));
        for (ModelFiles.Row r : files.rows(CIVILIANS)) civilians.add(r.cell(0));
    }

    @Override
    public Optional<String> canonical(String phrase) {
        if (phrase == null || phrase.isBlank()) return Optional.empty();
        String trimmed = phrase.strip().replaceAll("(?i)^the\\s+", "").replaceAll("['’]s$", "");
        if (exact.containsKey(trimmed)) return Optional.of(exact.get(trimmed));
        List<String> words = new ArrayList<>(Arrays.asList(key(trimmed).split(" ")));
        for (int start = 0; start < words.size(); start++) {
            List<String> w = new ArrayList<>(words.subList(start, words.size()));
            while (!w.isEmpty()) {
                String c = anyCase.get(String.join(" ", w));
                if (c != null) return Optional.of(c);
                if (w.size() > 1 && heads.contains(w.get(w.size() - 1))) {
                    w.remove(w.size() - 1);
                } else if (w.size() > 2 && heads.contains(w.get(w.size() - 2) + " " + w.get(w.size() - 1))) {
                    w.remove(w.size() - 1);
                    w.remove(w.size() - 1);
                } else {
                    break;
                }
            }
            // An exact-case acronym right before member nouns: "IS fighters".
            String[] original = trimmed.split("\\s+");
            if (start < original.length && exact.containsKey(original[start]) && original.length - start > 1
                    && heads.contains(original[original.length - 1].toLowerCase(Locale.ROOT))) {
                return Optional.of(exact.get(original[start]));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isCivilian(String headLemma) {
        return headLemma != null && civilians.contains(headLemma.toLowerCase(Locale.ROOT));
    }

    /** Lower case, possessives and dots dropped ("U.S." → "us"), dashes and other punctuation as spaces. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s\\b", "").replace(".", "")
                .replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}

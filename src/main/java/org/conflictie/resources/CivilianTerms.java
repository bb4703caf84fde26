package org.conflictie.resources;

import static org.conflictie.resources.DataFiles.col;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Head nouns that name civilians ("residents", "worshippers", "a civilian contractor"): casualties of
 * such a group get the group {@code civilians}. Data: {@code actors/civilian-terms.tsv} (singular and
 * plural forms).
 */
public final class CivilianTerms {
    private static volatile CivilianTerms defaultInstance;

    private final Set<String> terms;

    private CivilianTerms(DataFiles files) {
        Set<String> t = new HashSet<>();
        for (String[] r : files.tsv("actors/civilian-terms.tsv")) {
            String singular = col(r, 0);
            t.add(Text.key(singular));
            t.add(col(r, 1).isEmpty() ? Text.key(singular) + "s" : Text.key(col(r, 1)));
        }
        this.terms = Set.copyOf(t);
    }

    public static CivilianTerms defaultInstance() {
        CivilianTerms c = defaultInstance;
        if (c == null) {
            synchronized (CivilianTerms.class) {
                c = defaultInstance;
                if (c == null) defaultInstance = c = new CivilianTerms(DataFiles.classpath());
            }
        }
        return c;
    }

    public static CivilianTerms load(DataFiles files) {
        return new CivilianTerms(files);
    }

    public static CivilianTerms load(Path modelsDir) {
        return new CivilianTerms(DataFiles.directory(modelsDir));
    }

    /**
     * True when the head noun names civilians, in either number and any case ("Civilians",
     * "passers-by", "aid worker", "Jesuit priests"). A leading "civilian" or "unarmed" also makes the
     * head civilian ("civilian contractor", "unarmed men").
     */
    public boolean isCivilian(String headNoun) {
        if (headNoun == null) return false;
        String h = Text.fold(headNoun).strip();
        if (terms.contains(Text.key(h))) return true;
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        for (String p : new String[] {"civilian ", "unarmed "}) {
            if (lower.startsWith(p) && lower.length() > p.length()) return true;
        }
        // "the residents", "local residents": the last word decides
        int sp = h.lastIndexOf(' ');
        return sp > 0 && terms.contains(Text.key(h.substring(sp + 1)));
    }
}

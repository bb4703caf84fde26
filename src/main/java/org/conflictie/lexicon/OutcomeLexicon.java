package org.conflictie.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.conflictie.model.Outcome;

/** The casualty outcome words of {@code models/casualties/outcomes.tsv}. */
public final class OutcomeLexicon {
    public static final String FILE = "casualties/outcomes.tsv";

    /** How the victims attach to the outcome word in the dependency graph. */
    public enum Pattern { PASSIVE, INTRANS, NOUN, ADJ }

    public record Entry(String lemma, char pos, Outcome outcome, Pattern pattern, String rule) {}

    private final Map<String, Entry> byLemmaAndPos = new HashMap<>();

    public OutcomeLexicon(ModelFiles files) {
        for (ModelFiles.Row row : files.rows(FILE)) {
            Outcome outcome = Outcome.fromCode(row.cell(2)).orElseThrow(() -> new IllegalArgumentException(
                    FILE + ":" + row.line() + ": unknown outcome " + row.cell(2)));
            Pattern pattern = Pattern.valueOf(row.cell(3).toUpperCase(java.util.Locale.ROOT));
            char pos = row.cell(1).charAt(0);
            byLemmaAndPos.put(row.cell(0) + "/" + pos, new Entry(row.cell(0), pos, outcome, pattern, row.cell(4)));
        }
    }

    /** The entry for a word, by lower-case lemma (or word form for participles) and Penn tag. */
    public Optional<Entry> lookup(String lemma, String word, String tag) {
        char pos = tag.startsWith("VB") ? 'V' : tag.startsWith("NN") ? 'N' : tag.startsWith("JJ") ? 'J' : '?';
        // Participles used as adjectives ("3 wounded", "were injured") are tagged VBN or JJ.
        if (pos == 'J' || tag.equals("VBN")) {
            Entry adj = byLemmaAndPos.get(word + "/J");
            if (adj != null && pos == 'J') return Optional.of(adj);
        }
        Entry e = byLemmaAndPos.get(lemma + "/" + pos);
        if (e == null && pos == 'J') e = byLemmaAndPos.get(word + "/J");
        return Optional.ofNullable(e);
    }
}

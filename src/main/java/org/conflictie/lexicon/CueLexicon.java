package org.conflictie.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Single-lemma cue lists: factuality cues ({@code triggers/irrealis-cues.tsv}: lemma, kind, rule)
 * and attribution verbs ({@code casualties/attribution.tsv}: lemma, rule).
 */
public final class CueLexicon {
    public record Cue(String lemma, String kind, String rule) {}

    private final Map<String, Cue> cues = new HashMap<>();

    public CueLexicon(ModelFiles files, String file) {
        for (ModelFiles.Row row : files.rows(file)) {
            boolean hasKind = row.cells().size() >= 3;
            cues.put(row.cell(0), new Cue(row.cell(0), hasKind ? row.cell(1) : "", hasKind ? row.cell(2) : row.cell(1)));
        }
    }

    public Optional<Cue> lookup(String lemma) {
        return Optional.ofNullable(cues.get(lemma));
    }

    public Optional<Cue> lookup(String lemma, String kind) {
        Cue c = cues.get(lemma);
        return c != null && c.kind().equals(kind) ? Optional.of(c) : Optional.empty();
    }
}

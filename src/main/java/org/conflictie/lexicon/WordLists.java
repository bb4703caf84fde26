package org.conflictie.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists from one two-column data file ({@code list <TAB> word}), e.g.
 * {@code models/actors/actor-words.tsv}. Asking for a list the file does not have is an error, so a
 * renamed list fails at start-up rather than silently matching nothing.
 */
public final class WordLists {
    private final String file;
    private final Map<String, Set<String>> lists = new HashMap<>();

    public WordLists(ModelFiles files, String file) {
        this.file = file;
        for (ModelFiles.Row row : files.rows(file)) {
            lists.computeIfAbsent(row.cell(0), k -> new HashSet<>()).add(row.cell(1));
        }
    }

    public Set<String> get(String list) {
        Set<String> words = lists.get(list);
        if (words == null) throw new IllegalArgumentException(file + " has no list '" + list + "'; it has " + lists.keySet());
        return Set.copyOf(words);
    }
}

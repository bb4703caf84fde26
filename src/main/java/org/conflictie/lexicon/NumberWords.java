package org.conflictie.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** Count words CoreNLP does not normalise ({@code casualties/number-words.tsv}), e.g. "a dozen". */
public final class NumberWords {
    public static final String FILE = "casualties/number-words.tsv";
    private final Map<String, Integer> values = new HashMap<>();

    public NumberWords(ModelFiles files) {
        for (ModelFiles.Row row : files.rows(FILE)) {
            values.put(row.cell(0), Integer.parseInt(row.cell(1).trim()));
        }
    }

    public OptionalInt value(String lowerCaseWords) {
        Integer v = values.get(lowerCaseWords);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}

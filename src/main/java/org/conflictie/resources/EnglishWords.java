package org.conflictie.resources;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words and first names, used to keep them from being read as places or actors.
 * Files: {@code lexicon/common-words.txt} (SCOWL frequent words), {@code lexicon/common-words-extra.txt}
 * (weekdays, months, titles, newsroom words; hand-made) and {@code lexicon/first-names.txt}.
 */
public final class EnglishWords {
    private final Set<String> common;
    private final Set<String> firstNames;

    private EnglishWords(Set<String> common, Set<String> firstNames) {
        this.common = common;
        this.firstNames = firstNames;
    }

    public static EnglishWords load(DataFiles files) {
        Set<String> common = new HashSet<>();
        for (String l : files.lines("lexicon/common-words.txt")) common.add(l.strip().toLowerCase(Locale.ROOT));
        files.optionalTsv("lexicon/common-words-extra.txt")
                .ifPresent(rows -> rows.forEach(r -> common.add(r[0].strip().toLowerCase(Locale.ROOT))));
        Set<String> names = new HashSet<>();
        for (String l : files.lines("lexicon/first-names.txt")) names.add(l.strip().toLowerCase(Locale.ROOT));
        return new EnglishWords(common, names);
    }

    /** True for a frequent English word, a weekday, a month or a title, whatever its case ("Police", "MARCH"). */
    public boolean isCommonWord(String word) {
        return common.contains(Text.key(word));
    }

    /** True for a common English first name ("Diana", "Aurora"). */
    public boolean isFirstName(String word) {
        return firstNames.contains(Text.key(word));
    }
}

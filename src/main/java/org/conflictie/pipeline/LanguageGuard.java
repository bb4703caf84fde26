package org.conflictie.pipeline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictie.lexicon.ModelFiles;

/**
 * Refuses text that is not English before CoreNLP runs: our English models and rules read foreign
 * words as English ones and invent events (a German paragraph gave an attack with the verb
 * "teilten" as its victim). The test is the share of English function words
 * ({@code models/lexicon/english-function-words.txt}); texts too short to judge pass.
 */
public final class LanguageGuard {
    static final String FILE = "lexicon/english-function-words.txt";
    /** Fewer words than this are not judged: a headline or a caption may have no function word. */
    static final int MIN_WORDS = 20;
    /** The dev corpora's lowest share is 8%; foreign news paragraphs have 0%. */
    static final double MIN_SHARE = 0.03;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private final Set<String> functionWords;

    private LanguageGuard(Set<String> functionWords) {
        this.functionWords = functionWords;
    }

    public static LanguageGuard load(ModelFiles files) {
        Set<String> words = new HashSet<>();
        for (ModelFiles.Row row : files.rows(FILE)) words.add(row.cell(0).strip().toLowerCase(Locale.ROOT));
        return new LanguageGuard(words);
    }

    /** Why {@code text} is not English, or null when it is (or is too short to tell). */
    public String notEnglish(String text) {
        int words = 0, english = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            if (functionWords.contains(m.group().toLowerCase(Locale.ROOT))) english++;
        }
        if (words < MIN_WORDS || english >= MIN_SHARE * words) return null;
        return String.format(Locale.ROOT, "not English: %d of %d words are English function words (at least %.0f%% expected)",
                english, words, 100 * MIN_SHARE);
    }
}

package org.conflictie.annotators;

import java.util.Locale;
import java.util.OptionalInt;
import org.conflictie.lexicon.NumberWords;

/**
 * Reads a casualty count from a number token: CoreNLP's normalised value ("25.0", ">=15.0" for
 * "at least 15"), digits with separators ("1,200"), or our number-word list ("a dozen").
 */
final class CountReader {
    private final NumberWords words;

    CountReader(NumberWords words) {
        this.words = words;
    }

    /** The count a number token (and a preceding "a"/"half a") stands for. */
    OptionalInt read(SentenceView s, int i) {
        String normalized = s.normalizedNer(i);
        if (normalized != null && s.ner(i).equals("NUMBER")) {
            OptionalInt v = parseNormalized(normalized);
            if (v.isPresent()) return v;
        }
        String w = s.lower(i);
        if (i > 0) {
            OptionalInt two = words.value(s.lower(i - 1) + " " + w);
            if (two.isPresent()) return two;
        }
        OptionalInt one = words.value(w);
        if (one.isPresent() && !w.equals("a") && !w.equals("an")) return one;
        try {
            return OptionalInt.of(Integer.parseInt(w.replace(",", "")));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** "25.0" → 25, ">=15.0" → 15, "~10.0" → 10; fractions and ranges are not counts. */
    static OptionalInt parseNormalized(String v) {
        String t = v.toLowerCase(Locale.ROOT).replaceAll("^(>=|<=|>|<|~)", "");
        try {
            double d = Double.parseDouble(t);
            if (d < 0 || d != Math.floor(d) || d > 1_000_000) return OptionalInt.empty();
            return OptionalInt.of((int) d);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}

package org.conflictie.score;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The spec's normalisation for comparing place and actor wordings: "case, accents, a leading 'the'
 * and punctuation aside; a hyphen counts as a space".
 *
 * <p>Concretely: accents are stripped (NFKD, then combining marks dropped), letters lower-cased,
 * every dash and slash becomes a space, other punctuation is deleted (so {@code U.S.} = {@code US}
 * and {@code Attorney General's} = {@code attorney generals}), white space is collapsed and one
 * leading {@code the } is dropped. Symbols such as {@code $} or {@code +} are kept.
 */
public final class Names {
    private Names() {}

    /** The normal form of {@code s}; the empty string for null or a string of punctuation. */
    public static String normalise(String s) {
        if (s == null || s.isEmpty()) return "";
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = true; // true at the start, so leading separators are dropped
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.getType(cp)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                    continue; // accents
                }
                case Character.CONNECTOR_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                        Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> {
                    continue;
                }
                case Character.OTHER_PUNCTUATION -> {
                    if (cp != '/' && cp != '\\') continue;
                    cp = ' '; // "A/B" are two words, as with a hyphen
                }
                case Character.DASH_PUNCTUATION -> cp = ' ';
                default -> { }
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
                space = false;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') b.setLength(end - 1);
        if (b.length() > 4 && b.substring(0, 4).equals("the ")) b.delete(0, 4);
        return b.toString();
    }

    /** The non-empty normal forms of {@code strings}, in order, without repeats. */
    static Set<String> normalised(Iterable<String> strings) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : strings) {
            String n = normalise(s);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** True when some non-empty normal form of {@code a} is among {@code b}. */
    static boolean anyShared(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) return true;
        }
        return false;
    }
}

package org.conflictie.resources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Normalisation of names for matching. Three strengths, each a superset of the one before:
 * <ul>
 *   <li>{@link #key}: case, accents, spaces, hyphens and punctuation aside ("Al-Anbar" = "al anbar");</li>
 *   <li>{@link #stripArticles}: an Arabic article at the start is dropped as well ("Al-Anbar" = "Anbar",
 *       "as-Suwayda" = "Suwayda");</li>
 *   <li>{@link #skeleton}: common transliteration variation folded away (kh/k, q/k/g, ou/u, y/i,
 *       doubled letters, a final "h" after a vowel), so "Makhmour" = "Makhmur" and
 *       "Qarachogh" = "Qaracogh".</li>
 * </ul>
 * The same functions are applied to the data and to mentions, so they only have to be consistent,
 * not linguistically exact.
 */
public final class Text {
    private Text() {}

    /** Arabic (and a few Romance) article tokens dropped at the start of a name and inside it. */
    static final Set<String> ARTICLES = Set.of("al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az",
            "an", "ud", "ul", "ed", "er", "es", "et", "ez", "en");

    /** ASCII folding: accents dropped, letters without a decomposition mapped by hand, quotes unified. */
    public static String fold(String s) {
        if (s == null) return "";
        if (isPlainAscii(s)) return collapseSpaces(s); // the data files are ASCII already: the fast path
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ı' -> b.append('i');
                case 'İ' -> b.append('I');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("OE");
                case 'ß' -> b.append("ss");
                case 'đ', 'ð' -> b.append('d');
                case 'Đ', 'Ð' -> b.append('D');
                case 'þ' -> b.append("th");
                case 'Þ' -> b.append("Th");
                case 'ǝ', 'ə' -> b.append('e');
                case 'Ə', 'Ǝ' -> b.append('E');
                case 'ħ' -> b.append('h');
                case 'Ħ' -> b.append('H');
                case '‘', '’', 'ʿ', 'ʾ', 'ʼ', '`', '´', 'ʻ' -> b.append('\'');
                case '–', '—', '‐', '‑' -> b.append('-');
                case '\u00a0' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return collapseSpaces(b.toString());
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`') return false;
        }
        return true;
    }

    private static String collapseSpaces(String s) {
        StringBuilder b = null;
        boolean space = false;
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (ws && (space || c != ' ') && b == null) {
                b = new StringBuilder(end - start);
                b.append(s, start, i);
            }
            if (b != null && !(ws && space)) b.append(ws ? ' ' : c);
            space = ws;
        }
        return b != null ? b.toString() : s.substring(start, end);
    }

    /** Lower-case ASCII letters and digits only: "Al-Anbar" and "al anbar" both give "alanbar". */
    public static String key(String s) {
        if (s == null) return "";
        String f = isPlainAscii(s) ? s : fold(s);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.toString();
    }

    /** Lower-case folded tokens, split at anything that is not a letter or digit; apostrophes vanish. */
    public static List<String> tokens(String s) {
        String f = isPlainAscii(s) ? s : fold(s);
        List<String> out = new ArrayList<>(4);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                t.append(c);
            } else if (c != '\'') {
                if (t.length() > 0) out.add(t.toString());
                t.setLength(0);
            }
        }
        if (t.length() > 0) out.add(t.toString());
        return out;
    }

    /**
     * The key without Arabic articles: a leading article token is dropped when a name follows
     * ("Al Anbar", "as-Suwayda"), and so are inner ones ("Jisr al-Shughur", "Deir ez-Zor").
     */
    public static String stripArticles(String s) {
        List<String> t = tokens(s);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (t.size() > 1 && ARTICLES.contains(t.get(i)) && i < t.size() - 1) continue;
            b.append(t.get(i));
        }
        return b.toString();
    }

    /**
     * A transliteration-tolerant form: articles dropped; kh, gh, sh, ch, th, dh, zh, ph, dj reduced
     * to one letter; q, g, c to k; e, y to i; o, w to u; a final "h" after a vowel and an "h"
     * between a vowel and a consonant dropped; doubled letters collapsed.
     */
    public static String skeleton(String s) {
        return skeletonOfKey(stripArticles(s));
    }

    /** {@link #skeleton} of a string that is already a key without articles. One pass per step. */
    static String skeletonOfKey(String t) {
        int n = t.length();
        char[] b = new char[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            if (next == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 'c' || c == 't' || c == 'd' || c == 'z' || c == 'p')) {
                b[m++] = c == 'p' ? 'f' : c; // kh, gh, sh, ch, th, dh, zh, ph
                i++;
                c = b[m - 1];
                b[m - 1] = map(c);
                continue;
            }
            if (c == 'd' && next == 'j') continue; // dj -> j
            b[m++] = map(c);
        }
        // drop h after a vowel when a consonant or the end follows ("Fallujah" = "Falluja"),
        // and collapse doubled letters
        StringBuilder out = new StringBuilder(m);
        for (int i = 0; i < m; i++) {
            char c = b[i];
            if (c == 'h' && i > 0 && isVowel(b[i - 1]) && (i == m - 1 || !isVowel(b[i + 1]))) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }

    private static char map(char c) {
        return switch (c) {
            case 'q', 'g', 'c' -> 'k';
            case 'e', 'y' -> 'i';
            case 'o', 'w' -> 'u';
            default -> c;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    /** Number of letters (any script) in s. */
    public static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) n++;
        }
        return n;
    }

    /** True when s has letters and none of them is lower case ("US", "U.S.", "SAN SALVADOR"). */
    public static boolean isUpperCase(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                any = true;
            }
        }
        return any;
    }

    /** True when s has letters and none of them is upper case. */
    public static boolean isLowerCase(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) return false;
                any = true;
            }
        }
        return any;
    }

    /** An acronym form: upper-case letters only once periods and spaces are gone, at most 6 of them. */
    public static boolean isAcronym(String form) {
        String f = form.replace(".", "").replace(" ", "").replace("-", "");
        if (f.isEmpty() || f.length() > 6) return false;
        for (int i = 0; i < f.length(); i++) {
            if (!Character.isUpperCase(f.charAt(i))) return false;
        }
        return true;
    }

    /** "Iraq's", "Iraqs'" and "Iraq’s" lose the possessive ending. */
    public static String stripPossessive(String s) {
        String t = s.strip();
        if (t.endsWith("'s") || t.endsWith("’s") || t.endsWith("'S") || t.endsWith("’S")) {
            return t.substring(0, t.length() - 2).strip();
        }
        if (t.endsWith("s'") || t.endsWith("s’")) return t.substring(0, t.length() - 1).strip();
        return t;
    }

    /** Drops quotes, brackets and trailing commas or full stops around a mention; keeps inner punctuation. */
    public static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && "\"'“”‘’([{,;:".indexOf(s.charAt(a)) >= 0 || a < b && Character.isWhitespace(s.charAt(a))) a++;
        while (b > a && "\"“”)]},;:!?".indexOf(s.charAt(b - 1)) >= 0 || b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }
}

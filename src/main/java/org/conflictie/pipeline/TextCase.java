package org.conflictie.pipeline;

/** Decides whether a text is all-caps wire copy, which the cased CoreNLP models mis-tag. */
public final class TextCase {
    /** Share of upper-case letters above which a text is treated as all-caps. */
    static final double ALL_CAPS_SHARE = 0.85;
    /** Too few letters to judge: treat as mixed case. */
    static final int MIN_LETTERS = 20;

    private TextCase() {}

    public static boolean isAllCaps(String text) {
        int upper = 0, letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= MIN_LETTERS && upper >= ALL_CAPS_SHARE * letters;
    }
}

package org.conflictie.score;

/**
 * A value as a reader sees it in a diff.
 *
 * @param value the normalised value: a subtype code, a date, a canonical name, "killed 3 (civilians)"
 * @param text  the article's words for it (the {@code text} field), or null when the file gives none
 */
public record Shown(String value, String text) {
    @Override
    public String toString() {
        if (text == null || text.equals(value)) return value;
        return value + " \"" + text + "\"";
    }
}

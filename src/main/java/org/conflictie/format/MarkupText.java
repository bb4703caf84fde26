package org.conflictie.format;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article text that arrived as HTML: tags, comments, scripts and styles are overwritten with spaces
 * and entities with the character they stand for followed by spaces, so the text keeps its length
 * and every offset the extractor reports still points at the same words of the input file.
 *
 * <p>Block-level tags ({@code <p>}, {@code <br>}, {@code <div>}, ...) start with two newlines where
 * they are long enough, so CoreNLP's sentence splitter ({@code newlineIsSentenceBreak=two}) does not
 * glue paragraphs together. Text that does not look like HTML is returned unchanged: a stray
 * {@code <} in prose is not markup.
 */
public final class MarkupText {
    /** A whole tag with a name HTML pages use, a doctype or a comment: the sign that a text is markup. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<(?:/?(?:html|head|body|p|div|br|span|a|script|style|table|tr|td|li|ul|ol|h[1-6]|meta|title|b|i|em|strong)\\b[^<>]*>|!doctype[^<>]*>|!--)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?(?:-->|$)|<(script|style)\\b.*?(?:</\\1\\s*>|$)|<[/!]?[A-Za-z][^<>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("<[/!]?([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Set<String> BLOCK = Set.of("p", "br", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "title", "body", "html", "head", "hr", "section", "article", "header", "footer", "blockquote");
    private static final Map<String, Character> NAMED = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("mdash", '—'), Map.entry("ndash", '–'),
            Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'), Map.entry("ldquo", '“'), Map.entry("rdquo", '”'),
            Map.entry("hellip", '…'));

    private MarkupText() {}

    /** Whether {@code text} contains HTML tags. */
    public static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && LOOKS_LIKE_HTML.matcher(text).find();
    }

    /** {@code text} with its markup blanked (same length), or {@code text} itself when it is not HTML. */
    public static String blank(String text) {
        if (!looksLikeHtml(text)) return text;
        char[] out = text.toCharArray();
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            spaces(out, m.start(), m.end());
            Matcher name = TAG_NAME.matcher(m.group());
            if (name.lookingAt() && BLOCK.contains(name.group(1).toLowerCase(Locale.ROOT)) && m.end() - m.start() >= 2) {
                out[m.start()] = '\n';
                out[m.start() + 1] = '\n';
            }
        }
        Matcher e = ENTITY.matcher(new String(out));
        while (e.find()) {
            Character c = entity(e);
            if (c == null) continue;
            spaces(out, e.start(), e.end());
            out[e.start()] = c;
        }
        return new String(out);
    }

    private static Character entity(Matcher e) {
        try {
            if (e.group(1) != null || e.group(2) != null) {
                int cp = e.group(1) != null ? Integer.parseInt(e.group(1)) : Integer.parseInt(e.group(2), 16);
                // One char keeps the length; a character outside the BMP or a control one stays as written.
                return cp >= 0x20 && cp < 0xD800 || cp >= 0xE000 && cp <= 0xFFFD ? (char) cp : null;
            }
        } catch (NumberFormatException ex) {
            return null;
        }
        return NAMED.get(e.group(3));
    }

    /** Overwrites [start, end) with spaces, keeping line breaks so line structure survives. */
    private static void spaces(char[] out, int start, int end) {
        for (int i = start; i < end; i++) {
            if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
        }
    }
}

package org.conflictie.pipeline;

import java.util.List;
import java.util.stream.Collectors;
import org.conflictie.lexicon.ModelFiles;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a scraped web page's headline from its body before CoreNLP sees the text.
 *
 * <p>Articles scraped from news sites often begin "Headline | Site nameBody text", with the site
 * name glued to the dateline or first word ("... shooting | KXTV.comPolice said", "... | News 12DENVER,
 * Colo. (Jan. 3, 2016) -- ..."). Parsed as it stands, the headline runs into the first sentence, the
 * glued token becomes a subject or object (a "target" named after the website) and the dateline is
 * not at the start of a line, so neither its city nor its date is found.
 *
 * <p>The change keeps the length: the separator and the site name become a paragraph break and
 * spaces, so every character offset CoreNLP reports still points at the same character of the
 * article, and the article's own words are what the output quotes.
 */
public final class ScrapedHeadline {
    /** How far into the article the separator may be: headlines are short. */
    static final int HEADLINE_MAX = 300;
    /** How long a site name may be. */
    static final int SITE_MAX = 40;

    private static final String SEPARATOR = " | ";
    /** A web address glued to a capitalised word: "KXTV.comPolice". */
    private static final Pattern DOMAIN_GLUE = Pattern.compile("\\.(com|net|org|tv|co\\.uk)(?=\\p{Lu})");
    /** A letter or digit glued to an all-caps dateline word: "News 12DENVER", "FOX 9EAST". */
    private static final Pattern DATELINE_GLUE = Pattern.compile("[\\p{Ll}\\d](?=\\p{Lu}{3,}\\b)");

    static final String NAVIGATION_FILE = "pipeline/site-navigation-words.txt";

    /** A navigation word glued to the body: "Local News - HomeState troopers", "Daily NewsA man". */
    private final Pattern navigationGlue;

    private ScrapedHeadline(List<String> navigationWords) {
        String words = navigationWords.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.navigationGlue = Pattern.compile(words.isEmpty() ? "(?!)" : "\\b(?:" + words + ")(?=[\\p{Lu}(])");
    }

    /** With the navigation words of {@code models/pipeline/site-navigation-words.txt}. */
    public static ScrapedHeadline load(ModelFiles files) {
        return new ScrapedHeadline(files.rows(NAVIGATION_FILE).stream().map(r -> r.cell(0).strip()).toList());
    }

    /** The text with a glued "| Site name" replaced by a paragraph break, or the text itself. */
    public String separate(String text) {
        int limit = Math.min(text.length(), HEADLINE_MAX);
        int newline = text.indexOf('\n');
        if (newline >= 0 && newline < limit) limit = newline;
        // The last bar: "Headline | Section | SiteBody".
        int sep = text.substring(0, limit).lastIndexOf(SEPARATOR);
        if (sep < 0) return text;
        int siteStart = sep + SEPARATOR.length();
        int window = Math.min(text.length(), siteStart + SITE_MAX);
        String site = text.substring(siteStart, window);
        int bodyStart = -1;
        for (Pattern glue : List.of(DOMAIN_GLUE, navigationGlue, DATELINE_GLUE)) {
            Matcher m = glue.matcher(site);
            if (m.find()) {
                bodyStart = siteStart + m.end();
                break;
            }
        }
        if (bodyStart < 0) return text;
        StringBuilder out = new StringBuilder(text);
        out.setCharAt(sep, '\n');
        out.setCharAt(sep + 1, '\n');
        for (int i = sep + 2; i < bodyStart; i++) out.setCharAt(i, ' ');
        return out.toString();
    }
}

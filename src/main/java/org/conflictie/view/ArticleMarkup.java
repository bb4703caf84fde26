package org.conflictie.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article as HTML with its highlights. Overlapping highlights are split: the text is cut at
 * every start and end, and each piece becomes one {@code <span>} that closes before the next one
 * opens, so any overlap (nested, crossing, identical) gives well-formed HTML. A piece covered by
 * several highlights takes the colour of the innermost (shortest), carries the class {@code multi}
 * and lists every highlight in its title; predicted words inside a gold value the run missed also get
 * {@code and-gold}.
 */
final class ArticleMarkup {
    private ArticleMarkup() {}

    /** @param highlights each within {@code text} ({@code end <= text.length()}) */
    static String render(String text, List<Highlight> highlights) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Highlight h : highlights) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h.start() + "-" + h.end()
                        + " beyond the text's end " + text.length());
            }
            cuts.add(h.start());
            cuts.add(h.end());
        }
        List<Highlight> innermostFirst = new ArrayList<>(highlights);
        innermostFirst.sort(Comparator.comparingInt(Highlight::length).thenComparingInt(Highlight::start));
        Html out = new Html();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) piece(out, text, from, cut, innermostFirst);
            from = cut;
        }
        return out.toString();
    }

    private static void piece(Html out, String text, int from, int to, List<Highlight> innermostFirst) {
        List<Highlight> covering = new ArrayList<>();
        for (Highlight h : innermostFirst) {
            if (h.start() <= from && h.end() >= to) covering.add(h);
        }
        String words = text.substring(from, to);
        if (covering.isEmpty()) {
            out.text(words);
            return;
        }
        Highlight inner = covering.get(0);
        Set<String> titles = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        for (Highlight h : covering) {
            titles.add(h.title());
            events.add(h.eventKey());
        }
        boolean andGold = !inner.gold() && covering.stream().anyMatch(Highlight::gold);
        String classes = "hl " + inner.cssClasses() + (covering.size() > 1 ? " multi" : "") + (andGold ? " and-gold" : "");
        out.element("span", words, "class", classes, "title", String.join("\n", titles),
                "data-ev", String.join(" ", events));
    }
}

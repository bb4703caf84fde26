package org.conflictie.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conflictie.model.Actor;
import org.conflictie.model.Candidate;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Explanation;
import org.conflictie.model.SentenceText;
import org.conflictie.model.SlotDecision;

/**
 * An event document's explanations as text for a terminal: per event, its subtype and trigger,
 * then per slot the chosen value, its words in context, the rule and the reason, and each
 * candidate that lost with why. Events written without explanations show their values and rules only.
 */
public final class ExplanationText {
    /** Characters of context shown on each side of a value. */
    static final int WINDOW = 70;

    private ExplanationText() {}

    /**
     * @param doc     one document of a run
     * @param article the article's text, or null: then context comes from the sentences the
     *                explanation carries, when it carries them
     */
    public static String render(EventDocument doc, String article) {
        StringBuilder s = new StringBuilder();
        s.append(doc.docId());
        if (doc.documentDate() != null) s.append("  (report of ").append(doc.documentDate()).append(')');
        int n = doc.events().size();
        s.append(": ").append(n).append(n == 1 ? " event" : " events").append('\n');
        for (Event e : doc.events()) {
            s.append('\n');
            event(s, e, article);
        }
        return s.toString();
    }

    private static void event(StringBuilder s, Event e, String article) {
        s.append(e.id()).append("  ").append(e.subtype() == null ? "(no subtype)" : e.subtype().code());
        if (e.trigger() != null) {
            s.append("  \"").append(e.trigger().text()).append('"');
            if (e.trigger().rule() != null) s.append("  [").append(e.trigger().rule()).append(']');
            if (e.trigger().sentence() != null) s.append("  sentence ").append(e.trigger().sentence());
        }
        if (e.confidence() != null) s.append("  confidence ").append(e.confidence());
        s.append('\n');
        Explanation why = e.explanation();
        List<SlotDecision> decisions = why != null ? why.decisions() : fromValues(e);
        for (SlotDecision d : decisions) decision(s, d, why, article);
        if (why == null) {
            s.append("  (no explanation recorded: extract with --explain to see the candidates that lost)\n");
        }
    }

    private static void decision(StringBuilder s, SlotDecision d, Explanation why, String article) {
        String label = String.format("  %-9s ", d.slot());
        Candidate c = d.chosen();
        if (c == null) {
            s.append(label).append("dropped:\n");
        } else {
            s.append(label).append(c.value() == null ? "(none)" : c.value());
            words(s, c);
            s.append('\n');
            if (c.reason() != null) s.append("            why: ").append(c.reason()).append('\n');
            String context = context(c, why, article);
            if (context != null) s.append("            in:  ").append(context).append('\n');
        }
        // The same words losing for the same reason in several sentences ("Iraq" five times) are one line.
        Map<List<String>, List<Integer>> sentencesOf = new LinkedHashMap<>();
        for (Candidate r : d.rejected()) {
            List<Integer> where = sentencesOf.computeIfAbsent(Arrays.asList(r.text(), r.value(), r.rule(), r.reason()),
                    k -> new ArrayList<>());
            if (r.sentence() != null && !where.contains(r.sentence())) where.add(r.sentence());
        }
        sentencesOf.forEach((k, where) -> {
            String text = k.get(0), value = k.get(1), rule = k.get(2), reason = k.get(3);
            s.append("            - ").append(text == null ? "(no words)" : "\"" + text + "\"");
            if (value != null && !value.equals(text)) s.append(" = ").append(value);
            if (rule != null) s.append("  [").append(rule).append(']');
            if (!where.isEmpty()) s.append(where.size() == 1 ? "  sentence " : "  sentences ")
                    .append(where.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            s.append('\n');
            if (reason != null) s.append("              lost: ").append(reason).append('\n');
        });
    }

    private static void words(StringBuilder s, Candidate c) {
        if (c.text() != null && !c.text().equals(c.value())) s.append("  \"").append(c.text()).append('"');
        if (c.rule() != null) s.append("  [").append(c.rule()).append(']');
        if (c.sentence() != null) s.append("  sentence ").append(c.sentence());
    }

    /**
     * The candidate's words marked {@code [[like this]]} with up to {@link #WINDOW} characters on
     * each side, from the article when given, else from its sentence; null when neither holds it.
     */
    static String context(Candidate c, Explanation why, String article) {
        if (c.start() == null || c.end() == null) return null;
        if (article != null && c.end() <= article.length()) return window(article, 0, c.start(), c.end());
        if (why == null) return null;
        SentenceText sentence = why.sentence(c.sentence()).filter(t -> t.covers(c.start(), c.end())).orElse(null);
        return sentence == null ? null : window(sentence.text(), sentence.start(), c.start(), c.end());
    }

    /** {@code text} starts at article offset {@code offset}; marks {@code [start, end)} with context around it. */
    static String window(String text, int offset, int start, int end) {
        int from = start - offset, to = end - offset;
        int left = Math.max(0, from - WINDOW), right = Math.min(text.length(), to + WINDOW);
        String out = (left > 0 ? "…" : "") + text.substring(left, from) + "[[" + text.substring(from, to) + "]]"
                + text.substring(to, right) + (right < text.length() ? "…" : "");
        return out.replaceAll("\\s+", " ").strip();
    }

    /** The values of an event written without explanation, as decisions with no rivals. */
    private static List<SlotDecision> fromValues(Event e) {
        List<SlotDecision> out = new ArrayList<>();
        if (e.date() != null) {
            out.add(chosen("date", new Candidate(e.date().text(), e.date().start(), e.date().end(), e.date().sentence(),
                    e.date().value(), e.date().rule(), null)));
        }
        if (e.place() != null) {
            var p = e.place();
            String value = (p.name() == null ? "" : p.name()) + (p.country() == null ? "" : " (" + p.country() + ")");
            out.add(chosen("place", new Candidate(p.text(), p.start(), p.end(), p.sentence(), value.strip(), p.rule(), null)));
        }
        for (Actor a : e.actors()) {
            out.add(chosen(a.role().code(), new Candidate(a.text(), a.start(), a.end(), a.sentence(), a.name(), a.rule(), null)));
        }
        for (Casualty c : e.casualties()) {
            String value = c.outcome().code() + " " + (c.count() == null ? "?" : c.count())
                    + (c.group() == null ? "" : " (" + c.group() + ")");
            out.add(chosen("casualty", new Candidate(c.text(), c.start(), c.end(), c.sentence(), value, c.rule(), null)));
        }
        return out;
    }

    private static SlotDecision chosen(String slot, Candidate c) {
        return new SlotDecision(slot, c, List.of());
    }
}

package org.conflictie.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictie.format.ArticleTexts;
import org.conflictie.model.EventDocument;
import org.conflictie.score.Counts;
import org.conflictie.score.DocumentScore;
import org.conflictie.score.ScoreReport;
import org.conflictie.score.Scorer;
import org.conflictie.score.Slot;

/**
 * A run as one self-contained HTML page: scores per slot (with gold), an index of documents, and
 * each article with its values highlighted beside the table of its events. The page loads nothing:
 * its CSS and JS ({@code report.css}, {@code report.js} next to this class) are inlined and the chart
 * is inline SVG, so it can be mailed or opened offline.
 *
 * <pre>{@code
 * HtmlReport.Result r = HtmlReport.render("base", EventJson.read(run), EventJson.readGoldDir(gold),
 *         new ArticleTexts(textsDir), true);
 * Files.writeString(out, r.html());
 * }</pre>
 *
 * <p>With gold, the scorer ({@link Scorer}, strict rules) pairs the events and marks every value;
 * this class only draws its marks.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * @param html     the page
     * @param warnings articles not found and values that could not be placed in their article, one per line
     */
    public record Result(String html, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param runName        shown as the title
     * @param run            the predictions, in the order to show them
     * @param gold           gold documents, or null for a view without scores
     * @param texts          the folder of {@code <doc_id>.txt} articles
     * @param ignoreOptional as the scorer's option: optional gold items count neither way
     */
    public static Result render(String runName, List<EventDocument> run, List<EventDocument> gold, ArticleTexts texts,
                                boolean ignoreOptional) {
        ScoreReport report = gold == null ? null
                : Scorer.builder().ignoreOptional(ignoreOptional).bootstrapSamples(0).build().score(gold, run);
        List<String> warnings = new ArrayList<>();
        List<DocumentView> docs = documents(run, report, texts, warnings);

        Html page = new Html();
        page.raw("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .raw("<meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "conflict-ie · " + runName)
                .open("style").raw(resource("report.css")).close("style")
                .close("head").newline().open("body").newline();
        page.open("header").element("h1", runName);
        summary(page, run, report, docs, ignoreOptional);
        page.close("header").newline();
        legend(page, report != null);
        index(page, docs, report != null);
        List<String> documentWarnings = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) document(page, i, docs.get(i), documentWarnings);
        warnings.addAll(documentWarnings);
        page.open("script").raw(resource("report.js")).close("script").newline();
        page.close("body").close("html").newline();
        return new Result(page.toString(), warnings);
    }

    /** The run's documents in its order, then gold documents the run has no line for. */
    private static List<DocumentView> documents(List<EventDocument> run, ScoreReport report, ArticleTexts texts,
                                                List<String> warnings) {
        Map<String, DocumentScore> scores = new LinkedHashMap<>();
        if (report != null) report.perDocument().forEach(d -> scores.put(d.docId(), d));
        List<DocumentView> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventDocument p : run) {
            seen.add(p.docId());
            out.add(view(p.docId(), p, scores.get(p.docId()), texts, warnings));
        }
        for (DocumentScore s : scores.values()) {
            if (!seen.contains(s.docId())) out.add(view(s.docId(), null, s, texts, warnings));
        }
        return out;
    }

    private static DocumentView view(String docId, EventDocument predicted, DocumentScore score, ArticleTexts texts,
                                     List<String> warnings) {
        Optional<String> text = texts.read(docId);
        if (text.isEmpty()) warnings.add(docId + ": no article text at " + texts.fileFor(docId));
        return new DocumentView(docId, predicted, score, text.orElse(null), texts.fileFor(docId));
    }

    private static void summary(Html page, List<EventDocument> run, ScoreReport report, List<DocumentView> docs,
                                boolean ignoreOptional) {
        int events = run.stream().mapToInt(d -> d.events().size()).sum();
        long withoutText = docs.stream().filter(d -> d.text() == null).count();
        page.open("p", "class", "counts");
        page.text(plural(run.size(), "document") + " in the run, " + plural(events, "predicted event"));
        if (withoutText > 0) page.text(", " + withoutText + " without article text");
        if (report != null) {
            page.text(". Gold: " + plural(report.documents(), "document") + ", "
                    + plural(report.goldEvents(), "event")
                    + (report.countedGoldEvents() != report.goldEvents() ? " (" + report.countedGoldEvents() + " counted)" : "")
                    + "; strict rules" + (ignoreOptional ? ", optional gold items ignored" : ""));
            if (!report.documentsWithoutPrediction().isEmpty()) {
                page.text("; " + report.documentsWithoutPrediction().size() + " gold documents not in the run");
            }
            if (!report.unknownDocIds().isEmpty()) {
                page.text("; " + report.unknownDocIds().size() + " run documents without gold (not scored)");
            }
        }
        page.text(".").close("p");
        if (report != null) {
            page.open("div", "class", "scoreboard").raw(ScoreChart.svg(report.strict()))
                    .raw(ScoreChart.table(report.strict())).close("div");
        }
    }

    private static void legend(Html page, boolean withGold) {
        page.open("div", "class", "legend").element("span", "Legend:", "class", "legend-title");
        for (SpanKind k : SpanKind.values()) page.element("span", k.label(), "class", "hl " + k.cssClass());
        if (withGold) {
            page.element("span", "right", "class", "hl m-right").element("span", "wrong", "class", "hl m-wrong")
                    .element("span", "spurious", "class", "hl m-spurious")
                    .element("span", "gold, missed", "class", "hl gold m-missing")
                    .element("span", "gold of a wrong value", "class", "hl gold m-wrong");
        }
        page.element("span", "Hover a highlight for its event, slot and rule.", "class", "hint");
        page.close("div").newline();
    }

    private static void index(Html page, List<DocumentView> docs, boolean withGold) {
        page.open("nav", "class", "index", "id", "top-index").element("h2", "Documents");
        page.raw("<input type=\"search\" id=\"filter\" placeholder=\"filter by doc_id\">");
        page.open("div", "class", "scroll").open("table").open("thead").open("tr").element("th", "doc_id").element("th", "predicted");
        if (withGold) page.element("th", "gold").element("th", "all F1");
        page.close("tr").close("thead").open("tbody").newline();
        for (int i = 0; i < docs.size(); i++) {
            DocumentView d = docs.get(i);
            page.open("tr", "data-doc", d.docId()).open("td").open("a", "href", "#doc-" + i).text(d.docId()).close("a");
            if (d.text() == null) page.element("span", " no text", "class", "warn-inline");
            page.close("td").element("td", Integer.toString(d.predictedEvents()), "class", "num");
            if (withGold) {
                Double f1 = d.allF1();
                page.element("td", d.score() == null ? "" : Integer.toString(d.score().goldEvents()), "class", "num");
                page.element("td", f1 == null ? "no gold" : ScoreChart.fmt(f1), "class", "num " + f1Class(d));
            }
            page.close("tr").newline();
        }
        page.close("tbody").close("table").close("div").close("nav").newline();
    }

    private static void document(Html page, int i, DocumentView d, List<String> warnings) {
        page.open("section", "class", "doc", "id", "doc-" + i).open("h2").text(d.docId()).close("h2");
        page.open("p", "class", "doc-meta");
        page.text(plural(d.predictedEvents(), "predicted event"));
        if (d.score() != null) {
            page.text(", " + plural(d.score().goldEvents(), "gold event") + ", all F1 " + ScoreChart.fmt(d.allF1()));
        }
        if (d.predicted() != null && d.predicted().documentDate() != null) page.text(", dated " + d.predicted().documentDate());
        page.text(" · ").element("a", "index", "href", "#top-index").close("p");
        List<String> mine = new ArrayList<>();
        if (d.text() == null) {
            page.element("p", "Warning: no article text at " + d.textFile() + "; the events are listed without it.",
                    "class", "warning");
        } else {
            List<Highlight> hl = Highlights.collect(d, mine);
            page.open("div", "class", "article").raw(ArticleMarkup.render(d.text(), hl)).close("div");
        }
        for (String w : mine) page.element("p", "Warning: " + w, "class", "warning");
        warnings.addAll(mine);
        EventTable.render(page, d);
        page.close("section").newline();
    }

    private static String f1Class(DocumentView d) {
        Double f1 = d.allF1();
        if (f1 == null) return "";
        if (d.score().counts().get(Slot.ALL).equals(Counts.ZERO)) return "f1-none";
        return f1 >= 0.8 ? "f1-good" : f1 >= 0.5 ? "f1-mid" : "f1-bad";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " beside " + HtmlReport.class);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

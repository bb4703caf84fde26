package org.conflictie.score;

import java.util.List;
import java.util.Optional;

/**
 * The result of scoring one run against a gold set. Immutable; render it with {@link #toString()}
 * (a terminal table), {@link #toMarkdown()}, {@link #toHtml()}, {@link #toTsv()}, {@link #toJson()} or {@link #diff()}.
 *
 * @param options                    how it was scored
 * @param documents                  gold documents scored
 * @param goldEvents                 gold events in those documents
 * @param countedGoldEvents          gold events that count (all, or the non-optional ones)
 * @param predictedEvents            predicted events in those documents (ignored documents excluded)
 * @param strict                     the spec's scores
 * @param lenient                    lenient scores, or null when not asked for (see {@link #lenientTable()})
 * @param perDocument                strict score of each gold document, sorted by doc_id
 * @param perDocumentLenient         lenient score of each, in the same order, or empty
 * @param byGoldEvents               documents grouped by their number of counted gold events: 0, 1, 2, 3, 4+
 * @param unknownDocIds              predicted doc_ids with no gold document: listed, not scored
 * @param documentsWithoutPrediction gold doc_ids the run has no line for, scored as predicting no events
 */
public record ScoreReport(ScoreOptions options, int documents, int goldEvents, int countedGoldEvents,
                          int predictedEvents, SlotTable strict, SlotTable lenient,
                          List<DocumentScore> perDocument, List<DocumentScore> perDocumentLenient,
                          List<GoldEventsBucket> byGoldEvents, List<String> unknownDocIds,
                          List<String> documentsWithoutPrediction) {

    public ScoreReport {
        perDocument = List.copyOf(perDocument);
        perDocumentLenient = List.copyOf(perDocumentLenient);
        byGoldEvents = List.copyOf(byGoldEvents);
        unknownDocIds = List.copyOf(unknownDocIds);
        documentsWithoutPrediction = List.copyOf(documentsWithoutPrediction);
    }

    public Optional<SlotTable> lenientTable() {
        return Optional.ofNullable(lenient);
    }

    /** The strict F1 of a row. */
    public double f1(Slot slot) {
        return strict.f1(slot);
    }

    /** The strict score of one document, if it is in the gold set. */
    public Optional<DocumentScore> document(String docId) {
        return perDocument.stream().filter(d -> d.docId().equals(docId)).findFirst();
    }

    /** The summary tables for a terminal (without the per-document table). */
    @Override
    public String toString() {
        return ReportText.text(this, false);
    }

    /** The summary, plus one line per document when {@code perDocument} is true. */
    public String toText(boolean withPerDocument) {
        return ReportText.text(this, withPerDocument);
    }

    public String toMarkdown() {
        return ReportText.markdown(this);
    }

    /** The summary tables as an HTML fragment (text escaped), for {@code display(r.toHtml(), "text/html")} in a notebook. */
    public String toHtml() {
        return ReportTables.html(this);
    }

    /** One row per table and slot (and per document), tab-separated, with a header line. */
    public String toTsv() {
        return ReportText.tsv(this);
    }

    /** The JSON documented in {@code docs/scoring.md}; the diff is included when {@code withDiff}. */
    public String toJson(boolean withDiff) {
        return ReportJson.score(this, withDiff);
    }

    public String toJson() {
        return toJson(false);
    }

    /** Every document side by side, prediction against gold, every value marked (strict rules). */
    public String diff() {
        return DiffText.render(perDocument, options.ignoreOptional(), null);
    }

    /** As {@link #diff()}, for the given documents only. */
    public String diff(java.util.Collection<String> docIds) {
        return DiffText.render(perDocument, options.ignoreOptional(), java.util.Set.copyOf(docIds));
    }
}

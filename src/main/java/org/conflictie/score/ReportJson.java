package org.conflictie.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON renderings documented in {@code docs/scoring.md}. Key order is fixed. */
final class ReportJson {
    private ReportJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String score(ScoreReport r, boolean withDiff) {
        ObjectNode root = MAPPER.createObjectNode();
        table(root, r.strict().counts(), r.strict());
        root.put("documents", r.documents());
        root.put("gold_events", r.goldEvents());
        root.put("counted_gold_events", r.countedGoldEvents());
        root.put("predicted_events", r.predictedEvents());
        root.set("options", options(r.options()));
        if (r.lenient() != null) table(root.putObject("lenient"), r.lenient().counts(), r.lenient());
        ObjectNode buckets = root.putObject("by_gold_events");
        for (GoldEventsBucket b : r.byGoldEvents()) {
            ObjectNode o = buckets.putObject(b.label());
            o.put("documents", b.documents());
            table(o, b.strict(), null);
            if (b.lenient() != null) table(o.putObject("lenient"), b.lenient(), null);
        }
        ArrayNode docs = root.putArray("per_document");
        for (int i = 0; i < r.perDocument().size(); i++) {
            DocumentScore d = r.perDocument().get(i);
            ObjectNode o = docs.addObject();
            o.put("doc_id", d.docId());
            o.put("gold_events", d.goldEvents());
            o.put("predicted_events", d.predictedEvents());
            o.put("has_prediction", d.hasPrediction());
            table(o, d.counts(), null);
            if (!r.perDocumentLenient().isEmpty()) table(o.putObject("lenient"), r.perDocumentLenient().get(i).counts(), null);
            if (withDiff) o.set("diff", diff(d));
        }
        strings(root.putArray("unknown_doc_ids"), r.unknownDocIds());
        strings(root.putArray("documents_without_prediction"), r.documentsWithoutPrediction());
        return write(root);
    }

    static String comparison(ComparisonReport c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("a", c.labelA());
        root.put("b", c.labelB());
        root.put("documents", c.documents());
        root.set("options", options(c.options()));
        ObjectNode slots = root.putObject("slots");
        for (SlotComparison row : c.rows()) {
            ObjectNode o = row.slot() == Slot.ALL ? root.putObject("all") : slots.putObject(row.slot().code());
            counts(o.putObject("a"), row.a(), null);
            counts(o.putObject("b"), row.b(), null);
            o.put("f1_change", row.f1Change());
            if (row.difference() != null) interval(o, "f1_change_ci", row.difference());
            if (row.pValue() != null) o.put("p_value", row.pValue());
        }
        ArrayNode changed = root.putArray("changed_documents");
        for (ChangedDocument d : c.changed()) {
            ObjectNode o = changed.addObject();
            o.put("doc_id", d.docId());
            o.put("all_f1_a", d.a().get(Slot.ALL).f1());
            o.put("all_f1_b", d.b().get(Slot.ALL).f1());
            strings(o.putArray("changed_slots"), d.changedSlots().stream().map(Slot::code).toList());
            table(o.putObject("a"), d.a(), null);
            table(o.putObject("b"), d.b(), null);
        }
        strings(root.putArray("unknown_doc_ids_a"), c.unknownA());
        strings(root.putArray("unknown_doc_ids_b"), c.unknownB());
        return write(root);
    }

    /** {@code "slots": {...}, "all": {...}} into {@code o}. */
    private static void table(ObjectNode o, SlotCounts counts, SlotTable withCi) {
        ObjectNode slots = o.putObject("slots");
        for (Slot s : Slot.SLOTS) counts(slots.putObject(s.code()), counts.get(s), withCi == null ? null : withCi.f1Interval(s).orElse(null));
        counts(o.putObject("all"), counts.get(Slot.ALL), withCi == null ? null : withCi.f1Interval(Slot.ALL).orElse(null));
    }

    private static void counts(ObjectNode o, Counts c, ConfidenceInterval ci) {
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
        if (ci != null) interval(o, "f1_ci", ci);
    }

    private static void interval(ObjectNode o, String key, ConfidenceInterval ci) {
        ObjectNode i = o.putObject(key);
        i.put("low", ci.low());
        i.put("high", ci.high());
        i.put("level", ci.level());
    }

    private static ObjectNode options(ScoreOptions o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ignore_optional", o.ignoreOptional());
        n.put("lenient", o.lenient());
        n.put("bootstrap_samples", o.samples());
        n.put("seed", o.seed());
        return n;
    }

    private static ArrayNode diff(DocumentScore d) {
        ArrayNode out = MAPPER.createArrayNode();
        for (EventAlignment a : d.alignments()) {
            ObjectNode o = out.addObject();
            if (a.predicted() != null) o.put("predicted", a.predicted().id()); else o.putNull("predicted");
            if (a.gold() != null) o.put("gold", a.gold().id()); else o.putNull("gold");
            o.put("counted", a.counted());
            ArrayNode rows = o.putArray("values");
            for (ValueRow r : a.rows()) {
                ObjectNode v = rows.addObject();
                v.put("slot", r.slot().code());
                v.put("mark", r.mark().code());
                shown(v, "predicted", r.predicted());
                shown(v, "gold", r.gold());
            }
        }
        return out;
    }

    private static void shown(ObjectNode o, String key, Shown s) {
        if (s == null) {
            o.putNull(key);
            return;
        }
        ObjectNode n = o.putObject(key);
        n.put("value", s.value());
        if (s.text() != null) n.put("text", s.text());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

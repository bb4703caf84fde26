package org.conflictie.format.brat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conflictie.format.EventJson;
import org.conflictie.format.brat.Spans.Span;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.model.Trigger;

/**
 * Writes one format v1 document as a brat {@code .ann} file over its article, losslessly: {@link BratReader}
 * gives back an equal {@link EventDocument}. The mapping is described in {@code gold-annotations/GUIDELINES.md}.
 *
 * <p>In short: the trigger, date, place, actors and casualties whose text can be found become spans (T) that
 * are arguments of one Attack event (E); subtype, outcome and optional flags become attributes (A); every value
 * without words of its own (names, counts, the date value, admin1, country, alt, source, rule) goes into the
 * span's note as JSON; values that cannot be a span go whole into the event's note.
 */
public final class BratWriter {
    private static final ObjectMapper JSON = EventJson.mapper();

    /**
     * The written annotation file.
     *
     * @param ann          the {@code .ann} content
     * @param keptInNotes  JSON paths of values that have a text but could not be drawn as a span (text not in the
     *                     article, offsets that do not frame it...); they are kept whole in the event's note
     */
    public record Output(String ann, List<String> keptInNotes) {}

    private final String article;
    private final OffsetMapper offsets;
    private final StringBuilder out = new StringBuilder();
    private final List<String> keptInNotes = new ArrayList<>();
    private int nextT = 1;
    private int nextA = 1;
    private int nextNote = 1;

    private BratWriter(String article) {
        this.article = article;
        this.offsets = new OffsetMapper(article);
    }

    /** The {@code .ann} content for {@code doc} over {@code article} (the exact text of {@code <doc_id>.txt}). */
    public static Output write(EventDocument doc, String article) {
        BratWriter w = new BratWriter(article);
        w.document(doc);
        return new Output(w.out.toString(), List.copyOf(w.keptInNotes));
    }

    private void document(EventDocument doc) {
        if (doc.documentDate() != null) {
            String t = textBound(BratSchema.DOCUMENT, Spans.firstWord(article));
            ObjectNode note = JSON.createObjectNode().put("document_date", doc.documentDate());
            note(t, note);
        }
        for (int i = 0; i < doc.events().size(); i++) {
            event(doc.events().get(i), i);
        }
    }

    /** A span planned for one value of an event, before ids are given out. */
    private record Part(String type, String role, Span span, ObjectNode note, boolean optional, String outcome) {}

    private void event(Event event, int index) {
        String path = "events[" + index + "]";
        String eventId = "E" + (index + 1);
        ObjectNode eventNote = JSON.createObjectNode();
        if (!event.id().equals("e" + (index + 1))) eventNote.put("id", event.id());
        if (!Event.ATTACK.equals(event.type())) eventNote.put("type", event.type());
        if (event.confidence() != null) eventNote.put("confidence", event.confidence());
        if (Boolean.FALSE.equals(event.optional())) eventNote.put("optional", false);

        List<Part> parts = new ArrayList<>();
        EventDate date = event.date();
        if (date != null) {
            Optional<Span> span = locate(date.text(), date.start(), date.end(), path + ".date");
            if (span.isPresent()) {
                ObjectNode note = JSON.createObjectNode();
                putIfSet(note, "value", date.value());
                putIfSet(note, "rule", date.rule());
                offsetsFlag(note, date.start());
                parts.add(new Part(BratSchema.DATE, BratSchema.ROLE_TIME, span.get(), note, false, null));
            } else {
                eventNote.set("date", JSON.valueToTree(date));
            }
        }
        Place place = event.place();
        if (place != null) {
            Optional<Span> span = locate(place.text(), place.start(), place.end(), path + ".place");
            if (span.isPresent()) {
                ObjectNode note = JSON.createObjectNode();
                putIfSet(note, "name", place.name());
                putIfSet(note, "admin1", place.admin1());
                putIfSet(note, "country", place.country());
                putAlt(note, place.alt());
                putIfSet(note, "rule", place.rule());
                offsetsFlag(note, place.start());
                parts.add(new Part(BratSchema.PLACE, BratSchema.ROLE_PLACE, span.get(), note, false, null));
            } else {
                eventNote.set("place", JSON.valueToTree(place));
            }
        }
        ArrayNode looseActors = JSON.createArrayNode();
        for (int j = 0; j < event.actors().size(); j++) {
            Actor actor = event.actors().get(j);
            Optional<Span> span = actor.role() == null ? Optional.empty()
                    : locate(actor.text(), actor.start(), actor.end(), path + ".actors[" + j + "]");
            if (span.isPresent()) {
                ObjectNode note = JSON.createObjectNode();
                putIfSet(note, "name", actor.name());
                putAlt(note, actor.alt());
                putIfSet(note, "rule", actor.rule());
                offsetsFlag(note, actor.start());
                if (Boolean.FALSE.equals(actor.optional())) note.put("optional", false);
                String role = actor.role() == Role.ATTACKER ? BratSchema.ROLE_ATTACKER : BratSchema.ROLE_TARGET;
                parts.add(new Part(BratSchema.ACTOR, role, span.get(), note, Boolean.TRUE.equals(actor.optional()), null));
            } else {
                looseActors.add(indexed(j, actor));
            }
        }
        ArrayNode looseCasualties = JSON.createArrayNode();
        for (int j = 0; j < event.casualties().size(); j++) {
            Casualty casualty = event.casualties().get(j);
            Optional<Span> span = casualty.outcome() == null ? Optional.empty()
                    : locate(casualty.text(), casualty.start(), casualty.end(), path + ".casualties[" + j + "]");
            if (span.isPresent()) {
                ObjectNode note = JSON.createObjectNode();
                // Always written, null too, as in v1: a null count is a value ("casualties, no figure").
                note.set("count", casualty.count() == null ? JSON.nullNode() : JSON.valueToTree(casualty.count()));
                putIfSet(note, "group", casualty.group());
                putIfSet(note, "source", casualty.source());
                putIfSet(note, "rule", casualty.rule());
                offsetsFlag(note, casualty.start());
                if (Boolean.FALSE.equals(casualty.optional())) note.put("optional", false);
                parts.add(new Part(BratSchema.CASUALTY, BratSchema.ROLE_CASUALTY, span.get(), note,
                        Boolean.TRUE.equals(casualty.optional()), casualty.outcome().code()));
            } else {
                looseCasualties.add(indexed(j, casualty));
            }
        }
        if (!looseActors.isEmpty()) eventNote.set("actors", looseActors);
        if (!looseCasualties.isEmpty()) eventNote.set("casualties", looseCasualties);

        // The trigger. brat needs one for every event; an event without a drawable trigger is anchored on its
        // earliest argument span (or the first word) and marked NoTrigger, so that reading it back gives no trigger.
        Trigger trigger = event.trigger();
        Optional<Span> triggerSpan = trigger == null ? Optional.empty()
                : locate(trigger.text(), trigger.start(), trigger.end(), path + ".trigger");
        boolean anchorOnly = triggerSpan.isEmpty();
        if (triggerSpan.isPresent()) {
            // Notes may not point at a trigger (brat rejects that), so the trigger's own values sit in the event's note.
            ObjectNode triggerNote = JSON.createObjectNode();
            putIfSet(triggerNote, "rule", trigger.rule());
            offsetsFlag(triggerNote, trigger.start());
            if (!triggerNote.isEmpty()) eventNote.set("trigger", triggerNote);
        } else if (trigger != null) {
            eventNote.set("trigger", JSON.valueToTree(trigger));
        }
        Span anchor = triggerSpan.orElseGet(() -> parts.stream().map(Part::span)
                .min(Comparator.comparingInt(Span::start).thenComparingInt(Span::end))
                .orElse(Spans.firstWord(article)));

        // Ids in reading order: trigger first, then the arguments.
        String triggerId = textBound(BratSchema.ATTACK, anchor);
        List<String> args = new ArrayList<>();
        Map<String, Integer> roleCounts = new HashMap<>();
        List<String[]> attributes = new ArrayList<>();
        List<Map.Entry<String, ObjectNode>> notes = new ArrayList<>();
        for (Part part : parts) {
            String t = textBound(part.type(), part.span());
            int n = roleCounts.merge(part.role(), 1, Integer::sum);
            args.add(part.role() + (n == 1 ? "" : String.valueOf(n)) + ":" + t);
            if (part.outcome() != null) attributes.add(new String[] {BratSchema.OUTCOME, t, part.outcome()});
            if (part.optional()) attributes.add(new String[] {BratSchema.OPTIONAL, t, null});
            if (!part.note().isEmpty()) notes.add(Map.entry(t, part.note()));
        }
        out.append(eventId).append('\t').append(BratSchema.ATTACK).append(':').append(triggerId);
        for (String arg : args) out.append(' ').append(arg);
        out.append('\n');
        if (event.subtype() != null) attribute(BratSchema.SUBTYPE, eventId, event.subtype().code());
        if (Boolean.TRUE.equals(event.optional())) attribute(BratSchema.OPTIONAL, eventId, null);
        if (anchorOnly) attribute(BratSchema.NO_TRIGGER, eventId, null);
        for (String[] a : attributes) attribute(a[0], a[1], a[2]);
        if (!eventNote.isEmpty()) note(eventId, inKeyOrder(eventNote));
        for (Map.Entry<String, ObjectNode> n : notes) note(n.getKey(), n.getValue());
    }

    /** The span of a value's text, recording values with a text that nevertheless cannot be a span. */
    private Optional<Span> locate(String text, Integer start, Integer end, String path) {
        Optional<Span> span = Spans.locate(article, offsets, text, start, end);
        if (span.isEmpty() && text != null) keptInNotes.add(path);
        return span;
    }

    private String textBound(String type, Span span) {
        String id = "T" + nextT++;
        List<Span> pieces = Spans.fragments(article, span);
        if (pieces.isEmpty()) pieces = List.of(span); // only the empty anchor of a blank article
        String ranges = pieces.stream().map(p -> offsets.toBrat(p.start()) + " " + offsets.toBrat(p.end()))
                .collect(Collectors.joining(";"));
        String text = pieces.stream().map(p -> article.substring(p.start(), p.end())).collect(Collectors.joining(" "));
        out.append(id).append('\t').append(type).append(' ').append(ranges).append('\t').append(text).append('\n');
        return id;
    }

    private void attribute(String name, String target, String value) {
        out.append('A').append(nextA++).append('\t').append(name).append(' ').append(target);
        if (value != null) out.append(' ').append(value);
        out.append('\n');
    }

    private void note(String target, JsonNode json) {
        try {
            // Compact JSON has no tab or line break (they are escaped), so the note stays one .ann line.
            out.append('#').append(nextNote++).append('\t').append(BratSchema.NOTES).append(' ').append(target)
                    .append('\t').append(JSON.writeValueAsString(json)).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a note for " + target, e);
        }
    }

    /** The event note's keys in the order of the v1 event, whatever order they were added in. */
    private static ObjectNode inKeyOrder(ObjectNode note) {
        ObjectNode ordered = JSON.createObjectNode();
        for (String key : List.of("id", "type", "trigger", "date", "place", "actors", "casualties", "confidence", "optional")) {
            if (note.has(key)) ordered.set(key, note.get(key));
        }
        return ordered;
    }

    /** A list value kept whole in the event note, with its place in the v1 list so the order survives. */
    private static ObjectNode indexed(int index, Object value) {
        ObjectNode node = JSON.createObjectNode().put("index", index);
        node.setAll((ObjectNode) JSON.valueToTree(value));
        return node;
    }

    private static void putIfSet(ObjectNode note, String key, String value) {
        if (value != null) note.put(key, value);
    }

    private static void putAlt(ObjectNode note, List<String> alt) {
        if (!alt.isEmpty()) note.set("alt", JSON.valueToTree(alt));
    }

    /** Marks a span that the v1 value did not locate: it had text only, and the converter found the text. */
    private static void offsetsFlag(ObjectNode note, Integer start) {
        if (start == null) note.put("offsets", false);
    }
}

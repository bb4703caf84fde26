package org.conflictie.format.brat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.conflictie.format.EventJson;
import org.conflictie.format.Problem;
import org.conflictie.format.brat.Spans.Span;
import org.conflictie.format.brat.Standoff.Arg;
import org.conflictie.format.brat.Standoff.Attribute;
import org.conflictie.format.brat.Standoff.EventAnn;
import org.conflictie.format.brat.Standoff.Note;
import org.conflictie.format.brat.Standoff.TextBound;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;
import org.conflictie.model.Trigger;

/**
 * Reads a brat {@code .ann} file (with its {@code .txt}) back into a format v1 document, the inverse of
 * {@link BratWriter}. Everything that does not fit the mapping is a {@link Problem} with the {@code .ann} file,
 * line and annotation id; a document with any problem is not returned, so no half-read gold file is written.
 */
public final class BratReader {
    private static final ObjectMapper JSON = EventJson.mapper();

    /**
     * @param document the document, or null when there were problems
     * @param problems every problem found, in file order
     */
    public record Result(EventDocument document, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Set<String> SPAN_TYPES = Set.of(BratSchema.ATTACK, BratSchema.ACTOR, BratSchema.PLACE,
            BratSchema.DATE, BratSchema.CASUALTY, BratSchema.DOCUMENT);
    private static final Map<String, String> TYPE_OF_ROLE = Map.of(
            BratSchema.ROLE_ATTACKER, BratSchema.ACTOR, BratSchema.ROLE_TARGET, BratSchema.ACTOR,
            BratSchema.ROLE_PLACE, BratSchema.PLACE, BratSchema.ROLE_TIME, BratSchema.DATE,
            BratSchema.ROLE_CASUALTY, BratSchema.CASUALTY);

    // Note keys per annotation (the GUIDELINES table); anything else is a typo worth reporting.
    private static final Set<String> DOCUMENT_KEYS = Set.of("document_date");
    private static final Set<String> EVENT_KEYS = Set.of("id", "type", "confidence", "optional", "trigger", "date",
            "place", "actors", "casualties");
    private static final Set<String> TRIGGER_KEYS = Set.of("rule", "offsets");
    private static final Set<String> DATE_KEYS = Set.of("value", "rule", "offsets");
    private static final Set<String> PLACE_KEYS = Set.of("name", "admin1", "country", "alt", "rule", "offsets");
    private static final Set<String> ACTOR_KEYS = Set.of("name", "alt", "rule", "offsets", "optional");
    private static final Set<String> CASUALTY_KEYS = Set.of("count", "group", "source", "rule", "offsets", "optional");

    private final Path file;
    private final String article;
    private final OffsetMapper offsets;
    private final Standoff standoff;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Map<String, Span> spans = new HashMap<>();
    private final Map<String, Note> noteOf = new HashMap<>();
    private final Map<String, Map<String, Attribute>> attributesOf = new HashMap<>();

    private BratReader(Path file, String ann, String article) {
        this.file = file;
        this.article = article;
        this.offsets = new OffsetMapper(article);
        this.standoff = Standoff.parse(file, ann);
        problems.addAll(standoff.problems);
    }

    /**
     * Reads one document.
     *
     * @param annFile the {@code .ann} file, for messages
     * @param ann     its content
     * @param article the exact text of the matching {@code .txt}
     * @param docId   the document id (the file name without extension)
     */
    public static Result read(Path annFile, String ann, String article, String docId) {
        BratReader r = new BratReader(annFile, ann, article);
        EventDocument doc = r.document(docId);
        List<Problem> problems = r.problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.line() == null ? 0 : p.line())).toList();
        return new Result(problems.isEmpty() ? doc : null, problems);
    }

    private EventDocument document(String docId) {
        standoff.textBounds.values().forEach(this::checkSpan);
        standoff.notes.forEach(this::collectNote);
        standoff.attributes.forEach(this::collectAttribute);

        String documentDate = null;
        List<TextBound> documentAnchors = standoff.textBounds.values().stream()
                .filter(t -> t.type().equals(BratSchema.DOCUMENT)).toList();
        for (TextBound t : documentAnchors) {
            if (t != documentAnchors.get(0)) {
                problem(t.line(), t.id(), "expected one Document annotation, found another (first "
                        + documentAnchors.get(0).id() + ")");
            }
            documentDate = fields(t.id(), t.line(), DOCUMENT_KEYS).string("document_date");
        }

        List<Event> events = new ArrayList<>();
        for (EventAnn e : standoff.events.values()) {
            Event event = event(e);
            if (event != null) events.add(event);
        }
        // Referenced by any event line, valid or not: a broken event is reported once, not again via its spans.
        Set<String> used = new HashSet<>();
        for (EventAnn e : standoff.events.values()) {
            used.add(e.trigger());
            e.args().forEach(a -> used.add(a.target()));
        }
        for (TextBound t : standoff.textBounds.values()) {
            if (!used.contains(t.id()) && !t.type().equals(BratSchema.DOCUMENT) && SPAN_TYPES.contains(t.type())) {
                problem(t.line(), t.id(), "expected every " + t.type() + " span to belong to an event (as trigger or"
                        + " argument), found " + Standoff.quote(t.text()) + " in none");
            }
        }
        return new EventDocument(docId, documentDate, events);
    }

    // ------------------------------------------------------------------------------------------ events

    private Event event(EventAnn e) {
        if (!e.type().equals(BratSchema.ATTACK)) {
            problem(e.line(), e.id(), "expected event type " + BratSchema.ATTACK + ", found " + e.type());
            return null;
        }
        Fields note = fields(e.id(), e.line(), EVENT_KEYS);
        Map<String, Attribute> attrs = attributesOf.getOrDefault(e.id(), Map.of());

        TextBound triggerSpan = standoff.textBounds.get(e.trigger());
        if (triggerSpan == null || !triggerSpan.type().equals(BratSchema.ATTACK)) {
            problem(e.line(), e.id(), "expected the trigger " + e.trigger() + " to be an " + BratSchema.ATTACK
                    + " span, found " + (triggerSpan == null ? "no such annotation" : triggerSpan.type()));
            return null;
        }
        Trigger trigger;
        if (attrs.containsKey(BratSchema.NO_TRIGGER)) {
            // The span only anchors the event in brat; a v1 trigger without a drawable span is in the note.
            trigger = note.record("trigger", Trigger.class);
        } else {
            Fields extra = note.object("trigger", TRIGGER_KEYS);
            Span span = nonEmptySpan(triggerSpan);
            trigger = span == null ? null : new Trigger(text(span), start(span, extra), end(span, extra),
                    extra.string("rule"));
        }

        Subtype subtype = attrs.containsKey(BratSchema.SUBTYPE)
                ? Subtype.fromCode(attrs.get(BratSchema.SUBTYPE).value()).orElse(null) : null;
        Boolean optional = attrs.containsKey(BratSchema.OPTIONAL) ? Boolean.TRUE : note.bool("optional");

        EventDate date = null;
        Place place = null;
        List<Actor> actors = new ArrayList<>();
        List<Casualty> casualties = new ArrayList<>();
        Set<String> single = new HashSet<>();
        for (Arg arg : e.args()) {
            String role = roleBase(arg.role());
            String expectedType = TYPE_OF_ROLE.get(role);
            if (expectedType == null) {
                problem(e.line(), e.id(), "expected a role Attacker, Target, Place, Time or Casualty, found " + arg.role());
                continue;
            }
            TextBound t = standoff.textBounds.get(arg.target());
            if (t == null || !t.type().equals(expectedType)) {
                problem(e.line(), e.id(), "expected " + arg.role() + " to point at a " + expectedType + " span, found "
                        + arg.target() + (t == null ? ", which does not exist" : " (" + t.type() + ")"));
                continue;
            }
            if ((role.equals(BratSchema.ROLE_PLACE) || role.equals(BratSchema.ROLE_TIME)) && !single.add(role)) {
                problem(e.line(), e.id(), "expected at most one " + role + " argument (format v1 has one "
                        + (role.equals(BratSchema.ROLE_TIME) ? "date" : "place") + " per event), found " + arg.role());
                continue;
            }
            Span span = nonEmptySpan(t);
            if (span == null) continue;
            switch (role) {
                case BratSchema.ROLE_TIME -> date = date(t, span);
                case BratSchema.ROLE_PLACE -> place = place(t, span);
                case BratSchema.ROLE_CASUALTY -> casualties.add(casualty(t, span));
                default -> actors.add(actor(t, span,
                        role.equals(BratSchema.ROLE_ATTACKER) ? Role.ATTACKER : Role.TARGET));
            }
        }
        EventDate looseDate = note.record("date", EventDate.class);
        if (looseDate != null) {
            if (date != null) problem(e.line(), e.id(), "expected a date either as a Time argument or in the note, found both");
            date = looseDate;
        }
        Place loosePlace = note.record("place", Place.class);
        if (loosePlace != null) {
            if (place != null) problem(e.line(), e.id(), "expected a place either as a Place argument or in the note, found both");
            place = loosePlace;
        }
        insertByIndex(actors, note.indexedRecords("actors", Actor.class));
        insertByIndex(casualties, note.indexedRecords("casualties", Casualty.class));

        String id = note.string("id");
        String type = note.string("type");
        return new Event(id != null ? id : e.id().toLowerCase(Locale.ROOT), type, subtype, trigger, date,
                place, actors, casualties, note.number("confidence"), optional);
    }

    private EventDate date(TextBound t, Span span) {
        Fields f = fields(t.id(), t.line(), DATE_KEYS);
        return new EventDate(f.string("value"), text(span), start(span, f), end(span, f), f.string("rule"));
    }

    private Place place(TextBound t, Span span) {
        Fields f = fields(t.id(), t.line(), PLACE_KEYS);
        return new Place(f.string("name"), text(span), start(span, f), end(span, f), f.string("admin1"),
                f.string("country"), f.strings("alt"), f.string("rule"));
    }

    private Actor actor(TextBound t, Span span, Role role) {
        Fields f = fields(t.id(), t.line(), ACTOR_KEYS);
        return new Actor(role, f.string("name"), text(span), start(span, f), end(span, f), f.strings("alt"),
                f.string("rule"), optional(t.id(), f));
    }

    private Casualty casualty(TextBound t, Span span) {
        Fields f = fields(t.id(), t.line(), CASUALTY_KEYS);
        Attribute outcome = attributesOf.getOrDefault(t.id(), Map.of()).get(BratSchema.OUTCOME);
        if (outcome == null) {
            problem(t.line(), t.id(), "expected an Outcome attribute (killed, injured, captured or missing) on this "
                    + "Casualty span, found none");
        }
        return new Casualty(outcome == null ? null : Outcome.fromCode(outcome.value()).orElse(null),
                f.count("count"), f.string("group"), text(span), start(span, f), end(span, f), f.string("source"),
                f.string("rule"), optional(t.id(), f));
    }

    private Boolean optional(String id, Fields f) {
        Boolean flag = f.bool("optional");
        return attributesOf.getOrDefault(id, Map.of()).containsKey(BratSchema.OPTIONAL) ? Boolean.TRUE : flag;
    }

    /** Values kept whole in the event note go back to their place in the v1 list. */
    private static <T> void insertByIndex(List<T> bound, List<Map.Entry<Integer, T>> loose) {
        List<Map.Entry<Integer, T>> sorted = new ArrayList<>(loose);
        sorted.sort(Comparator.comparing(en -> en.getKey() == null ? Integer.MAX_VALUE : en.getKey()));
        for (Map.Entry<Integer, T> en : sorted) {
            Integer at = en.getKey();
            if (at == null || at > bound.size()) bound.add(en.getValue());
            else bound.add(at, en.getValue());
        }
    }

    /** brat numbers repeated roles (Target2); the role is the name without its number, as brat's split_role. */
    private static String roleBase(String role) {
        int i = role.length();
        while (i > 1 && Character.isDigit(role.charAt(i - 1))) i--;
        return role.substring(0, i);
    }

    // ------------------------------------------------------------------------------------------ spans

    private void checkSpan(TextBound t) {
        if (!SPAN_TYPES.contains(t.type())) {
            problem(t.line(), t.id(), "expected a span type Attack, Actor, Place, Date, Casualty or Document, found "
                    + t.type());
            return;
        }
        int[] previous = null;
        StringBuilder expected = new StringBuilder();
        for (int[] f : t.fragments()) {
            if (f[0] > f[1] || f[1] > offsets.bratLength()) {
                problem(t.line(), t.id(), "expected offsets within 0.." + offsets.bratLength() + " (the length of the"
                        + " article in characters), found " + f[0] + " " + f[1]);
                return;
            }
            if (previous != null) {
                if (f[0] < previous[1]) {
                    problem(t.line(), t.id(), "expected fragments in text order without overlap, found " + previous[0]
                            + " " + previous[1] + ";" + f[0] + " " + f[1]);
                    return;
                }
                String gap = article.substring(offsets.toUtf16(previous[1]), offsets.toUtf16(f[0]));
                if (!gap.chars().allMatch(c -> Spans.isLineBreak((char) c))) {
                    problem(t.line(), t.id(), "expected one continuous span (format v1 has one text per value), found"
                            + " a discontinuous one skipping " + Standoff.quote(gap));
                    return;
                }
                expected.append(' ');
            }
            expected.append(article, offsets.toUtf16(f[0]), offsets.toUtf16(f[1]));
            previous = f;
        }
        // As brat: the text column starts with the span's text (fragments joined by a space).
        String field = t.text();
        String want = expected.toString();
        if (!(field.equals(want) || (field.startsWith(want) && Character.isWhitespace(field.charAt(want.length()))))) {
            int[] first = t.fragments().get(0);
            problem(t.line(), t.id(), "expected the text " + Standoff.quote(want) + " (offsets " + first[0] + ".."
                    + previous[1] + " of the article), found " + Standoff.quote(field));
            return;
        }
        spans.put(t.id(), new Span(offsets.toUtf16(t.fragments().get(0)[0]), offsets.toUtf16(previous[1])));
    }

    /** The checked span of a value; null (with a problem) when it is empty or was malformed. */
    private Span nonEmptySpan(TextBound t) {
        Span span = spans.get(t.id());
        if (span != null && span.start() == span.end()) {
            problem(t.line(), t.id(), "expected a span of at least one character, found an empty one");
            return null;
        }
        return span;
    }

    private String text(Span span) {
        return article.substring(span.start(), span.end());
    }

    /** The v1 start: the span's, unless the note says the source value had no offsets ({@code "offsets": false}). */
    private static Integer start(Span span, Fields f) {
        return f.offsetsGiven() ? span.start() : null;
    }

    private static Integer end(Span span, Fields f) {
        return f.offsetsGiven() ? span.end() : null;
    }

    // ------------------------------------------------------------------------------------------ notes and attributes

    private void collectNote(Note n) {
        if (!n.type().equals(BratSchema.NOTES)) {
            problem(n.line(), n.id(), "expected a note of type " + BratSchema.NOTES + ", found " + n.type());
            return;
        }
        TextBound t = standoff.textBounds.get(n.target());
        if (t == null && !standoff.events.containsKey(n.target())) {
            problem(n.line(), n.id(), "expected the id of a span or event, found " + n.target() + ", which does not exist");
            return;
        }
        if (t != null && t.type().equals(BratSchema.ATTACK)) {
            problem(n.line(), n.id(), "expected the note on the event, not on its trigger " + n.target()
                    + " (brat rejects notes on triggers); put trigger values under \"trigger\" in the event's note");
            return;
        }
        Note first = noteOf.putIfAbsent(n.target(), n);
        if (first != null) {
            problem(n.line(), n.id(), "expected one note per annotation, found a second one on " + n.target()
                    + " (first " + first.id() + ")");
        }
    }

    private void collectAttribute(Attribute a) {
        TextBound t = standoff.textBounds.get(a.target());
        boolean onEvent = standoff.events.containsKey(a.target());
        if (t == null && !onEvent) {
            problem(a.line(), a.id(), "expected the id of a span or event, found " + a.target() + ", which does not exist");
            return;
        }
        String kind = onEvent ? BratSchema.ATTACK + " event" : t.type() + " span";
        switch (a.name()) {
            case BratSchema.SUBTYPE -> {
                if (!onEvent) { wrongTarget(a, "an event", kind); return; }
                if (a.value() == null || Subtype.fromCode(a.value()).isEmpty()) {
                    badValue(a, Arrays.stream(Subtype.values()).map(Subtype::code).toList());
                    return;
                }
            }
            case BratSchema.OUTCOME -> {
                if (t == null || !t.type().equals(BratSchema.CASUALTY)) { wrongTarget(a, "a Casualty span", kind); return; }
                if (a.value() == null || Outcome.fromCode(a.value()).isEmpty()) {
                    badValue(a, Arrays.stream(Outcome.values()).map(Outcome::code).toList());
                    return;
                }
            }
            case BratSchema.OPTIONAL, BratSchema.NO_TRIGGER -> {
                boolean fits = onEvent || (a.name().equals(BratSchema.OPTIONAL)
                        && (t.type().equals(BratSchema.ACTOR) || t.type().equals(BratSchema.CASUALTY)));
                if (!fits) {
                    wrongTarget(a, a.name().equals(BratSchema.OPTIONAL) ? "an event, Actor or Casualty" : "an event", kind);
                    return;
                }
                if (a.value() != null) {
                    problem(a.line(), a.id(), "expected " + a.name() + " without a value (it is a flag), found " + a.value());
                    return;
                }
            }
            default -> {
                problem(a.line(), a.id(), "expected an attribute Subtype, Outcome, Optional or NoTrigger, found " + a.name());
                return;
            }
        }
        Attribute first = attributesOf.computeIfAbsent(a.target(), k -> new LinkedHashMap<>()).putIfAbsent(a.name(), a);
        if (first != null) {
            problem(a.line(), a.id(), "expected one " + a.name() + " on " + a.target() + ", found another (first "
                    + first.id() + ")");
        }
    }

    private void wrongTarget(Attribute a, String expected, String found) {
        problem(a.line(), a.id(), "expected " + a.name() + " on " + expected + ", found it on " + a.target() + " ("
                + found + ")");
    }

    private void badValue(Attribute a, List<String> codes) {
        problem(a.line(), a.id(), "expected " + a.name() + " to be one of " + String.join(", ", codes) + ", found "
                + (a.value() == null ? "no value" : a.value()));
    }

    /** The note of an annotation as checked fields; an annotation without a note has none. */
    private Fields fields(String id, int line, Set<String> allowed) {
        Note n = noteOf.get(id);
        ObjectNode json = JSON.createObjectNode();
        int at = line;
        if (n != null && !n.text().isEmpty()) {
            at = n.line();
            try {
                JsonNode parsed = JSON.readTree(n.text());
                if (parsed instanceof ObjectNode o) {
                    json = o;
                } else {
                    problem(n.line(), n.id(), "expected the note to be a JSON object such as {\"name\": \"ISIS\"}, found "
                            + Standoff.quote(n.text()));
                }
            } catch (JsonProcessingException e) {
                problem(n.line(), n.id(), "expected the note to be a JSON object such as {\"name\": \"ISIS\"}: "
                        + e.getOriginalMessage().lines().findFirst().orElse("") + " in " + Standoff.quote(n.text()));
            }
        }
        return new Fields(json, n == null ? id : n.id(), at, allowed);
    }

    private void problem(int line, String id, String message) {
        problems.add(new Problem(file, line, id, message));
    }

    /** Typed access to the keys of one note, reporting unknown keys and wrong types as problems. */
    private final class Fields {
        private final ObjectNode json;
        private final String id;
        private final int line;

        Fields(ObjectNode json, String id, int line, Set<String> allowed) {
            this.json = json;
            this.id = id;
            this.line = line;
            for (String key : (Iterable<String>) json::fieldNames) {
                if (!allowed.contains(key)) {
                    problem(line, id, "note key \"" + key + "\" is not part of the mapping here; expected "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
            }
        }

        private JsonNode get(String key) {
            JsonNode n = json.get(key);
            return n == null || n.isNull() ? null : n;
        }

        private void wrong(String key, String expected) {
            problem(line, id, "note \"" + key + "\": expected " + expected + ", found " + json.get(key));
        }

        String string(String key) {
            JsonNode n = get(key);
            if (n == null) return null;
            if (!n.isTextual()) { wrong(key, "a string"); return null; }
            return n.textValue();
        }

        List<String> strings(String key) {
            JsonNode n = get(key);
            if (n == null) return List.of();
            List<String> values = new ArrayList<>();
            for (JsonNode v : n.isArray() ? n : List.<JsonNode>of()) {
                if (v.isTextual()) values.add(v.textValue());
            }
            if (!n.isArray() || values.size() != n.size()) { wrong(key, "a list of strings"); return List.of(); }
            return values;
        }

        Integer count(String key) {
            JsonNode n = get(key);
            if (n == null) return null;
            if (!n.canConvertToExactIntegral() || !n.canConvertToInt() || n.asInt() < 0) {
                wrong(key, "a whole number ≥ 0 or null");
                return null;
            }
            return n.asInt();
        }

        Double number(String key) {
            JsonNode n = get(key);
            if (n == null) return null;
            if (!n.isNumber()) { wrong(key, "a number"); return null; }
            return n.doubleValue();
        }

        Boolean bool(String key) {
            JsonNode n = get(key);
            if (n == null) return null;
            if (!n.isBoolean()) { wrong(key, "true or false"); return null; }
            return n.booleanValue();
        }

        /** False only when the note says the v1 value had its text without start/end. */
        boolean offsetsGiven() {
            return !Boolean.FALSE.equals(bool("offsets"));
        }

        Fields object(String key, Set<String> allowed) {
            JsonNode n = get(key);
            if (n != null && !n.isObject()) wrong(key, "an object");
            return new Fields(n instanceof ObjectNode o ? o : JSON.createObjectNode(), id, line, allowed);
        }

        /** A whole v1 value (trigger, date, place) kept in the note. */
        <T extends Record> T record(String key, Class<T> type) {
            JsonNode n = get(key);
            if (n == null) return null;
            return toRecord(n, key, type);
        }

        /** Whole v1 list values kept in the note, each with its {@code index} in the v1 list. */
        <T extends Record> List<Map.Entry<Integer, T>> indexedRecords(String key, Class<T> type) {
            JsonNode n = get(key);
            if (n == null) return List.of();
            if (!n.isArray()) { wrong(key, "a list of objects"); return List.of(); }
            List<Map.Entry<Integer, T>> values = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode item = n.get(i);
                if (!(item instanceof ObjectNode o)) { wrong(key, "a list of objects"); continue; }
                ObjectNode copy = o.deepCopy();
                JsonNode index = copy.remove("index");
                Integer at = null;
                if (index != null && !index.isNull()) {
                    if (!index.canConvertToExactIntegral() || index.asInt() < 0) {
                        problem(line, id, "note \"" + key + "[" + i + "].index\": expected a whole number ≥ 0, found " + index);
                    } else {
                        at = index.asInt();
                    }
                }
                T value = toRecord(copy, key + "[" + i + "]", type);
                if (value != null) values.add(new AbstractMap.SimpleEntry<>(at, value));
            }
            return values;
        }

        private <T extends Record> T toRecord(JsonNode n, String key, Class<T> type) {
            if (!n.isObject()) { problem(line, id, "note \"" + key + "\": expected an object, found " + n); return null; }
            Set<String> known = Arrays.stream(type.getRecordComponents())
                    .map(c -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName()))
                    .collect(Collectors.toSet());
            for (String field : (Iterable<String>) n::fieldNames) {
                if (!known.contains(field)) {
                    problem(line, id, "note \"" + key + "\": key \"" + field + "\" is not a format v1 field; expected "
                            + String.join(", ", new TreeSet<>(known)));
                    return null;
                }
            }
            try {
                return JSON.treeToValue(n, type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                problem(line, id, "note \"" + key + "\": " + why);
                return null;
            }
        }
    }
}

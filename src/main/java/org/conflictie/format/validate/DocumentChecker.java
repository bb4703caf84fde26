package org.conflictie.format.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.conflictie.format.Problem;
import org.conflictie.model.Outcome;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;

/**
 * Checks one document (a parsed JSON tree) against format v1, adding a {@link Problem} for everything wrong.
 *
 * <p>Works on the JSON tree rather than the model records so that a wrong type is reported at its exact
 * path ({@code events[2].casualties[0].count}) instead of stopping at the first mapping error. Fields the format
 * does not define are allowed and not looked at. An optional field whose value is {@code null} counts as
 * absent (the dev gold writes {@code "group": null}); a required field that is {@code null} is a problem.
 *
 * <p>Two passes: {@link #checkStructure} needs only the document; {@link #checkTexts} needs the article and
 * only looks at values the first pass found well-typed, so one mistake is not reported twice.
 */
final class DocumentChecker {
    private static final List<String> SUBTYPES = codes(Subtype.values());
    private static final List<String> ROLES = codes(Role.values());
    private static final List<String> OUTCOMES = codes(Outcome.values());

    private final Path file;
    private final Integer line;
    private final IsoCountries countries;
    private final List<Problem> problems;

    DocumentChecker(Path file, Integer line, IsoCountries countries, List<Problem> problems) {
        this.file = file;
        this.line = line;
        this.countries = countries;
        this.problems = problems;
    }

    /** The structural result needed by the caller: the doc_id (when well-formed) and the number of events. */
    record Outline(String docId, int events) {}

    // ------------------------------------------------------------------------------------------ structure

    Outline checkStructure(JsonNode doc) {
        if (!doc.isObject()) {
            problem("", "expected a JSON object {\"doc_id\": ..., \"events\": [...]}, found " + show(doc));
            return new Outline(null, 0);
        }
        String docId = requiredString(doc, "", "doc_id");
        if (docId != null && !isPlainFileName(docId)) {
            problem("doc_id", "expected an article file name without folders, found " + show(doc.get("doc_id")));
            docId = null;
        }
        JsonNode documentDate = present(doc, "document_date");
        if (documentDate != null && string(documentDate, "document_date")) {
            IsoDates.dayProblem(documentDate.textValue())
                    .ifPresent(p -> problem("document_date", p + ", found " + show(documentDate)));
        }
        JsonNode events = doc.get("events");
        if (events == null || events.isNull()) {
            problem("events", "required field missing, expected a list of events ([] when the article reports none)");
            return new Outline(docId, 0);
        }
        if (!events.isArray()) {
            problem("events", "expected a list of events, found " + show(events));
            return new Outline(docId, 0);
        }
        Map<String, String> firstPathOfId = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String path = "events[" + i + "]";
            JsonNode event = events.get(i);
            if (!event.isObject()) {
                problem(path, "expected an event object, found " + show(event));
                continue;
            }
            String id = checkEvent(event, path);
            if (id != null) {
                String first = firstPathOfId.putIfAbsent(id, path + ".id");
                if (first != null) {
                    problem(path + ".id", "expected an id unique in the document, found " + show(event.get("id"))
                            + " again (first at " + first + ")");
                }
            }
        }
        return new Outline(docId, events.size());
    }

    /** Checks one event; returns its id when well-formed, for the uniqueness check. */
    private String checkEvent(JsonNode event, String path) {
        String id = requiredString(event, path, "id");
        JsonNode typeNode = event.get("type");
        if (typeNode == null) {
            problem(path + ".type", "required field missing, expected \"attack\"");
        } else if (!"attack".equals(typeNode.textValue())) {
            problem(path + ".type", "expected \"attack\" (the only type in format v1), found " + show(typeNode));
        }
        vocabulary(event, path, "subtype", SUBTYPES, false);
        JsonNode trigger = object(event, path, "trigger");
        if (trigger != null) {
            requiredString(trigger, path + ".trigger", "text");
            span(trigger, path + ".trigger");
            optionalString(trigger, path + ".trigger", "rule");
        }
        JsonNode date = object(event, path, "date");
        if (date != null) {
            String value = requiredString(date, path + ".date", "value");
            if (value != null) {
                IsoDates.eventDateProblem(value)
                        .ifPresent(p -> problem(path + ".date.value", p + ", found " + show(date.get("value"))));
            }
            optionalString(date, path + ".date", "text");
            span(date, path + ".date");
            optionalString(date, path + ".date", "rule");
        }
        JsonNode place = object(event, path, "place");
        if (place != null) {
            checkPlace(place, path + ".place");
        }
        JsonNode actors = list(event, path, "actors");
        for (int i = 0; actors != null && i < actors.size(); i++) {
            JsonNode actor = actors.get(i);
            String apath = path + ".actors[" + i + "]";
            if (!actor.isObject()) {
                problem(apath, "expected an actor object, found " + show(actor));
                continue;
            }
            vocabulary(actor, apath, "role", ROLES, true);
            optionalString(actor, apath, "name");
            optionalString(actor, apath, "text");
            if (present(actor, "name") == null && present(actor, "text") == null) {
                problem(apath, "expected a name or a text, found neither");
            }
            span(actor, apath);
            alt(actor, apath);
            optionalString(actor, apath, "rule");
            optionalBoolean(actor, apath, "optional");
        }
        JsonNode casualties = list(event, path, "casualties");
        for (int i = 0; casualties != null && i < casualties.size(); i++) {
            JsonNode casualty = casualties.get(i);
            String cpath = path + ".casualties[" + i + "]";
            if (!casualty.isObject()) {
                problem(cpath, "expected a casualty object, found " + show(casualty));
                continue;
            }
            vocabulary(casualty, cpath, "outcome", OUTCOMES, true);
            count(casualty, cpath);
            optionalString(casualty, cpath, "group");
            optionalString(casualty, cpath, "text");
            span(casualty, cpath);
            optionalString(casualty, cpath, "source");
            optionalString(casualty, cpath, "rule");
            optionalBoolean(casualty, cpath, "optional");
        }
        JsonNode confidence = present(event, "confidence");
        if (confidence != null && (!confidence.isNumber() || confidence.doubleValue() < 0 || confidence.doubleValue() > 1)) {
            problem(path + ".confidence", "expected a number from 0 to 1, found " + show(confidence));
        }
        optionalBoolean(event, path, "optional");
        return id;
    }

    private void checkPlace(JsonNode place, String path) {
        boolean any = false;
        for (String field : List.of("name", "text", "admin1", "country")) {
            any |= present(place, field) != null;
            optionalString(place, path, field);
        }
        if (!any) {
            problem(path, "expected at least one of name, text, admin1, country, found none");
        }
        JsonNode country = present(place, "country");
        if (country != null && country.isTextual() && !country.textValue().isEmpty()
                && !countries.isAssigned(country.textValue())) {
            String code = country.textValue();
            String hint = countries.caseFix(code).map(c -> " (codes are upper case: \"" + c + "\")")
                    .orElse(code.matches("[A-Z]{2}") ? ", which ISO has not assigned" : "");
            problem(path + ".country", "expected an ISO 3166-1 alpha-2 country code such as \"IQ\", found "
                    + show(country) + hint);
        }
        span(place, path);
        alt(place, path);
        optionalString(place, path, "rule");
    }

    /** start/end: whole numbers ≥ 0, both or neither, start ≤ end, and only together with a text; sentence: a whole number ≥ 0. */
    private void span(JsonNode obj, String path) {
        JsonNode start = present(obj, "start");
        JsonNode end = present(obj, "end");
        boolean startOk = start == null || offset(start, path + ".start");
        boolean endOk = end == null || offset(end, path + ".end");
        if (start != null && end == null) {
            problem(path + ".end", "expected an end offset together with start, found nothing");
        } else if (end != null && start == null) {
            problem(path + ".start", "expected a start offset together with end, found nothing");
        } else if (start != null && startOk && endOk && start.asLong() > end.asLong()) {
            problem(path, "expected start ≤ end, found start " + start.asLong() + " and end " + end.asLong());
        }
        if ((start != null || end != null) && present(obj, "text") == null) {
            problem(path, "expected a text for the start/end offsets to frame, found none");
        }        JsonNode sentence = present(obj, "sentence");
        if (sentence != null && (!wholeNumber(sentence) || sentence.asDouble() < 0)) {
            problem(path + ".sentence", "expected a whole number ≥ 0 (the index of the article's sentence), found " + show(sentence));
        }
    }

    private boolean offset(JsonNode n, String path) {
        if (!wholeNumber(n) || n.asDouble() < 0) {
            problem(path, "expected a whole number ≥ 0 (a UTF-16 offset into the article), found " + show(n));
            return false;
        }
        return true;
    }

    private void count(JsonNode casualty, String path) {
        JsonNode count = present(casualty, "count");
        if (count == null) return; // absent or null: the article gives no figure
        if (!wholeNumber(count)) {
            problem(path + ".count", "expected a whole number or null, found " + show(count));
        } else if (count.asDouble() < 0) {
            problem(path + ".count", "expected a whole number ≥ 0 or null, found " + show(count));
        }
    }

    private void alt(JsonNode obj, String path) {
        JsonNode alt = present(obj, "alt");
        if (alt == null) return;
        if (!alt.isArray()) {
            problem(path + ".alt", "expected a list of strings, found " + show(alt));
            return;
        }
        for (int i = 0; i < alt.size(); i++) {
            string(alt.get(i), path + ".alt[" + i + "]");
        }
    }

    // ------------------------------------------------------------------------------------------ texts

    /**
     * Every {@code text} and {@code alt} must occur verbatim in the article, and {@code start}/{@code end}, when
     * given, must frame {@code text} exactly ({@code article.substring(start, end)}, UTF-16 indices).
     */
    void checkTexts(JsonNode doc, String article, Path articleFile) {
        JsonNode events = doc.get("events");
        if (events == null || !events.isArray()) return;
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            if (!event.isObject()) continue;
            String path = "events[" + i + "]";
            for (String part : List.of("trigger", "date", "place")) {
                JsonNode value = event.get(part);
                if (value != null && value.isObject()) {
                    textIn(value, path + "." + part, article, articleFile);
                }
            }
            for (String list : List.of("actors", "casualties")) {
                JsonNode items = event.get(list);
                for (int j = 0; items != null && items.isArray() && j < items.size(); j++) {
                    if (items.get(j).isObject()) {
                        textIn(items.get(j), path + "." + list + "[" + j + "]", article, articleFile);
                    }
                }
            }
        }
    }

    private void textIn(JsonNode obj, String path, String article, Path articleFile) {
        JsonNode text = obj.get("text");
        if (text != null && text.isTextual() && !text.textValue().isEmpty()) {
            String t = text.textValue();
            JsonNode start = obj.get("start");
            JsonNode end = obj.get("end");
            if (wholeNumber(start) && wholeNumber(end) && start.asLong() >= 0 && start.asLong() <= end.asLong()) {
                long s = start.asLong();
                long e = end.asLong();
                if (e > article.length()) {
                    problem(path + ".end", "expected an offset ≤ " + article.length() + " (the length of "
                            + articleFile + " in UTF-16 units), found " + e);
                } else if (!article.substring((int) s, (int) e).equals(t)) {
                    int at = article.indexOf(t);
                    problem(path, "expected start/end to frame the text " + show(text) + ", found "
                            + show(TextNode.valueOf(article.substring((int) s, (int) e))) + " at " + s + ".." + e
                            + (at >= 0 ? " (the text first occurs at " + at + ".." + (at + t.length()) + ")" : ""));
                }
            }
            if (!article.contains(t)) {
                problem(path + ".text", notFound(t, article, articleFile));
            }
        }
        JsonNode alt = obj.get("alt");
        for (int i = 0; alt != null && alt.isArray() && i < alt.size(); i++) {
            JsonNode a = alt.get(i);
            if (a.isTextual() && !a.textValue().isEmpty() && !article.contains(a.textValue())) {
                problem(path + ".alt[" + i + "]", notFound(a.textValue(), article, articleFile));
            }
        }
    }

    private static String notFound(String text, String article, Path articleFile) {
        String hint = "";
        for (int at = 0; at + text.length() <= article.length(); at++) {
            if (article.regionMatches(true, at, text, 0, text.length())) {
                hint = " (the article has " + show(TextNode.valueOf(article.substring(at, at + text.length())))
                        + ": check the case)";
                break;
            }
        }
        return "expected words found verbatim in " + articleFile + ", found " + show(TextNode.valueOf(text))
                + ", which it does not contain" + hint;
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void problem(String path, String message) {
        problems.add(new Problem(file, line, path, message));
    }

    /** The field's value, or null when it is absent or JSON null (absent, for an optional field). */
    private static JsonNode present(JsonNode obj, String field) {
        JsonNode n = obj.get(field);
        return n == null || n.isNull() ? null : n;
    }

    private String requiredString(JsonNode obj, String path, String field) {
        String p = join(path, field);
        JsonNode n = obj.get(field);
        if (n == null) {
            problem(p, "required field missing, expected a non-empty string");
            return null;
        }
        return string(n, p) ? n.textValue() : null;
    }

    private String optionalString(JsonNode obj, String path, String field) {
        JsonNode n = present(obj, field);
        return n != null && string(n, join(path, field)) ? n.textValue() : null;
    }

    /** True when {@code n} is a non-empty string; otherwise reports it. */
    private boolean string(JsonNode n, String path) {
        if (!n.isTextual() || n.textValue().isEmpty()) {
            problem(path, "expected a non-empty string, found " + show(n));
            return false;
        }
        return true;
    }

    private void optionalBoolean(JsonNode obj, String path, String field) {
        JsonNode n = present(obj, field);
        if (n != null && !n.isBoolean()) {
            problem(join(path, field), "expected true or false, found " + show(n));
        }
    }

    private void vocabulary(JsonNode obj, String path, String field, List<String> codes, boolean required) {
        String p = join(path, field);
        JsonNode n = required ? obj.get(field) : present(obj, field);
        if (n == null) {
            if (required) problem(p, "required field missing, expected one of " + String.join(", ", codes));
            return;
        }
        if (!n.isTextual() || !codes.contains(n.textValue())) {
            problem(p, "expected one of " + String.join(", ", codes) + ", found " + show(n));
        }
    }

    private JsonNode object(JsonNode obj, String path, String field) {
        JsonNode n = present(obj, field);
        if (n != null && !n.isObject()) {
            problem(join(path, field), "expected an object, found " + show(n));
            return null;
        }
        return n;
    }

    private JsonNode list(JsonNode obj, String path, String field) {
        JsonNode n = present(obj, field);
        if (n != null && !n.isArray()) {
            problem(join(path, field), "expected a list, found " + show(n));
            return null;
        }
        return n;
    }

    /** An integer the model can hold; 3.0 counts as whole, as in JSON Schema's "integer". */
    private static boolean wholeNumber(JsonNode n) {
        if (n == null || !n.isNumber()) return false;
        if (n.isIntegralNumber()) return n.canConvertToInt();
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE;
    }

    private static boolean isPlainFileName(String docId) {
        return !docId.contains("/") && !docId.contains("\\") && !docId.equals(".") && !docId.equals("..");
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A found value as a user would recognise it: strings quoted (shortened), objects and lists by kind. */
    static String show(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isTextual()) {
            String s = n.textValue();
            return TextNode.valueOf(s.length() > 80 ? s.substring(0, 77) + "..." : s).toString();
        }
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        return n.toString();
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
    }
}

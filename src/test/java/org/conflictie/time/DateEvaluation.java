package org.conflictie.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the date components on the dev corpora (not a unit test: it needs the shared folder).
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.conflictie.time.DateEvaluation \
 *      /work/shared/dev-corpora [--verbose]
 * </pre>
 *
 * <p>Reports (1) the document-date finder's precision and recall against the gold
 * {@code document_date}, and (2) for every non-optional gold event with a date: whether any
 * expression found in the article resolves to the gold value (an oracle upper bound for picking
 * the right expression), and whether the first incident-like expression does (a simple heuristic),
 * under several resolution policies.
 */
public final class DateEvaluation {

    private record Doc(String id, String text, LocalDate inputDate, LocalDate goldDocDate, List<Gold> events) {}

    private record Gold(Set<String> values, boolean onOrBefore) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/shared/dev-corpora");
        boolean verbose = List.of(args).contains("--verbose");
        PrintStream out = System.out;
        for (String corpus : List.of("muc4-dev", "gvdb-dev")) {
            List<Doc> docs = load(root.resolve(corpus));
            out.println("== " + corpus + " (" + docs.size() + " docs)");
            documentDates(docs, new DocumentDateFinder(), "default", verbose, out);
            documentDates(docs, new DocumentDateFinder(DocumentDateFinder.Options.DEFAULT.withFirstFullDate(true)),
                    "with FIRST_FULL_DATE", false, out);
            Map<String, DateResolver.Policy> policies = new LinkedHashMap<>();
            DateResolver.Policy d = DateResolver.Policy.DEFAULT;
            policies.put("default", d);
            policies.put("sameWeekday=WEEK_BEFORE", d.withSameWeekday(DateResolver.SameWeekday.WEEK_BEFORE));
            policies.put("weekend=SUNDAY", d.withWeekendDay(DateResolver.WeekendDay.SUNDAY));
            policies.put("tolerance=0", d.withForwardToleranceDays(0));
            policies.put("tolerance=7", d.withForwardToleranceDays(7));
            policies.put("direction=NEAREST", d.withDirection(DateResolver.Direction.NEAREST));
            for (var p : policies.entrySet()) {
                incidentDates(docs, new DateResolver(p.getValue()), p.getKey(), verbose && p.getKey().equals("default"), out);
            }
            weekdayStudy(docs, out);
        }
    }

    private static List<Doc> load(Path dir) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode in = om.readTree(line);
            String id = in.get("doc_id").asText();
            JsonNode gold = om.readTree(dir.resolve("gold").resolve(id + ".json").toFile());
            List<Gold> events = new ArrayList<>();
            for (JsonNode e : gold.get("events")) {
                if (e.path("optional").asBoolean(false) || !e.has("date")) {
                    continue;
                }
                JsonNode date = e.get("date");
                Set<String> values = new HashSet<>();
                values.add(date.get("value").asText());
                date.path("alt_values").forEach(v -> values.add(v.asText()));
                events.add(new Gold(values, date.path("on_or_before").asBoolean(false)));
            }
            docs.add(new Doc(id, in.get("text").asText(), date(in.get("document_date")),
                    date(gold.get("document_date")), events));
        }
        return docs;
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static void documentDates(List<Doc> docs, DocumentDateFinder finder, String label, boolean verbose,
                                      PrintStream out) {
        int gold = 0, found = 0, foundOnGold = 0, correct = 0, foundNoGold = 0;
        Map<DocumentDateFinder.Rule, int[]> byRule = new TreeMap<>();
        for (Doc doc : docs) {
            Optional<DocumentDateFinder.DocumentDate> dd = finder.find(doc.text);
            if (doc.goldDocDate != null) {
                gold++;
            }
            if (dd.isEmpty()) {
                if (verbose && doc.goldDocDate != null) {
                    out.println("   missed: " + doc.id + " gold " + doc.goldDocDate + " : "
                            + doc.text.substring(0, Math.min(120, doc.text.length())).replace('\n', ' '));
                }
                continue;
            }
            found++;
            int[] r = byRule.computeIfAbsent(dd.get().rule(), k -> new int[3]);
            r[0]++;
            if (doc.goldDocDate == null) {
                foundNoGold++;
                r[2]++;
                if (verbose) {
                    out.println("   no gold: " + doc.id + " " + dd.get());
                }
                continue;
            }
            foundOnGold++;
            if (dd.get().date().equals(doc.goldDocDate)) {
                correct++;
                r[1]++;
            } else if (verbose) {
                out.println("   wrong: " + doc.id + " gold " + doc.goldDocDate + " got " + dd.get());
            }
        }
        out.printf(Locale.ROOT, "  document date [%s]: gold %d, found %d (%d where gold has none), "
                        + "correct %d: precision %.3f, recall %.3f%n", label, gold, found, foundNoGold, correct,
                foundOnGold == 0 ? 0.0 : (double) correct / foundOnGold, gold == 0 ? 0.0 : (double) correct / gold);
        byRule.forEach((k, v) -> out.printf(Locale.ROOT, "    %-22s fired %3d, correct %3d, on docs without gold %3d%n",
                k, v[0], v[1], v[2]));
    }

    private static void incidentDates(List<Doc> docs, DateResolver resolver, String label, boolean verbose,
                                      PrintStream out) {
        DateExpressionFinder finder = new DateExpressionFinder();
        DocumentDateFinder ddf = new DocumentDateFinder();
        int events = 0, any = 0, first = 0, firstOrDoc = 0, withDocDate = 0;
        int exact = 0, exactAny = 0, exactFirst = 0, anyD = 0, firstD = 0, firstOrDocD = 0, firstDay = 0;
        for (Doc doc : docs) {
            if (doc.events.isEmpty()) {
                continue;
            }
            List<DateExpression> exprs = finder.find(doc.text);
            Optional<DocumentDateFinder.DocumentDate> found = ddf.find(doc.text);
            LocalDate docDate = doc.inputDate != null ? doc.inputDate : found.map(DocumentDateFinder.DocumentDate::date).orElse(null);
            List<DateExpression> candidates = new ArrayList<>();
            for (DateExpression e : exprs) {
                if (found.isPresent() && e.overlaps(found.get().start(), found.get().end())) {
                    continue; // the dateline itself
                }
                if (e.kind().isIncidentCandidate()) {
                    candidates.add(e);
                }
            }
            List<String> resolved = new ArrayList<>();
            for (DateExpression e : candidates) {
                resolved.add(resolver.resolve(e, docDate).map(PartialDate::toString).orElse(null));
            }
            String firstValue = resolved.isEmpty() ? null : resolved.get(0);
            // Variant: the first expression that resolves to a whole day not after the document
            // date (+1), skipping years, months, "by"/"before"/"after" and future dates.
            String firstPastDay = null;
            for (int i = 0; i < candidates.size() && firstPastDay == null; i++) {
                String v = resolved.get(i);
                String pre = candidates.get(i).preposition();
                if (v != null && v.length() == 10 && !"by".equals(pre) && !"before".equals(pre) && !"after".equals(pre)
                        && (docDate == null || !LocalDate.parse(v).isAfter(docDate.plusDays(1)))) {
                    firstPastDay = v;
                }
            }
            if (firstPastDay == null) {
                firstPastDay = firstValue != null ? firstValue : docDate == null ? null : docDate.toString();
            }
            String fallback = firstValue != null ? firstValue : docDate == null ? null : docDate.toString();
            for (Gold g : doc.events) {
                events++;
                boolean hitAny = resolved.stream().anyMatch(v -> v != null && g.values.contains(v));
                boolean hitFirst = firstValue != null && g.values.contains(firstValue);
                if (docDate != null) {
                    withDocDate++;
                    anyD += hitAny ? 1 : 0;
                    firstD += hitFirst ? 1 : 0;
                    firstOrDocD += fallback != null && g.values.contains(fallback) ? 1 : 0;
                }
                any += hitAny ? 1 : 0;
                first += hitFirst ? 1 : 0;
                firstOrDoc += fallback != null && g.values.contains(fallback) ? 1 : 0;
                firstDay += firstPastDay != null && g.values.contains(firstPastDay) ? 1 : 0;
                if (!g.onOrBefore) {
                    exact++;
                    exactAny += hitAny ? 1 : 0;
                    exactFirst += hitFirst ? 1 : 0;
                }
                if (verbose && !hitAny) {
                    out.println("   miss " + doc.id + " gold " + g.values + " doc " + docDate + " : "
                            + summarize(candidates, resolved));
                }
            }
        }
        out.printf(Locale.ROOT, "  incident dates [%s]: %d gold dates (%d with a document date); any expression %d (%.3f), "
                        + "first expression %d (%.3f), first or document date %d (%.3f)%n",
                label, events, withDocDate, any, (double) any / events, first, (double) first / events,
                firstOrDoc, (double) firstOrDoc / events);
        out.printf(Locale.ROOT, "    first past whole day, else first, else document date: %d (%.3f)%n",
                firstDay, (double) firstDay / events);
        if (withDocDate != events) {
            out.printf(Locale.ROOT, "    of which %d with a document date: any %d (%.3f), first %d (%.3f), first or document date %d (%.3f)%n",
                    withDocDate, anyD, (double) anyD / withDocDate, firstD, (double) firstD / withDocDate,
                    firstOrDocD, (double) firstOrDocD / withDocDate);
        }
        if (exact != events) {
            out.printf(Locale.ROOT, "    of which %d not 'on or before': any %d (%.3f), first %d (%.3f)%n",
                    exact, exactAny, (double) exactAny / exact, exactFirst, (double) exactFirst / exact);
        }
    }

    private static String summarize(List<DateExpression> exprs, List<String> resolved) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < exprs.size() && i < 8; i++) {
            sb.append('[').append(exprs.get(i).text().replace('\n', ' ')).append(" -> ").append(resolved.get(i)).append("] ");
        }
        return sb.toString();
    }

    /** For bare weekdays equal to the document's weekday: is the gold date that day or a week before? */
    private static void weekdayStudy(List<Doc> docs, PrintStream out) {
        DateExpressionFinder finder = new DateExpressionFinder();
        int sameDay = 0, weekBefore = 0, neither = 0;
        for (Doc doc : docs) {
            if (doc.inputDate == null || doc.events.isEmpty()) {
                continue;
            }
            for (DateExpression e : finder.find(doc.text)) {
                if (e.fields() instanceof DateFields.Weekday w && w.modifier() == DateFields.Modifier.NONE
                        && w.weekday() == doc.inputDate.getDayOfWeek()) {
                    for (Gold g : doc.events) {
                        if (g.values.contains(doc.inputDate.toString())) {
                            sameDay++;
                        } else if (g.values.contains(doc.inputDate.minusDays(7).toString())) {
                            weekBefore++;
                        } else {
                            neither++;
                        }
                    }
                    break;
                }
            }
        }
        out.printf(Locale.ROOT, "  weekday = document weekday: gold is that day %d, a week before %d, other %d%n",
                sameDay, weekBefore, neither);
    }
}

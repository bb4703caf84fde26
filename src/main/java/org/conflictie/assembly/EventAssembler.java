package org.conflictie.assembly;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.conflictie.annotators.ActorMention;
import org.conflictie.annotators.CasualtyMention;
import org.conflictie.annotators.DateMention;
import org.conflictie.annotators.DisabledRules;
import org.conflictie.annotators.DocumentDate;
import org.conflictie.annotators.EventAnnotations;
import org.conflictie.annotators.PlaceMention;
import org.conflictie.annotators.Span;
import org.conflictie.annotators.TriggerMention;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.Outcome;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;
import org.conflictie.model.Trigger;

/**
 * Turns an annotated document's mentions into events.
 *
 * <p>An incident sentence holds a factual strong trigger or a factual casualty figure. Sentences are
 * taken in order and joined to the latest incident they do not contradict: a sentence that states
 * a different date, or a place that is neither the incident's nor inside it, starts a new incident.
 * Incidents dated more than {@link #HISTORY_DAYS} days before the report, or dated by a year alone,
 * are the article's background history and are dropped (format v1: wars and campaigns are not events).
 */
public final class EventAssembler {
    /** Incidents older than this, relative to the document date, are treated as history. */
    static final int HISTORY_DAYS = 365;
    /** Actor rules that name who did it without telling the attack again ("X claimed responsibility"). */
    static final java.util.Set<String> CLAIM_RULES = java.util.Set.of("actor.claimed-responsibility", "actor.blamed",
            "actor.attributed-to", "actor.responsible", "actor.charged");
    /** At most this many attackers and this many targets per event. */
    static final int MAX_ACTORS_PER_ROLE = 3;

    private final DisabledRules disabled;

    public EventAssembler() {
        this(DisabledRules.none());
    }

    /** An assembler that does not apply the {@code disabled} rules of its own (dateline place, document date). */
    public EventAssembler(DisabledRules disabled) {
        this.disabled = Objects.requireNonNull(disabled, "disabled");
    }

    public List<Event> assemble(Annotation doc) {
        return assemble(doc, false);
    }

    /**
     * The events of {@code doc}; with {@code explain}, each carries an {@link org.conflictie.model.Explanation}
     * of why its values won. The events are otherwise the same either way.
     */
    public List<Event> assemble(Annotation doc, boolean explain) {
        List<IncidentSentence> sentences = incidentSentences(doc);
        DocumentDate docDate = doc.get(EventAnnotations.DocumentDateAnnotation.class);
        List<PlaceMention> allPlaces = doc.get(EventAnnotations.PlaceMentionsAnnotation.class);
        List<DateMention> allDates = doc.get(EventAnnotations.DateMentionsAnnotation.class);

        List<Incident> incidents = new ArrayList<>();
        String reference = docDate == null ? null : docDate.value();
        for (IncidentSentence s : sentences) {
            Incident target = null;
            if (s.continuationOnly()) {
                // Details join the incident just told, unless they contradict it; then they are dropped.
                if (!incidents.isEmpty() && incidents.get(incidents.size() - 1).accepts(s, reference)) {
                    incidents.get(incidents.size() - 1).add(s);
                }
                continue;
            }
            for (int k = incidents.size() - 1; k >= 0 && target == null; k--) {
                if (incidents.get(k).accepts(s, reference)) target = incidents.get(k);
            }
            if (target == null) {
                target = new Incident(reference);
                incidents.add(target);
            }
            target.add(s);
        }

        List<Event> events = new ArrayList<>();
        for (int k = 0; k < incidents.size(); k++) {
            Incident inc = incidents.get(k);
            if (!inc.isReportable()) continue;
            DecisionLog log = explain ? DecisionLog.on(doc) : DecisionLog.off();
            Event e = toEvent("e" + (events.size() + 1), inc, k == 0, docDate, allPlaces, allDates, log);
            if (isHistory(e, docDate)) continue;
            events.add(e);
        }
        return events;
    }

    private static List<IncidentSentence> incidentSentences(Annotation doc) {
        int n = doc.get(CoreAnnotations.SentencesAnnotation.class).size();
        List<IncidentSentence> out = new ArrayList<>();
        Map<Integer, List<TriggerMention>> triggers = bySentence(doc.get(EventAnnotations.TriggerMentionsAnnotation.class), t -> t.span().sentence());
        Map<Integer, List<CasualtyMention>> casualties = bySentence(doc.get(EventAnnotations.CasualtyMentionsAnnotation.class), c -> c.anchor().sentence());
        Map<Integer, List<ActorMention>> actors = bySentence(doc.get(EventAnnotations.ActorMentionsAnnotation.class), a -> a.anchor().sentence());
        Map<Integer, List<PlaceMention>> places = bySentence(doc.get(EventAnnotations.PlaceMentionsAnnotation.class), p -> p.span().sentence());
        Map<Integer, List<DateMention>> dates = bySentence(doc.get(EventAnnotations.DateMentionsAnnotation.class), d -> d.span().sentence());
        for (int i = 0; i < n; i++) {
            List<TriggerMention> t = triggers.getOrDefault(i, List.of());
            boolean strong = t.stream().anyMatch(x -> x.strong() && x.factual());
            // An arrest is a casualty of the attack only when the attack itself is told there ("troops
            // raided the village and arrested five"); later arrests of suspects are police work.
            List<CasualtyMention> c = casualties.getOrDefault(i, List.of()).stream().filter(CasualtyMention::factual)
                    .filter(x -> strong || !x.rule().startsWith("casualty.arrested")).toList();
            boolean violentCasualty = !c.isEmpty() && (strong || t.stream().anyMatch(TriggerMention::factual)
                    || c.stream().anyMatch(x -> !x.rule().startsWith("casualty.arrested")));
            boolean continuation = t.stream().anyMatch(TriggerMention::factual)
                    || actors.getOrDefault(i, List.of()).stream().anyMatch(a -> CLAIM_RULES.contains(a.rule()));
            if (!strong && !violentCasualty && !continuation) continue;
            out.add(new IncidentSentence(i, t.stream().filter(TriggerMention::factual).toList(), c,
                    actors.getOrDefault(i, List.of()), places.getOrDefault(i, List.of()), dates.getOrDefault(i, List.of()),
                    !strong && !violentCasualty));
        }
        return out;
    }

    private static <T> Map<Integer, List<T>> bySentence(List<T> items, Function<T, Integer> sentence) {
        Map<Integer, List<T>> map = new LinkedHashMap<>();
        if (items == null) return map;
        for (T item : items) map.computeIfAbsent(sentence.apply(item), k -> new ArrayList<>()).add(item);
        return map;
    }

    private Event toEvent(String id, Incident inc, boolean first, DocumentDate docDate,
                          List<PlaceMention> allPlaces, List<DateMention> allDates, DecisionLog log) {
        TriggerMention trigger = inc.bestTrigger();
        Subtype subtype = trigger != null ? trigger.subtype() : Subtype.ARMED_ASSAULT;
        Trigger trig = trigger == null ? null : new Trigger(trigger.span().text(), trigger.span().charBegin(),
                trigger.span().charEnd(), trigger.rule(), trigger.span().sentence());
        if (log.enabled()) SlotReasons.trigger(log, inc, trigger);

        EventDate date = null;
        DateMention dm = inc.date();
        if (dm != null) {
            date = new EventDate(dm.value(), dm.span().text(), dm.span().charBegin(), dm.span().charEnd(), dm.rule(),
                    dm.span().sentence());
        } else if (first && docDate != null && docDate.value() != null && !disabled.disables("date.document-date")) {
            // Reports that name no day are usually about the day of the report (wire copy, local news).
            date = new EventDate(docDate.value(), null, null, null, "date.document-date");
        }
        if (log.enabled()) SlotReasons.date(log, inc, dm, date, docDate, allDates);

        Place place = null;
        PlaceMention pm = inc.place();
        PlaceMention own = pm;
        String placeRule = pm == null ? null : pm.rule();
        PlaceMention dateline = allPlaces.stream().filter(PlaceMention::dateline).findFirst().orElse(null);
        if (first && dateline != null && (pm == null || (isCoarse(pm) && within(dateline, pm)))
                && !disabled.disables("place.dateline")) {
            // The dateline city is where the report comes from; with no place of its own, or only the
            // state or country the dateline lies in ("BELPRE, Ohio -- ... in Ohio"), it is the best guess.
            pm = dateline;
            placeRule = "place.dateline";
        }
        String country = pm != null ? pm.country() : inc.country();
        if (country == null) country = allPlaces.stream().map(PlaceMention::country).filter(Objects::nonNull).findFirst().orElse(null);
        if (pm != null && pm.name() != null) {
            place = new Place(pm.name(), pm.span().text(), pm.span().charBegin(), pm.span().charEnd(), pm.admin1(), country,
                    List.of(), placeRule, pm.span().sentence());
        } else if (country != null && !disabled.disables("place.country-only")) {
            // With nothing more specific, the country is the most specific place the article gives:
            // named where the article names it ("in Colombia"), else known only by its code.
            String code = country;
            PlaceMention named = allPlaces.stream().filter(p -> p.kind().equals("country") && p.name() != null
                    && code.equals(p.country())).findFirst().orElse(null);
            place = named == null
                    ? new Place(null, null, null, null, null, country, List.of(), "place.country-only")
                    : new Place(named.name(), named.span().text(), named.span().charBegin(), named.span().charEnd(), null,
                            country, List.of(), "place.country-only", named.span().sentence());
        }
        if (log.enabled()) SlotReasons.place(log, inc, own, pm, placeRule, first, dateline, place);

        List<Actor> actors = actors(inc, log);
        List<Casualty> casualties = casualties(inc, log);
        double confidence = 0.5 + (inc.hasStrongTrigger() ? 0.2 : 0) + (date != null ? 0.1 : 0)
                + (place != null && place.name() != null ? 0.1 : 0) + (!casualties.isEmpty() ? 0.05 : 0);
        return new Event(id, Event.ATTACK, subtype, trig, date, place, actors, casualties,
                Math.round(confidence * 100) / 100.0, null, log.finish(inc.sentenceIndices()));
    }

    private static boolean isCoarse(PlaceMention p) {
        return switch (p.kind()) {
            // Not a country: wire datelines name capitals, far from incidents placed only by country.
            case "admin1", "area", "facility" -> true;
            default -> false;
        };
    }

    /** Whether {@code inner} lies in {@code outer} as far as their gazetteer fields tell. */
    private static boolean within(PlaceMention inner, PlaceMention outer) {
        if (inner.country() != null && outer.country() != null && !inner.country().equals(outer.country())) return false;
        if (outer.kind().equals("admin1")) return inner.admin1() == null || norm(inner.admin1()).equals(norm(outer.name()));
        return true;
    }

    private static List<Actor> actors(Incident inc, DecisionLog log) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (ActorMention a : inc.actors()) {
            String key = a.role() + "|" + norm(a.name());
            Span s = a.span();
            Actor actor = new Actor(a.role(), a.name(), s.text(), s.charBegin(), s.charEnd(), List.of(), a.rule(),
                    s.sentence(), null);
            Actor first = out.putIfAbsent(key, actor);
            if (first != null) log.lost(a.role().code(), first, SlotReasons.actor(actor,
                    "another mention of the same side as '" + first.text() + "' (" + first.name() + ")"));
        }
        // A side named as attacker is not also its own target ("forces ... killed 25 members of ISIS").
        List<String> attackers = out.values().stream().filter(a -> a.role() == Role.ATTACKER).map(a -> norm(a.name())).toList();
        out.values().removeIf(a -> {
            boolean ownTarget = a.role() == Role.TARGET && attackers.contains(norm(a.name()));
            if (ownTarget) log.dropped(a.role().code(), SlotReasons.actor(a, "also named as attacker; a side is not its own target"));
            return ownTarget;
        });
        // Later sentences mostly restate the sides in other words ("the victim", "the 25-year-old");
        // keep the first few per role, so each side is reported once rather than once per wording.
        List<Actor> kept = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Actor> ofRole = out.values().stream().filter(a -> a.role() == role).toList();
            for (int i = 0; i < ofRole.size(); i++) {
                Actor a = ofRole.get(i);
                if (i < MAX_ACTORS_PER_ROLE) {
                    kept.add(a);
                    log.chose(role.code(), a, SlotReasons.actor(a, i == 0 ? "the first " + role.code() + " named"
                            : "a further " + role.code() + ", named differently from the ones before"));
                } else {
                    log.dropped(role.code(), SlotReasons.actor(a, "beyond the first " + MAX_ACTORS_PER_ROLE + " " + role.code()
                            + "s: later wordings mostly restate the sides already named"));
                }
            }
        }
        return List.copyOf(kept);
    }

    /**
     * One entry per figure: repeated mentions of the same outcome, count, group and source collapse;
     * a figure without a count is dropped when the same outcome and group has one.
     */
    private static List<Casualty> casualties(Incident inc, DecisionLog log) {
        if (log.enabled()) SlotReasons.unusedCasualties(log, inc);
        Map<String, CasualtyMention> kept = new LinkedHashMap<>();
        for (CasualtyMention c : firstReports(inc.casualties(), log)) {
            // The same figure restated by a second source is one casualty entry; only differing figures stay apart.
            String key = c.outcome() + "|" + c.count() + "|" + norm(c.group());
            CasualtyMention first = kept.putIfAbsent(key, c);
            if (first != null) log.lost("casualty", first, SlotReasons.casualty(c,
                    "the same outcome, count and group as '" + first.span().text() + "'"));
        }
        List<CasualtyMention> list = new ArrayList<>(kept.values());
        // A figure without a count adds nothing beside a counted figure of the same outcome.
        list.removeIf(c -> {
            CasualtyMention counted = c.count() != null ? null : list.stream().filter(o -> o != c && o.count() != null
                    && o.outcome() == c.outcome()).findFirst().orElse(null);
            if (counted != null) log.lost("casualty", counted, SlotReasons.casualty(c,
                    "gives no count, and '" + counted.span().text() + "' gives one for the same outcome"));
            return counted != null;
        });
        // The same figure restated without a source, beside a sourced statement of it, is one entry;
        // when only the unsourced words name the armed side that lost them ("kills 25 ISIS members" and
        // "killed 25 members, the ministry said"), the entry takes that group.
        Map<CasualtyMention, String> groupFromRestatement = new java.util.HashMap<>();
        list.removeIf(c -> {
            CasualtyMention sourced = c.source() != null ? null : list.stream().filter(o -> o != c && o.source() != null
                    && o.outcome() == c.outcome() && Objects.equals(o.count(), c.count())
                    && (o.group() == null || Objects.equals(norm(o.group()), norm(c.group())))).findFirst().orElse(null);
            if (sourced == null) return false;
            if (sourced.group() == null && c.armedSide()) groupFromRestatement.putIfAbsent(sourced, c.group());
            log.lost("casualty", sourced, SlotReasons.casualty(c,
                    "the same figure as '" + sourced.span().text() + "', which names its source"));
            return true;
        });
        List<Casualty> out = new ArrayList<>();
        for (CasualtyMention c : list) {
            Span s = c.span();
            Casualty casualty = new Casualty(c.outcome(), c.count(), groupFromRestatement.getOrDefault(c, c.group()),
                    s.text(), s.charBegin(), s.charEnd(),
                    c.source(), c.rule(), s.sentence(), null);
            out.add(casualty);
            log.chose("casualty", c, SlotReasons.casualty(casualty, "one entry per reported figure"
                    + (c.source() == null ? "" : ", as its source gives it")));
        }
        return out;
    }

    /**
     * News states its figures first and then restates them victim by victim ("Two men were shot
     * ... One of them, 25, was hit in the leg"). Per outcome, the sentence that first reports it
     * gives the figures; a later sentence adds one only when it names another source, as a
     * conflicting figure does.
     */
    private static List<CasualtyMention> firstReports(List<CasualtyMention> all, DecisionLog log) {
        Map<Outcome, Integer> firstSentence = new java.util.EnumMap<>(Outcome.class);
        for (CasualtyMention c : all) {
            if (c.count() != null) firstSentence.putIfAbsent(c.outcome(), c.anchor().sentence());
        }
        for (CasualtyMention c : all) firstSentence.putIfAbsent(c.outcome(), c.anchor().sentence());
        List<CasualtyMention> out = new ArrayList<>();
        for (CasualtyMention c : all) {
            int first = firstSentence.get(c.outcome());
            boolean sameSentence = c.anchor().sentence() == first;
            boolean otherSource = c.source() != null && all.stream().noneMatch(o -> o.anchor().sentence() == first
                    && o.outcome() == c.outcome() && Objects.equals(norm(o.source()), norm(c.source())));
            if (sameSentence || (otherSource && c.count() != null)) {
                out.add(c);
            } else {
                log.dropped("casualty", SlotReasons.casualty(c, "a later sentence restating the " + c.outcome().code()
                        + " figures first reported in sentence " + first + " (only another source's figure is added)"));
            }
        }
        return out;
    }

    private static boolean isHistory(Event e, DocumentDate docDate) {
        if (e.date() == null || docDate == null || docDate.value() == null) return false;
        String v = e.date().value();
        if (v.length() == 4) return !docDate.value().startsWith(v);
        try {
            LocalDate d = v.length() == 7 ? LocalDate.parse(v + "-28") : LocalDate.parse(v);
            return d.isBefore(LocalDate.parse(docDate.value()).minusDays(HISTORY_DAYS));
        } catch (DateTimeParseException ex) {
            return false;
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Sentences joined into one incident. */
    static final class Incident {
        private final List<IncidentSentence> sentences = new ArrayList<>();
        private final String documentDate;

        Incident(String documentDate) {
            this.documentDate = documentDate;
        }

        void add(IncidentSentence s) {
            sentences.add(s);
        }

        /**
         * Whether {@code s} can be another mention of this incident. Only a sentence with its own
         * strong trigger can start a new incident, and only when it clearly differs: a date more
         * than a day apart, or a place in another province or country. Streets, counties and
         * nearby towns of one report are one incident told at different grain.
         */
        boolean accepts(IncidentSentence s, String documentDate) {
            return !((s.hasStrongTrigger() || s.continuationOnly()) && conflictsWith(s, documentDate));
        }

        /**
         * A different date, a distant place, or other named sides. An incident with no date of its own is taken to be
         * recent: a sentence dated more than a month before the report ("in October 2017") is another incident.
         */
        boolean conflictsWith(IncidentSentence s, String documentDate) {
            DateMention mine = date(), theirs = s.date();
            if (mine != null && theirs != null && datesDiffer(mine.value(), theirs.value())) return true;
            if (mine == null && theirs != null && documentDate != null && longBefore(theirs.value(), documentDate)) return true;
            PlaceMention p = place(), q = s.place();
            if (p != null && q != null && farApart(p, q)) return true;
            return s.hasStrongTrigger() && otherParticipants(s);
        }

        /**
         * Named sides on both, none shared: "ISIS attacked a Kurdish checkpoint ... Taliban fighters
         * ambushed an army convoy" are two incidents even with no date or place to tell them apart.
         * Only names the alias table knows count; "gunmen" or "the victim" may be anyone.
         */
        private boolean otherParticipants(IncidentSentence s) {
            java.util.Set<String> mine = namedParticipants(actors());
            java.util.Set<String> theirs = namedParticipants(s.actors());
            if (mine.isEmpty() || theirs.isEmpty()) return false;
            return mine.stream().noneMatch(theirs::contains);
        }

        private static java.util.Set<String> namedParticipants(List<ActorMention> actors) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (ActorMention a : actors) {
                if (a.known()) names.add(norm(a.name()));
            }
            return names;
        }

        /** Whether a date value lies more than a month before the report (a month or year value: wholly before). */
        private static boolean longBefore(String value, String documentDate) {
            LocalDate report = LocalDate.parse(documentDate);
            LocalDate end = switch (value.length()) {
                case 10 -> LocalDate.parse(value);
                case 7 -> LocalDate.parse(value + "-01").plusMonths(1).minusDays(1);
                default -> LocalDate.parse(value + "-12-31");
            };
            return end.isBefore(report.minusDays(31));
        }

        private static boolean datesDiffer(String a, String b) {
            if (a.startsWith(b) || b.startsWith(a)) return false;
            if (a.length() == 10 && b.length() == 10) {
                return Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay()) > 1;
            }
            return true;
        }

        private static boolean farApart(PlaceMention p, PlaceMention q) {
            if (p.country() != null && q.country() != null && !p.country().equals(q.country())) return true;
            String a1 = p.kind().equals("admin1") ? p.name() : p.admin1();
            String b1 = q.kind().equals("admin1") ? q.name() : q.admin1();
            return a1 != null && b1 != null && !norm(a1).equals(norm(b1));
        }

        boolean hasStrongTrigger() {
            return sentences.stream().anyMatch(IncidentSentence::hasStrongTrigger);
        }

        /** Worth reporting: a strong trigger, or a casualty figure with a count. */
        boolean isReportable() {
            return hasStrongTrigger() || sentences.stream().flatMap(s -> s.casualties().stream()).anyMatch(c -> c.count() != null);
        }

        /** The trigger that best names the incident: specific subtypes over the generic "attack" and weak words. */
        TriggerMention bestTrigger() {
            return sentences.stream().flatMap(s -> s.triggers().stream())
                    .max(Comparator.comparingInt(Incident::triggerScore)).orElse(null);
        }

        static int triggerScore(TriggerMention t) {
            int score = t.strong() ? 4 : 0;
            if (t.subtype() != Subtype.ARMED_ASSAULT) score += 2;
            if (t.rule().equals("trigger.attack")) score -= 1;
            return score * 1000 - t.span().sentence();
        }

        /**
         * The incident's date: a day shortly before the report beats a day long before it ("the
         * suspect, arrested in 1989"), which beats a month or a year ("this year"); among equals,
         * the first stated.
         */
        DateMention date() {
            return sentences.stream().flatMap(s -> s.dates().stream()).filter(d -> !d.dateline())
                    .min(Comparator.comparingInt(this::datePreference)).orElse(null);
        }

        int datePreference(DateMention d) {
            String v = d.value();
            if (v.length() == 10) {
                if (documentDate == null) return 0;
                long before = LocalDate.parse(documentDate).toEpochDay() - LocalDate.parse(v).toEpochDay();
                return before >= 0 && before <= 31 ? 0 : 1;
            }
            return v.length() == 7 ? 2 : 3;
        }

        PlaceMention place() {
            return sentences.stream().map(IncidentSentence::place).filter(Objects::nonNull)
                    .min(Comparator.comparingInt(PlaceRank::of)).orElse(null);
        }

        String country() {
            return sentences.stream().flatMap(s -> s.places().stream()).map(PlaceMention::country)
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }

        /** Indices of the sentences told about this incident. */
        java.util.Set<Integer> sentenceIndices() {
            return sentences.stream().map(IncidentSentence::index).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }

        List<TriggerMention> triggers() {
            return sentences.stream().flatMap(s -> s.triggers().stream()).toList();
        }

        List<DateMention> dates() {
            return sentences.stream().flatMap(s -> s.dates().stream()).toList();
        }

        List<PlaceMention> places() {
            return sentences.stream().flatMap(s -> s.places().stream()).toList();
        }

        List<ActorMention> actors() {
            return sentences.stream().flatMap(s -> s.actors().stream()).toList();
        }

        List<CasualtyMention> casualties() {
            return sentences.stream().flatMap(s -> s.casualties().stream()).toList();
        }
    }
}

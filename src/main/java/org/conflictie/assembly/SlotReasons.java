package org.conflictie.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.conflictie.annotators.CasualtyMention;
import org.conflictie.annotators.DateMention;
import org.conflictie.annotators.DocumentDate;
import org.conflictie.annotators.EventAnnotations;
import org.conflictie.annotators.PlaceMention;
import org.conflictie.annotators.Span;
import org.conflictie.annotators.TriggerMention;
import org.conflictie.model.Actor;
import org.conflictie.model.Candidate;
import org.conflictie.model.Casualty;
import org.conflictie.model.EventDate;
import org.conflictie.model.Place;
import org.conflictie.model.Subtype;

/**
 * Says why the trigger, date and place of an incident won over the other mentions of its
 * sentences. It only describes choices {@link EventAssembler} has made, with the same orderings
 * ({@link EventAssembler.Incident#triggerScore}, {@link EventAssembler.Incident#datePreference},
 * {@link PlaceRank}), so an explanation cannot disagree with what was chosen. Called only when
 * explanations are asked for.
 */
final class SlotReasons {
    private SlotReasons() {}

    // ------------------------------------------------------------------------------------ trigger

    static void trigger(DecisionLog log, EventAssembler.Incident inc, TriggerMention best) {
        List<Candidate> lost = new ArrayList<>();
        for (TriggerMention t : inc.triggers()) {
            if (t != best) lost.add(of(t.span(), t.subtype().code(), t.rule(), triggerLoss(t, best)));
        }
        Set<Integer> sentences = inc.sentenceIndices();
        for (TriggerMention t : mentions(log, EventAnnotations.TriggerMentionsAnnotation.class)) {
            if (!t.factual() && sentences.contains(t.span().sentence())) {
                lost.add(of(t.span(), t.subtype().code(), t.rule(), "not a reported incident (" + t.factualityRule()
                        + "): threats, plans, negations and habits are no events"));
            }
        }
        Candidate chosen = best == null
                ? new Candidate(null, null, null, null, Subtype.ARMED_ASSAULT.code(), null,
                        "no attack word: the casualty figure reports the incident, so the subtype defaults to armed_assault")
                : of(best.span(), best.subtype().code(), best.rule(), (best.strong() ? "the most telling attack word"
                        : "a weak attack word, told with a casualty") + " of the incident; it gives the subtype");
        log.decide("trigger", chosen, lost);
    }

    private static String triggerLoss(TriggerMention t, TriggerMention best) {
        String b = quote(best.span().text());
        if (t.strong() != best.strong()) {
            return "a weak word (it reports an attack only beside a casualty); " + b + " is a strong one";
        }
        if (t.subtype() == Subtype.ARMED_ASSAULT && best.subtype() != Subtype.ARMED_ASSAULT) {
            return "says no more than armed_assault; " + b + " says " + best.subtype().code();
        }
        if (t.rule().equals("trigger.attack") && !best.rule().equals("trigger.attack")) {
            return "the generic word 'attack'; " + b + " is more specific";
        }
        return "as telling as " + b + " but told after it";
    }

    // --------------------------------------------------------------------------------------- date

    static void date(DecisionLog log, EventAssembler.Incident inc, DateMention chosenMention, EventDate date,
                     DocumentDate docDate, List<DateMention> allDates) {
        List<DateMention> candidates = new ArrayList<>(inc.dates());
        if (allDates != null) {
            allDates.stream().filter(DateMention::dateline)
                    .filter(d -> candidates.stream().noneMatch(c -> c == d)).forEach(candidates::add);
        }
        List<Candidate> lost = new ArrayList<>();
        for (DateMention d : candidates) {
            if (d != chosenMention) lost.add(of(d.span(), d.value(), d.rule(), dateLoss(inc, d, chosenMention)));
        }
        Candidate chosen;
        if (chosenMention != null) {
            chosen = of(chosenMention.span(), chosenMention.value(), chosenMention.rule(),
                    dateStrength(inc.datePreference(chosenMention), docDate));
        } else if (date != null) {
            chosen = new Candidate(null, null, null, null, date.value(), date.rule(),
                    "the incident's sentences name no date; the article's first incident is taken to be on the day of the report");
        } else {
            chosen = new Candidate(null, null, null, null, null, null, docDate == null || docDate.value() == null
                    ? "the incident's sentences name no date, and the report's date is unknown"
                    : "the incident's sentences name no date; only the article's first incident takes the report's date");
        }
        log.decide("date", chosen, lost);
    }

    private static String dateStrength(int preference, DocumentDate docDate) {
        return switch (preference) {
            case 0 -> docDate == null || docDate.value() == null ? "a day named in the incident's sentences"
                    : "a day within a month before the report";
            case 1 -> "a day, though not within a month before the report: no closer day was named";
            case 2 -> "a month: the incident's sentences name no day";
            default -> "a year: the incident's sentences name no day or month";
        };
    }

    private static String dateLoss(EventAssembler.Incident inc, DateMention d, DateMention chosen) {
        if (d.dateline()) return "the report's own date (its dateline), not the incident's";
        if (chosen == null) return "not the incident's date";
        String c = quote(chosen.span().text());
        int mine = inc.datePreference(d), best = inc.datePreference(chosen);
        if (mine > best) {
            return switch (mine) {
                case 1 -> "more than a month before the report, or after it; " + c + " is a day shortly before it";
                case 2 -> "names only a month; " + c + " names a day";
                default -> "names only a year; " + c + " is more precise";
            };
        }
        if (d.value().equals(chosen.value())) return "the same date as " + c + ", stated after it";
        return "as precise as " + c + " but stated after it";
    }

    // -------------------------------------------------------------------------------------- place

    /**
     * @param own      the incident's most specific place, before the dateline rule
     * @param chosen   the place given to the event (the dateline city or {@code own}), or null
     */
    static void place(DecisionLog log, EventAssembler.Incident inc, PlaceMention own, PlaceMention chosen,
                      String rule, boolean first, PlaceMention dateline, Place place) {
        List<PlaceMention> candidates = new ArrayList<>(inc.places());
        if (dateline != null && candidates.stream().noneMatch(p -> p == dateline)) candidates.add(dateline);
        List<Candidate> lost = new ArrayList<>();
        for (PlaceMention p : candidates) {
            if (p != chosen) lost.add(of(p.span(), placeValue(p), p.rule(), placeLoss(p, own, chosen, first)));
        }
        Candidate c;
        if (chosen != null && chosen.name() != null) {
            String why = !"place.dateline".equals(rule)
                    ? "the most specific place of the incident (" + kindWord(chosen.kind())
                    + (chosen.anchor() >= 0 ? ", attached to the attack words" : "") + ")"
                    : own == null ? "the incident's sentences name no place; the dateline city, where the report was filed, is the best guess"
                    : "the dateline city lies in " + quote(own.span().text()) + ", which says less";
            c = of(chosen.span(), placeValue(chosen), rule, why);
        } else if (place != null) {
            c = new Candidate(null, null, null, null, place.country(), place.rule(),
                    "no named place in the incident's sentences; the country of its places, or else of the article's");
        } else {
            c = new Candidate(null, null, null, null, null, null, "no place named");
        }
        log.decide("place", c, lost);
    }

    private static String placeLoss(PlaceMention p, PlaceMention own, PlaceMention chosen, boolean first) {
        if (p.name() == null) {
            return p.kind().equals("demonym") ? "a nationality word: it tells the country, not a place"
                    : "not a place the gazetteer knows";
        }
        if (p.dateline()) {
            if (!first) return "the dateline city, where the report was filed, stands in only for the article's first incident";
            return chosen == null ? "the dateline city: where the report was filed, not where the incident happened"
                    : "the dateline city: where the report was filed; the incident happened in " + quote(chosen.span().text());
        }
        if (chosen == null) return "not a place the incident can be placed at";
        String c = quote(chosen.span().text());
        if (p == own && chosen.dateline()) {
            return kindWord(p.kind()) + " that the dateline city " + c + " lies in; the city says more";
        }
        if (EventAssembler.norm(p.name()).equals(EventAssembler.norm(chosen.name()))) return "the same place as " + c + ", named again";
        int mine = PlaceRank.of(p), best = PlaceRank.of(chosen);
        if (mine / 2 > best / 2) {
            return "less specific: " + kindWord(p.kind()) + ", and " + c + " is " + kindWord(chosen.kind());
        }
        if (mine > best) return "not attached to the attack words by a locative ('in', 'at', 'near'); " + c + " is";
        return "as specific as " + c + " but named after it";
    }

    private static String kindWord(String kind) {
        return switch (kind) {
            case "site" -> "a site within a town";
            case "city" -> "a city or town";
            case "region" -> "a region";
            case "area" -> "an area";
            case "admin1" -> "a province or state";
            case "address" -> "a street address";
            case "country" -> "a country";
            case "facility" -> "a facility (hospitals and clinics rank last: victims are taken there)";
            default -> "a place of unknown kind";
        };
    }

    private static String placeValue(PlaceMention p) {
        StringBuilder s = new StringBuilder(p.name() == null ? "?" : p.name()).append(" (").append(p.kind());
        if (p.admin1() != null) s.append(", ").append(p.admin1());
        if (p.country() != null) s.append(", ").append(p.country());
        return s.append(')').toString();
    }

    // ----------------------------------------------------------------------- actors and casualties

    static Candidate actor(Actor a, String reason) {
        return new Candidate(a.text(), a.start(), a.end(), a.sentence(), a.name(), a.rule(), reason);
    }

    static Candidate casualty(CasualtyMention c, String reason) {
        return of(c.span(), figure(c.outcome().code(), c.count(), c.group(), c.source()), c.rule(), reason);
    }

    static Candidate casualty(Casualty c, String reason) {
        return new Candidate(c.text(), c.start(), c.end(), c.sentence(),
                figure(c.outcome().code(), c.count(), c.group(), c.source()), c.rule(), reason);
    }

    private static String figure(String outcome, Integer count, String group, String source) {
        return outcome + " " + (count == null ? "?" : count) + (group == null ? "" : " (" + group + ")")
                + (source == null ? "" : " according to " + source);
    }

    /** Casualty mentions of the incident's sentences that never became candidates, with why. */
    static void unusedCasualties(DecisionLog log, EventAssembler.Incident inc) {
        Set<Integer> sentences = inc.sentenceIndices();
        List<CasualtyMention> used = inc.casualties();
        for (CasualtyMention c : mentions(log, EventAnnotations.CasualtyMentionsAnnotation.class)) {
            if (!sentences.contains(c.anchor().sentence()) || used.stream().anyMatch(u -> u == c)) continue;
            log.dropped("casualty", casualty(c, !c.factual()
                    ? "not a reported casualty: negated, hypothetical or attempted"
                    : "an arrest told apart from the attack itself (later police work, not a casualty of it)"));
        }
    }

    // ---------------------------------------------------------------------------------------- common

    static Candidate of(Span s, String value, String rule, String reason) {
        return new Candidate(s.text(), s.charBegin(), s.charEnd(), s.sentence(), value, rule, reason);
    }

    private static <T> List<T> mentions(DecisionLog log,
                                        Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<List<T>>> key) {
        List<T> all = log.document().get(key);
        return all == null ? Collections.emptyList() : all;
    }

    private static String quote(String s) {
        return "'" + Objects.requireNonNullElse(s, "") + "'";
    }
}

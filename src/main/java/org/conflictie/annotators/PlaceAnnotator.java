package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds places: runs of location-tagged tokens (CoreNLP's LOCATION, CITY, STATE_OR_PROVINCE,
 * COUNTRY) and proper names followed by a place word ("Qarachogh Mountains", "Karbala Airport"),
 * resolved against the gazetteer for admin1 and country; demonyms ("Iraqi forces") give a country.
 *
 * <p>Reads CoreNLP's keys; adds {@link EventAnnotations.PlaceMentionsAnnotation}. A location at the
 * head of a paragraph followed by a dash or a parenthesis ("ERBIL (Kurdistan 24) –") is the report's
 * dateline, marked so that assembly uses it only when the article names no other place. Gazetteer
 * lookups prefer the country the article mentions most, so an ambiguous town name resolves in context.
 */
public final class PlaceAnnotator extends EventAnnotator {
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    public static final String WORDS_FILE = "places/place-words.tsv";

    private final Set<String> siteWords, areaWords, addressWords, facilityWords, genericAreaWords, placeWords;
    private final PlaceLookup gazetteer;

    public PlaceAnnotator(PlaceLookup gazetteer, org.conflictie.lexicon.ModelFiles files) {
        this.gazetteer = gazetteer;
        org.conflictie.lexicon.WordLists words = new org.conflictie.lexicon.WordLists(files, WORDS_FILE);
        this.siteWords = words.get("site");
        this.areaWords = words.get("area");
        this.addressWords = words.get("address");
        this.facilityWords = words.get("facility");
        this.genericAreaWords = words.get("generic-area");
        Set<String> all = new java.util.HashSet<>(siteWords);
        all.addAll(areaWords);
        all.addAll(addressWords);
        all.addAll(facilityWords);
        this.placeWords = Set.copyOf(all);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public void annotate(Annotation doc) {
        List<SentenceView> sentences = SentenceView.of(doc);
        String text = doc.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
        String context = dominantCountry(sentences);
        List<PlaceMention> found = new ArrayList<>();
        for (SentenceView s : sentences) {
            int sentenceStart = found.size();
            int i = 0;
            while (i < s.size()) {
                int end = placeRunEnd(s, i);
                if (end == i) {
                    demonym(s, i, found);
                    i++;
                    continue;
                }
                // Extend over a following place word: "Qarachogh Mountains", "Anbar province".
                while (end < s.size() && placeWords.contains(s.lower(end)) && s.isNoun(end)) end++;
                Span span = s.span(i, end, end - 1);
                boolean dateline = isDateline(text, span);
                found.add(resolve(s, span, context, dateline));
                i = end;
            }
            inheritFromNeighbours(found.subList(sentenceStart, found.size()));
        }
        doc.set(EventAnnotations.PlaceMentionsAnnotation.class, List.copyOf(found));
    }

    /** The place's name: its words without a trailing settlement or division word ("Zacamil neighborhood"). */
    private String nameWithoutAreaWord(SentenceView s, Span span) {
        int end = span.end();
        while (end - 1 > span.begin() && genericAreaWords.contains(s.lower(end - 1))) end--;
        return end == span.end() ? span.text() : s.span(span.begin(), end, end - 1).text();
    }

    /** The kind a place word gives: site, area or address. */
    private String kindOfPlaceWord(String lowerWord) {
        if (siteWords.contains(lowerWord)) return "site";
        if (areaWords.contains(lowerWord)) return "area";
        if (facilityWords.contains(lowerWord)) return "facility";
        return "address";
    }

    /** End of a place run starting at {@code i}: NER-tagged tokens, or proper nouns before a place word. */
    private int placeRunEnd(SentenceView s, int i) {
        int j = i;
        if (LOCATION_TAGS.contains(s.ner(i))) {
            String tag = s.ner(i);
            while (j < s.size() && s.ner(j).equals(tag)) j++;
            return j;
        }
        if (s.isProperNoun(i) && !s.ner(i).equals("PERSON") && !s.ner(i).equals("ORGANIZATION")) {
            while (j < s.size() && (s.isProperNoun(j) || s.tag(j).equals("HYPH")) && !placeWords.contains(s.lower(j))) j++;
            if (j > i && j < s.size() && placeWords.contains(s.lower(j))) return j;
        }
        return i;
    }

    private PlaceMention resolve(SentenceView s, Span span, String context, boolean dateline) {
        String phrase = span.text();
        Optional<PlaceLookup.Resolved> r = gazetteer.resolve(phrase, context);
        int anchor = locativeAnchor(s, span.head());
        if (r.isPresent() && r.get().kind().equals("country") && isModifier(s, span.head())) {
            return new PlaceMention(span, null, "demonym", null, r.get().country(), false, -1, "place.country-modifier");
        }
        if (r.isPresent()) {
            PlaceLookup.Resolved p = r.get();
            boolean placeWord = placeWords.contains(s.lower(span.end() - 1)) && !p.kind().equals("admin1");
            // "Qarachogh Mountains" resolving to a town keeps the article's words as its name.
            String name = placeWord ? nameWithoutAreaWord(s, span) : p.name();
            String kind = placeWord ? kindOfPlaceWord(s.lower(span.end() - 1)) : p.kind();
            return new PlaceMention(span, name, kind, p.admin1(), p.country(), dateline, anchor, "place.gazetteer");
        }
        String kind = placeWords.contains(s.lower(span.end() - 1)) ? kindOfPlaceWord(s.lower(span.end() - 1)) : "region";
        return new PlaceMention(span, nameWithoutAreaWord(s, span), kind, null, context, dateline, anchor, "place.unresolved");
    }

    private void demonym(SentenceView s, int i, List<PlaceMention> found) {
        if (!s.ner(i).equals("NATIONALITY") && !s.tag(i).equals("JJ")) return;
        Optional<String> country = gazetteer.countryOfDemonym(s.word(i));
        country.ifPresent(c -> found.add(new PlaceMention(s.span(i), null, "demonym", null, c, false,
                locativeAnchor(s, i), "place.demonym")));
    }

    /**
     * A site the gazetteer does not know takes the province and country of a place named right
     * after or before it in the sentence ("Makhul Mountain, in Salahuddin governorate", "a village
     * south of Kirkuk"), so incidents at unknown sites can still be told apart by province.
     */
    private static void inheritFromNeighbours(List<PlaceMention> sentencePlaces) {
        for (int k = 0; k < sentencePlaces.size(); k++) {
            PlaceMention p = sentencePlaces.get(k);
            if (p.admin1() != null || p.name() == null || !(p.kind().equals("site") || p.kind().equals("region"))) continue;
            PlaceMention best = null;
            for (int d : new int[] {k + 1, k - 1}) {
                if (d < 0 || d >= sentencePlaces.size()) continue;
                PlaceMention q = sentencePlaces.get(d);
                int gap = d > k ? q.span().begin() - p.span().end() : p.span().begin() - q.span().end();
                if (q.admin1() != null && q.name() != null && gap <= NEIGHBOUR_TOKENS) {
                    best = q;
                    break;
                }
            }
            if (best != null) {
                sentencePlaces.set(k, new PlaceMention(p.span(), p.name(), p.kind(), best.admin1(),
                        best.country() != null ? best.country() : p.country(), p.dateline(), p.anchor(), p.rule() + "+neighbour"));
            }
        }
    }

    /** How many tokens may separate a site from the place it inherits its province from. */
    private static final int NEIGHBOUR_TOKENS = 6;

    /** Whether the token modifies a noun (compound, adjective, possessive) rather than naming a location. */
    private static boolean isModifier(SentenceView s, int head) {
        for (SentenceView.Edge e : s.parents(head)) {
            if (e.rel().equals("compound") || e.rel().equals("amod") || e.rel().equals("nmod:poss")) return true;
        }
        return false;
    }

    /** The word a place attaches to through a locative relation ("attacked ... in Kirkuk"), or -1. */
    private static int locativeAnchor(SentenceView s, int head) {
        for (SentenceView.Edge e : s.parents(head)) {
            String r = e.rel();
            if (r.startsWith("obl:") || r.startsWith("nmod:") || r.equals("obl") || r.equals("amod")
                    || r.equals("compound")) {
                return e.token();
            }
        }
        return -1;
    }

    /** A location at a paragraph start followed by "(", "-", "–", "—" or ", DD MON": the dateline. */
    static boolean isDateline(String text, Span span) {
        int lineStart = text.lastIndexOf('\n', span.charBegin() - 1) + 1;
        String before = text.substring(lineStart, span.charBegin()).strip();
        if (!before.isEmpty() && before.length() > 25) return false;
        String after = text.substring(span.charEnd(), Math.min(text.length(), span.charEnd() + 40));
        return after.matches("(?s)\\s*(\\(|--|-|–|—|,\\s*\\d{1,2}\\s+[A-Za-z]{3}|,\\s*[A-Z][A-Za-z]+\\s*(\\(|--|–|—|-)).*");
    }

    /**
     * The country the article's country names and demonyms point to most often (ties: first seen).
     * Only unambiguous evidence votes: a location-tagged run that is a country name, or a
     * nationality word ("Salvadoran", "Iraqi"); city names wait for this context to be resolved.
     */
    private String dominantCountry(List<SentenceView> sentences) {
        Map<String, Integer> votes = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (SentenceView s : sentences) {
            int i = 0;
            while (i < s.size()) {
                Optional<String> c = Optional.empty();
                int next = i + 1;
                if (LOCATION_TAGS.contains(s.ner(i))) {
                    next = i;
                    while (next < s.size() && s.ner(next).equals(s.ner(i))) next++;
                    String run = s.span(i, next, next - 1).text();
                    c = gazetteer.resolve(run, null).filter(r -> r.kind().equals("country")).map(PlaceLookup.Resolved::country);
                } else if (s.ner(i).equals("NATIONALITY") || s.ner(i).equals("MISC") || s.tag(i).equals("JJ")) {
                    c = gazetteer.countryOfDemonym(s.word(i));
                }
                c.ifPresent(code -> {
                    if (votes.merge(code, 1, Integer::sum) == 1) order.add(code);
                });
                i = next;
            }
        }
        String best = null;
        for (String c : order) if (best == null || votes.get(c) > votes.get(best)) best = c;
        return best;
    }

    @Override
    protected Set<Class<? extends CoreAnnotation>> requiresOwn() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(EventAnnotations.PlaceMentionsAnnotation.class);
    }
}

package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.conflictie.lexicon.CueLexicon;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.lexicon.NumberWords;
import org.conflictie.lexicon.OutcomeLexicon;
import org.conflictie.model.Outcome;

/**
 * Finds casualty figures: an outcome word ({@code models/casualties/outcomes.tsv}), the victims it
 * governs in the dependency graph, their number, whose they are, and who gave the figure
 * ({@code models/casualties/attribution.tsv}: "according to X", "X said").
 *
 * <p>Reads CoreNLP's keys; adds {@link EventAnnotations.CasualtyMentionsAnnotation}. One mention per
 * victim phrase, so "three soldiers and two police officers were killed" gives two figures.
 * Without a number, a singular victim counts 1 ("a civilian", "the driver", a named person) and a
 * plural one gives a null count ("casualties were reported").
 */
public final class CasualtyAnnotator extends EventAnnotator {
    public static final String ATTRIBUTION_FILE = "casualties/attribution.tsv";
    public static final String WORDS_FILE = "casualties/casualty-words.tsv";

    private final Set<String> memberHeads, singularPronouns, injuryNouns, notVictims, perpetrators;
    /** "a man", "the victim": says nothing of whose casualties they are, so the group stays empty. */
    private final Set<String> genericPeople = new java.util.HashSet<>();
    /** Verbs of the trigger lexicon, for telling arrests during an attack from arrests after it. */
    private final Set<String> attackVerbs = new java.util.HashSet<>();


    private final OutcomeLexicon outcomes;
    private final Factuality factuality;
    private final CueLexicon attribution;
    private final CountReader counts;
    private final ActorNames names;

    public CasualtyAnnotator(ModelFiles files, ActorNames names) {
        this.outcomes = new OutcomeLexicon(files);
        this.factuality = new Factuality(files);
        org.conflictie.lexicon.WordLists words = new org.conflictie.lexicon.WordLists(files, WORDS_FILE);
        this.memberHeads = words.get("member-head");
        this.singularPronouns = words.get("singular-pronoun");
        this.injuryNouns = words.get("injury-noun");
        this.notVictims = words.get("not-victim");
        this.perpetrators = words.get("perpetrator");
        for (ModelFiles.Row row : files.rows(ActorAnnotator.GENERIC_FILE)) genericPeople.add(row.cell(0));
        for (ModelFiles.Row row : files.rows(org.conflictie.lexicon.TriggerLexicon.FILE)) {
            if (!row.cell(1).equals("N") && !row.cell(0).contains(" ")) attackVerbs.add(row.cell(0));
        }
        this.attribution = new CueLexicon(files, ATTRIBUTION_FILE);
        this.counts = new CountReader(new NumberWords(files));
        this.names = names;
    }

    @Override
    public String name() {
        return "casualties";
    }

    @Override
    public void annotate(Annotation doc) {
        List<CasualtyMention> all = new ArrayList<>();
        boolean reportedBefore = false;
        for (SentenceView s : SentenceView.of(doc)) {
            if (!s.hasParse()) continue;
            List<CasualtyMention> found = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                if (s.lemma(i).equals("shoot") && s.tag(i).equals("VBN")) {
                    shotVictims(s, i, found);
                    continue;
                }
                if (s.lemma(i).equals("toll") && s.children(i, "compound").stream().anyMatch(c -> s.lemma(c).equals("death"))) {
                    deathToll(s, i, found);
                    continue;
                }
                Optional<OutcomeLexicon.Entry> entry = outcomes.lookup(s.lemma(i), s.lower(i), s.tag(i));
                if (entry.isEmpty()) continue;
                if (injuryNouns.contains(s.lemma(i)) && s.isNoun(i)) {
                    injuryNoun(s, i, entry.get(), found);
                    continue;
                }
                if (entry.get().rule().startsWith("casualty.arrested") && !tiedToAttack(s, i)) continue;
                List<Integer> victims = victims(s, i, entry.get().pattern());
                boolean factual = !negated(s, i) && factuality.nonFactualReason(s, i, false) == null;
                if (victims.isEmpty()) {
                    // "3 deaths", "fatalities were reported": the figure sits on the outcome noun itself.
                    if (entry.get().pattern() == OutcomeLexicon.Pattern.NOUN || entry.get().pattern() == OutcomeLexicon.Pattern.ADJ) {
                        Integer count = numberOn(s, i);
                        if (count != null || s.tag(i).equals("NNS")) {
                            String group = groupOfModifiers(s, i);
                            found.add(new CasualtyMention(s.span(i), s.span(i), null, entry.get().outcome(), count,
                                    group, source(s, i), factual, entry.get().rule() + ".bare", isArmedSide(group)));
                        }
                    }
                    continue;
                }
                for (int v : victims) {
                    found.add(mention(s, i, v, entry.get().outcome(), factual && !negated(s, v), entry.get().rule()));
                }
            }
            boolean restating = reportedBefore;
            found.removeIf(c -> noCasualty(s, c, restating));
            all.addAll(found);
            reportedBefore |= found.stream().anyMatch(CasualtyMention::factual);
        }
        doc.set(EventAnnotations.CasualtyMentionsAnnotation.class, List.copyOf(all));
    }

    /**
     * "was shot": killed when "fatally" or "to death" says so, injured otherwise, unless the same
     * victims are also said to be killed or dead in the sentence (then that word gives the figure).
     */
    private void shotVictims(SentenceView s, int shot, List<CasualtyMention> found) {
        List<Integer> victims = s.children(shot, "nsubj:pass");
        if (victims.isEmpty()) return;
        boolean fatal = false;
        for (SentenceView.Edge e : s.children(shot)) {
            String l = s.lemma(e.token());
            if (l.equals("fatally") || l.equals("death") || l.equals("dead")) fatal = true;
        }
        for (int v : victims) {
            if (!fatal && alsoKilled(s, v, shot)) continue;
            found.add(mention(s, shot, v, fatal ? Outcome.KILLED : Outcome.INJURED, !negated(s, shot),
                    fatal ? "casualty.shot-fatally" : "casualty.shot"));
        }
    }

    /**
     * Whether the words of a figure show it is no casualty of the attack: its victim names a thing
     * ("the shooting was captured on video"), it is a perpetrator's capture not told as part of the
     * attack ("police captured the gunman"), or it is a pronoun after an earlier sentence reported a
     * victim ("A man was shot and killed ... He was shot in the chest": "he" points back to him).
     */
    private boolean noCasualty(SentenceView s, CasualtyMention c, boolean victimReportedBefore) {
        if (c.victims() == null) return false;
        int v = c.victims().head();
        if (notVictims.contains(s.lemma(v))) return true;
        if (c.outcome() == Outcome.CAPTURED && perpetrators.contains(s.lemma(v)) && !tiedToAttack(s, c.anchor().head())) return true;
        return victimReportedBefore && singularPronouns.contains(s.lower(v));
    }

    /**
     * "The death toll rose to 23", "the death toll stood at 23", "the death toll is 23": the figure
     * is where the toll's verb goes, or what the toll is.
     */
    private void deathToll(SentenceView s, int toll, List<CasualtyMention> found) {
        List<Integer> figures = new ArrayList<>();
        for (SentenceView.Edge up : s.parents(toll)) {
            if (!up.rel().equals("nsubj")) continue;
            if (s.tag(up.token()).equals("CD")) figures.add(up.token());
            for (String rel : List.of("obl:to", "obl:at")) {
                for (int n : s.children(up.token(), rel)) if (s.tag(n).equals("CD")) figures.add(n);
            }
        }
        for (int n : figures) {
            OptionalInt count = counts.read(s, n);
            if (count.isEmpty()) continue;
            int b = Math.min(toll, n), e = Math.max(toll, n) + 1;
            found.add(new CasualtyMention(s.span(b, e, toll), s.span(toll), null, Outcome.KILLED, count.getAsInt(), null,
                    source(s, toll), !negated(s, toll), "casualty.death-toll"));
        }
    }

    /** "suffered gunshot wounds", "sustained injuries": the victims are the sufferer, one per singular subject. */
    private void injuryNoun(SentenceView s, int noun, OutcomeLexicon.Entry entry, List<CasualtyMention> found) {
        for (SentenceView.Edge up : s.parents(noun)) {
            if (!up.rel().equals("obj") || !s.isVerb(up.token())) continue;
            for (int v : s.children(up.token(), "nsubj")) {
                found.add(mention(s, noun, v, entry.outcome(), !negated(s, up.token()), entry.rule() + ".suffered"));
            }
        }
    }

    private boolean alsoKilled(SentenceView s, int victim, int except) {
        // "were shot and killed": the conjoined outcome word speaks for the same victims.
        for (SentenceView.Edge e : s.children(except)) {
            if (e.rel().startsWith("conj") && isKilledWord(s, e.token())) return true;
        }
        for (SentenceView.Edge e : s.parents(except)) {
            if (e.rel().startsWith("conj") && isKilledWord(s, e.token())) return true;
        }
        for (SentenceView.Edge e : s.parents(victim)) {
            if (e.token() == except) continue;
            Optional<OutcomeLexicon.Entry> o = outcomes.lookup(s.lemma(e.token()), s.lower(e.token()), s.tag(e.token()));
            if (o.isPresent() && o.get().outcome() == Outcome.KILLED) return true;
        }
        return false;
    }

    /**
     * An arrest is a capture in the attack only when it is told as part of it: conjoined with or
     * governed by an attack or killing verb ("troops raided the village and arrested five"), not
     * when suspects are "arrested in connection with the shooting".
     */
    private boolean tiedToAttack(SentenceView s, int arrest) {
        for (SentenceView.Edge e : s.parents(arrest)) {
            if ((e.rel().startsWith("conj") || e.rel().startsWith("advcl")) && s.isVerb(e.token()) && attackVerbs.contains(s.lemma(e.token()))) {
                return true;
            }
        }
        for (SentenceView.Edge e : s.children(arrest)) {
            if (e.rel().startsWith("conj") && s.isVerb(e.token()) && attackVerbs.contains(s.lemma(e.token()))) return true;
        }
        return false;
    }

    private boolean isKilledWord(SentenceView s, int t) {
        Optional<OutcomeLexicon.Entry> o = outcomes.lookup(s.lemma(t), s.lower(t), s.tag(t));
        return o.isPresent() && o.get().outcome() == Outcome.KILLED;
    }

    private CasualtyMention mention(SentenceView s, int anchor, int victim, Outcome outcome, boolean factual, String rule) {
        int groupHead = victim;
        Integer count;
        if (isNumber(s, victim)) {
            // "three were killed", "five of the soldiers were wounded"
            OptionalInt c = counts.read(s, victim);
            count = c.isPresent() ? c.getAsInt() : null;
            List<Integer> of = s.children(victim, "nmod:of");
            groupHead = of.isEmpty() ? -1 : of.get(0);
        } else {
            count = countOf(s, victim);
        }
        String group = groupHead < 0 ? null : group(s, groupHead);
        Span victimSpan = s.nounPhrase(victim, true);
        int b = Math.min(victimSpan.begin(), anchor), e = Math.max(victimSpan.end(), anchor + 1);
        return new CasualtyMention(s.span(b, e, anchor), s.span(anchor), victimSpan, outcome, count, group,
                source(s, anchor), factual, rule, isArmedSide(group));
    }

    private boolean isArmedSide(String group) {
        return group != null && !group.equals("civilians") && names.canonical(group).isPresent();
    }

    /** The victims an outcome word governs, conjuncts included. */
    private List<Integer> victims(SentenceView s, int i, OutcomeLexicon.Pattern pattern) {
        List<Integer> v = new ArrayList<>();
        switch (pattern) {
            case PASSIVE -> {
                v.addAll(s.children(i, "nsubj:pass"));
                if (v.isEmpty()) v.addAll(s.children(i, "obj"));
                if (v.isEmpty()) {
                    // "shot and killed her daughter": the parser may hang the shared object on the first verb
                    for (SentenceView.Edge e : s.parents(i)) {
                        if (e.rel().startsWith("conj") && s.isVerb(e.token())) v.addAll(s.children(e.token(), "obj"));
                    }
                }
                if (v.isEmpty() && s.tag(i).equals("VBN") && s.children(i, "aux").isEmpty() && s.children(i, "aux:pass").isEmpty()
                        && s.parents(i).stream().anyMatch(e -> e.rel().startsWith("conj"))) {
                    // "Three soldiers were killed and two wounded", "left 12 dead and 30 wounded": the
                    // second clause lost its "were", and the parser makes its victims a plain subject
                    v.addAll(s.children(i, "nsubj"));
                }
                if (v.isEmpty() && s.tag(i).equals("VBN")) {
                    // Reduced relative: "25 people killed in the attack" (acl), or "the wounded soldiers" (amod).
                    for (SentenceView.Edge e : s.parents(i)) {
                        if (e.rel().equals("acl") || e.rel().equals("amod")) v.add(e.token());
                    }
                }
            }
            case INTRANS -> v.addAll(s.children(i, "nsubj"));
            case NOUN -> {
                v.addAll(s.children(i, "nmod:of"));
                // "killing 3 and wounding 4 people", "the dead included two children"
                if (v.isEmpty()) v.addAll(s.children(i, "nmod:among"));
                // "took 20 crew members hostage": the counted people as a compound of the noun
                if (v.isEmpty()) {
                    for (int c : s.children(i, "compound")) if (!s.children(c, "nummod").isEmpty()) v.add(c);
                }
            }
            case ADJ -> {
                v.addAll(s.children(i, "nsubj"));
                for (SentenceView.Edge e : s.parents(i)) {
                    if (e.rel().equals("amod")) v.add(e.token());
                    // "left five people dead": xcomp(left, dead) + obj(left, people)
                    if (e.rel().equals("xcomp")) v.addAll(s.children(e.token(), "obj"));
                }
            }
        }
        v.removeIf(t -> s.tag(t).equals("WP") || s.tag(t).equals("WDT") || s.lower(t).equals("it"));
        return v;
    }

    /** The number of a victim phrase; null when plural without a figure. */
    private Integer countOf(SentenceView s, int victim) {
        Integer n = numberOn(s, victim);
        if (n != null) return n;
        String tag = s.tag(victim);
        if (s.ner(victim).equals("PERSON") || singularPronouns.contains(s.lower(victim))) return 1;
        if (tag.equals("NN") || tag.equals("NNP") || tag.equals("JJ")) return 1;
        return null;
    }

    /** A number modifier of the token: nummod, or "a dozen" style quantity words. */
    private Integer numberOn(SentenceView s, int t) {
        for (SentenceView.Edge e : s.children(t)) {
            if (isAge(s, e.token())) continue;
            if (e.rel().equals("nummod") || (e.rel().equals("amod") && s.ner(e.token()).equals("NUMBER"))) {
                OptionalInt c = counts.read(s, e.token());
                if (c.isPresent()) return c.getAsInt();
            }
        }
        return null;
    }

    private static boolean isNumber(SentenceView s, int t) {
        return (s.tag(t).equals("CD") || s.ner(t).equals("NUMBER")) && !isAge(s, t);
    }

    /** A number set off by commas after a name ("Stephens, 32, and Rayer, 51,") is an age, not a count. */
    static boolean isAge(SentenceView s, int t) {
        if (t < 2 || !s.lower(t - 1).equals(",")) return false;
        boolean nameBefore = s.isProperNoun(t - 2) || s.tag(t - 2).startsWith("PRP");
        boolean closed = t + 1 >= s.size() || s.lower(t + 1).equals(",") || s.tag(t + 1).equals(".")
                || s.tag(t + 1).equals("CC") || s.tag(t + 1).startsWith("VB");
        return nameBefore && closed;
    }

    /** Whose casualties: a canonical name, "civilians", or the victims' own words. */
    private String group(SentenceView s, int head) {
        if (memberHeads.contains(s.lemma(head))) {
            for (int of : s.children(head, "nmod:of")) {
                Optional<String> c = names.canonical(s.nounPhrase(of, false).text());
                if (c.isPresent()) return c.get();
            }
        }
        String ner = s.ner(head);
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION")) return null;
        Span phrase = s.nounPhrase(head, false);
        // Words right of the head belong to the group only as parts of a name: "man dead", "girl
        // shot", "people wounded" are the outcome again, parsed as modifiers.
        int end = phrase.end();
        while (end > head + 1 && !s.isProperNoun(end - 1)) end--;
        if (end != phrase.end()) phrase = s.span(phrase.begin(), end, head);
        Optional<String> canonical = names.canonical(phrase.text());
        if (canonical.isPresent()) return canonical.get();
        if (names.isCivilian(s.lemma(head))) return "civilians";
        if (s.tag(head).startsWith("PRP")) return null;
        if (phrase.end() - phrase.begin() == 1 && genericPeople.contains(s.lemma(head))) return null;
        return phrase.text();
    }

    /** "civilian deaths", "Iraqi casualties": the group named by the outcome noun's own modifiers. */
    private String groupOfModifiers(SentenceView s, int noun) {
        for (SentenceView.Edge e : s.children(noun)) {
            if (e.rel().equals("amod") || e.rel().equals("compound")) {
                int m = e.token();
                if (names.isCivilian(s.lemma(m))) return "civilians";
                Optional<String> c = names.canonical(s.word(m));
                if (c.isPresent()) return c.get();
            }
        }
        return null;
    }

    private boolean negated(SentenceView s, int t) {
        for (SentenceView.Edge e : s.children(t)) {
            String l = s.lemma(e.token());
            if ((e.rel().equals("det") || e.rel().equals("advmod")) && (l.equals("no") || l.equals("not") || l.equals("never"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who gave the figure: an "according to" phrase on the outcome word or any word above it, or the
     * subject of a reporting verb that governs it ("X said ... killed") or hangs off it ("..., X said").
     */
    String source(SentenceView s, int anchor) {
        int current = anchor;
        for (int step = 0; step < 6; step++) {
            for (SentenceView.Edge e : s.children(current)) {
                if (e.rel().equals("obl:according_to") || e.rel().equals("nmod:according_to")) {
                    return s.nounPhrase(e.token(), false).text();
                }
                if (e.rel().equals("parataxis") && attribution.lookup(s.lemma(e.token())).isPresent()) {
                    String subj = subjectOf(s, e.token());
                    if (subj != null) return subj;
                }
            }
            if (current != anchor && attribution.lookup(s.lemma(current)).isPresent() && s.isVerb(current)) {
                String subj = subjectOf(s, current);
                if (subj != null) return subj;
            }
            List<SentenceView.Edge> up = s.parents(current);
            if (up.isEmpty()) break;
            current = up.get(0).token();
        }
        return null;
    }

    private static String subjectOf(SentenceView s, int verb) {
        for (int subj : s.children(verb, "nsubj")) {
            if (s.tag(subj).startsWith("PRP")) return null;
            Span phrase = s.nounPhrase(subj, false);
            // A dateline city parsed as the subject is where the report was filed, not who spoke.
            if (s.isDateline(phrase)) return null;
            return phrase.text();
        }
        return null;
    }

    @Override
    protected Set<Class<? extends CoreAnnotation>> requiresOwn() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(EventAnnotations.CasualtyMentionsAnnotation.class);
    }
}

package org.conflictie.annotators;

import java.util.List;
import java.util.Optional;
import org.conflictie.lexicon.CueLexicon;
import org.conflictie.lexicon.ModelFiles;

/**
 * Whether a word reports something that happened, by the cues of
 * {@code models/triggers/irrealis-cues.tsv}: a modal auxiliary, negation or condition on the word;
 * a threat, plan or ability word governing it within three steps ("threatened to attack",
 * "capable of conducting attacks", "tried to kill him"); or, for attack nouns, a bare plural
 * ("hit-and-run attacks"), which news uses for habits, not incidents. Reported speech keeps
 * factuality ("police said gunmen killed ..."). Shared by triggers and casualty figures.
 */
final class Factuality {
    static final String CUES_FILE = "triggers/irrealis-cues.tsv";

    private final CueLexicon cues;

    Factuality(ModelFiles files) {
        this.cues = new CueLexicon(files, CUES_FILE);
    }

    /** The rule id of the first cue that makes the trigger at {@code head} non-factual, or null. */
    String nonFactualReason(SentenceView s, int head, boolean forTrigger) {
        boolean barePluralIsGeneric = forTrigger;
        String own = cueOnToken(s, head);
        if (own != null) return own;
        // "came to kill him", "wanted to attack": an infinitive tells an aim, not a deed.
        if (s.tag(head).equals("VB") && s.children(head, "mark").stream().anyMatch(m -> s.lower(m).equals("to"))
                && !(forTrigger && governedByAttempt(s, head))) {
            return "factuality.purpose";
        }
        if (barePluralIsGeneric && s.isNoun(head) && s.tag(head).equals("NNS") && isBarePlural(s, head)) return "factuality.generic-plural";
        // Walk up: "plans to attack" (xcomp), "ability to launch attacks" (obj then acl/xcomp).
        int current = head;
        for (int step = 0; step < 3; step++) {
            List<SentenceView.Edge> parents = s.parents(current);
            if (parents.isEmpty()) break;
            SentenceView.Edge up = parents.get(0);
            if (up.rel().startsWith("conj") || up.rel().equals("root")) break;
            // Reported speech keeps factuality: "officials said militants attacked".
            if (up.rel().equals("ccomp") || up.rel().equals("parataxis")) break;
            int gov = up.token();
            Optional<CueLexicon.Cue> cue = cues.lookup(s.lemma(gov), "governor");
            if (cue.isPresent()) return cue.get().rule();
            // An attempted attack is an incident; an attempted killing is not a death.
            if (!forTrigger) {
                cue = cues.lookup(s.lemma(gov), "attempt");
                if (cue.isPresent()) return cue.get().rule();
            }
            String onGov = cueOnToken(s, gov);
            if (onGov != null && !onGov.equals("factuality.habitual-own")) return onGov;
            current = gov;
        }
        return null;
    }

    /** Modal, negation, condition or habit cues among the token's own dependents. */
    private String cueOnToken(SentenceView s, int t) {
        for (SentenceView.Edge e : s.children(t)) {
            String lemma = s.lemma(e.token());
            if (e.rel().equals("aux")) {
                Optional<CueLexicon.Cue> c = cues.lookup(lemma, "modal");
                if (c.isPresent()) return c.get().rule();
            } else if (e.rel().equals("advmod") || e.rel().equals("det")) {
                Optional<CueLexicon.Cue> c = cues.lookup(lemma, "negation");
                if (c.isPresent()) return c.get().rule();
                c = cues.lookup(lemma, "habitual");
                if (c.isPresent()) return c.get().rule();
            } else if (e.rel().equals("mark")) {
                Optional<CueLexicon.Cue> c = cues.lookup(lemma, "condition");
                if (c.isPresent()) return c.get().rule();
            }
        }
        return null;
    }

    /** A plural noun with no determiner, number or possessive: "attacks", "hit-and-run attacks". */
    private static boolean isBarePlural(SentenceView s, int head) {
        for (SentenceView.Edge e : s.children(head)) {
            String r = e.rel();
            if (r.equals("det") || r.equals("nummod") || r.equals("nmod:poss") || r.startsWith("nmod:on")
                    || r.startsWith("nmod:against") || r.startsWith("nmod:in") || r.startsWith("nmod:at")) {
                return false;
            }
            if (r.equals("amod") && s.ner(e.token()).equals("NUMBER")) return false;
        }
        return !subjectOfAPastOrCountedDeed(s, head);
    }

    /**
     * "Air strikes killed 20 people", "Rockets were fired at the base", "Rockets hit the base on
     * Tuesday" and the headline "Air strikes kill 20 militants": a plural that did something in the
     * past, on a day, or to a counted object, is an incident; "attacks kill hundreds every year" stays a habit.
     */
    private static boolean subjectOfAPastOrCountedDeed(SentenceView s, int head) {
        for (SentenceView.Edge up : s.parents(head)) {
            if (!up.rel().startsWith("nsubj")) continue;
            int verb = up.token();
            if (s.tag(verb).equals("VBD")) return true;
            for (SentenceView.Edge c : s.children(verb)) {
                if (c.rel().startsWith("aux") && s.tag(c.token()).equals("VBD")) return true;
                if (c.rel().equals("obj") && !s.children(c.token(), "nummod").isEmpty()) return true;
                // "Rockets hit the base on Tuesday": a dated deed happened ("hit" reads as past or present).
                if (c.rel().startsWith("obl") && s.ner(c.token()).equals("DATE")) return true;
            }
        }
        return false;
    }


    /** "tried to kill", "attempted to assassinate": an attempted attack is still an incident. */
    private boolean governedByAttempt(SentenceView s, int head) {
        return s.parents(head).stream().anyMatch(e -> cues.lookup(s.lemma(e.token()), "attempt").isPresent());
    }
}

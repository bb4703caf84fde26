package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.lexicon.WordLists;
import org.conflictie.model.Outcome;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;

/**
 * Finds attackers and targets from the dependency structure around attack triggers and casualty
 * words, by the rules of {@code models/actors/role-rules.tsv} (active subjects attack their
 * objects, passive agents attack their subjects, nouns take "on/against" targets and "by" or
 * possessive attackers) and the word lists of {@code models/actors/actor-words.tsv} (a light
 * verb's subject carries out its noun: "X launched a raid"; "targeting Y" names a target; "backed
 * by Z" adds Z to the attacking side). Victims of casualty figures are targets; people arrested
 * are suspects, so attackers.
 *
 * <p>Reads {@link EventAnnotations.TriggerMentionsAnnotation} and
 * {@link EventAnnotations.CasualtyMentionsAnnotation}; adds {@link EventAnnotations.ActorMentionsAnnotation}.
 * Pronouns, numbers, dates, named places, trigger words and bare generic words
 * ({@code models/actors/generic-actor-words.tsv}: "man", "victim") are never actors; canonical
 * names come from {@link ActorNames}.
 */
public final class ActorAnnotator extends EventAnnotator {
    public static final String RULES_FILE = "actors/role-rules.tsv";
    public static final String WORDS_FILE = "actors/actor-words.tsv";
    public static final String GENERIC_FILE = "actors/generic-actor-words.tsv";

    /** One row of the role rules. */
    record RoleRule(String where, String relation, Role role, String rule, boolean clashOnly) {}

    private final ActorNames names;
    private final List<RoleRule> rules = new ArrayList<>();
    private final Set<String> lightVerbs, weaponVerbs, namingVerbs, backing, targeting, claiming, hitting, notActors, streetWords;
    private final Set<String> claimVerbs, claimObjects, blameVerbs, attributeVerbs, responsible, chargeVerbs, chargeObjects;
    private final Set<String> generic = new HashSet<>();

    public ActorAnnotator(ActorNames names, ModelFiles files) {
        this.names = names;
        for (ModelFiles.Row r : files.rows(RULES_FILE)) {
            Role role = Role.fromCode(r.cell(2)).orElseThrow(() -> new IllegalArgumentException(
                    RULES_FILE + ":" + r.line() + ": role must be attacker or target"));
            rules.add(new RoleRule(r.cell(0), r.cell(1), role, r.cell(3), r.cells().size() > 4 && r.cell(4).equals("clash")));
        }
        WordLists words = new WordLists(files, WORDS_FILE);
        lightVerbs = words.get("light-verb");
        weaponVerbs = words.get("weapon-verb");
        namingVerbs = words.get("naming-verb");
        backing = words.get("backing");
        targeting = words.get("targeting");
        claiming = words.get("claiming");
        hitting = words.get("hitting");
        notActors = words.get("not-actor");
        streetWords = words.get("street");
        claimVerbs = words.get("claim-verb");
        claimObjects = words.get("claim-object");
        blameVerbs = words.get("blame-verb");
        attributeVerbs = words.get("attribute-verb");
        responsible = words.get("responsible");
        chargeVerbs = words.get("charge-verb");
        chargeObjects = words.get("charge-object");
        for (ModelFiles.Row row : files.rows(GENERIC_FILE)) generic.add(row.cell(0));
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public void annotate(Annotation doc) {
        List<SentenceView> sentences = SentenceView.of(doc);
        Set<Integer> triggerTokens = new HashSet<>();
        for (TriggerMention t : doc.get(EventAnnotations.TriggerMentionsAnnotation.class)) {
            for (int i = t.span().begin(); i < t.span().end(); i++) triggerTokens.add(key(t.span().sentence(), i));
        }
        DisabledRules disabled = doc.get(EventAnnotations.DisabledRulesAnnotation.class);
        Found found = new Found(triggerTokens, fullNames(sentences), disabled == null ? DisabledRules.none() : disabled);
        for (TriggerMention t : doc.get(EventAnnotations.TriggerMentionsAnnotation.class)) {
            SentenceView s = sentences.get(t.span().sentence());
            if (s.hasParse()) fromTrigger(s, t.span(), t.subtype(), found);
        }
        for (CasualtyMention c : doc.get(EventAnnotations.CasualtyMentionsAnnotation.class)) {
            SentenceView s = sentences.get(c.anchor().sentence());
            if (!s.hasParse() || !c.factual()) continue;
            int anchor = c.anchor().head();
            if (c.victims() != null) {
                // Those arrested after an attack are its suspects; everyone else hit is its target.
                boolean arrested = c.rule().startsWith("casualty.arrested");
                add(s, c.victims().head(), arrested ? Role.ATTACKER : Role.TARGET, c.anchor(),
                        arrested ? "actor.arrested-suspect" : "actor.victim", found);
            }
            if (s.isVerb(anchor)) {
                for (int a : s.children(anchor, "obl:agent")) add(s, a, Role.ATTACKER, c.anchor(), "actor.passive-agent", found);
                boolean died = c.outcome() == Outcome.KILLED && c.rule().equals("casualty.died");
                if (s.children(anchor, "nsubj:pass").isEmpty() && !died) {
                    for (int a : s.children(anchor, "nsubj")) add(s, a, Role.ATTACKER, c.anchor(), "actor.casualty-subject", found);
                }
            }
        }
        for (SentenceView s : sentences) {
            if (s.hasParse()) claimsAndBlame(s, found);
        }
        doc.set(EventAnnotations.ActorMentionsAnnotation.class, List.copyOf(found.mentions().values()));
    }

    private void fromTrigger(SentenceView s, Span trigger, Subtype subtype, Found out) {
        int h = trigger.head();
        String where;
        if (s.isVerb(h)) {
            boolean passive = !s.children(h, "nsubj:pass").isEmpty() || !s.children(h, "aux:pass").isEmpty();
            where = passive ? "verb-passive" : "verb-active";
        } else {
            where = "noun";
        }
        for (RoleRule r : rules) {
            if (!r.where().equals(where) || (r.clashOnly() && subtype != Subtype.ARMED_CLASH)) continue;
            for (int a : s.children(h, r.relation())) {
                // Only the exact relation: "obl" rules must not pick up "obl:agent" and the like.
                if (s.children(h).stream().anyMatch(e -> e.token() == a && e.rel().equals(r.relation()))) {
                    add(s, a, r.role(), trigger, r.rule(), out);
                }
            }
        }
        if (where.equals("verb-active") && s.tag(h).equals("VBG") && s.children(h, "nsubj").isEmpty()) {
            // "Gunmen sprayed a crowd with bullets, killing three men": the clause's subject did the killing
            for (SentenceView.Edge up : s.parents(h)) {
                if ((up.rel().startsWith("advcl") || up.rel().equals("dep")) && s.isVerb(up.token())) {
                    for (int a : s.children(up.token(), "nsubj")) add(s, a, Role.ATTACKER, trigger, "actor.participle-subject", out);
                }
            }
        }
        if (!where.equals("noun")) return;
        for (int a : s.children(h, "compound")) {
            // "an ISIS attack": only a known group or an organisation name; "Katyusha rocket attack" is a weapon.
            if (s.ner(a).equals("ORGANIZATION") || names.canonical(s.word(a)).isPresent()) {
                add(s, a, Role.ATTACKER, trigger, "actor.noun-compound", out);
            }
        }
        for (int acl : s.children(h, "acl")) {
            if (targeting.contains(s.lemma(acl))) {
                for (int a : s.children(acl, "obj")) add(s, a, Role.TARGET, trigger, "actor.noun-targeting", out);
            }
            if (claiming.contains(s.lemma(acl))) {
                for (int a : s.children(acl, "obl:agent")) add(s, a, Role.ATTACKER, trigger, "actor.claimed-by", out);
            }
        }
        for (SentenceView.Edge up : s.parents(h)) {
            if (up.rel().equals("obj") && lightVerbs.contains(s.lemma(up.token()))) {
                for (int a : s.children(up.token(), "nsubj")) add(s, a, Role.ATTACKER, trigger, "actor.light-verb", out);
                for (String rel : List.of("obl:on", "obl:against")) {
                    for (int a : s.children(up.token(), rel)) add(s, a, Role.TARGET, trigger, "actor.light-verb-target", out);
                }
            }
            if (up.rel().equals("obj") && weaponVerbs.contains(s.lemma(up.token())) && s.isVerb(up.token())) {
                for (int a : s.children(up.token(), "nsubj")) add(s, a, Role.ATTACKER, trigger, "actor.weapon-verb", out);
                for (String rel : List.of("obl:at", "obl:on", "obl:into", "obl:against")) {
                    for (int a : s.children(up.token(), rel)) add(s, a, Role.TARGET, trigger, "actor.weapon-verb-target", out);
                }
            }
            if (up.rel().equals("nsubj") && hitting.contains(s.lemma(up.token()))) {
                for (int a : s.children(up.token(), "obj")) add(s, a, Role.TARGET, trigger, "actor.noun-targeted", out);
            }
        }
    }

    /**
     * Attackers named by responsibility rather than by the attack verb: "X claimed responsibility",
     * "officials blamed X", "blamed the attack on X", "attributed to X", "X was responsible", "X was
     * charged with murder". The
     * mention is anchored on the claiming word, so assembly joins it to the incident just told.
     */
    private void claimsAndBlame(SentenceView s, Found out) {
        for (int v = 0; v < s.size(); v++) {
            String lemma = s.lemma(v);
            if (claimVerbs.contains(lemma) && s.isVerb(v)
                    && s.children(v, "obj").stream().anyMatch(o -> claimObjects.contains(s.lemma(o)))) {
                for (int a : s.children(v, "nsubj")) add(s, a, Role.ATTACKER, s.span(v), "actor.claimed-responsibility", out);
            } else if (blameVerbs.contains(lemma) && s.isVerb(v)) {
                for (int a : s.children(v, "obj")) {
                    if (!out.triggerTokens().contains(key(s.index(), a))) add(s, a, Role.ATTACKER, s.span(v), "actor.blamed", out);
                }
                for (int a : s.children(v, "obl:on")) add(s, a, Role.ATTACKER, s.span(v), "actor.blamed", out);
                for (int a : s.children(v, "nsubj:pass")) {
                    if (!out.triggerTokens().contains(key(s.index(), a))) add(s, a, Role.ATTACKER, s.span(v), "actor.blamed", out);
                }
            } else if (attributeVerbs.contains(lemma) && s.isVerb(v)) {
                for (int a : s.children(v, "obl:to")) add(s, a, Role.ATTACKER, s.span(v), "actor.attributed-to", out);
            } else if (responsible.contains(lemma)) {
                for (int a : s.children(v, "nsubj")) add(s, a, Role.ATTACKER, s.span(v), "actor.responsible", out);
            } else if (chargeVerbs.contains(lemma) && s.isVerb(v) && chargedWithAttack(s, v, out)) {
                // "X was charged with murder", "prosecutors charged X in the shooting": the accused.
                for (int a : s.children(v, "nsubj:pass")) add(s, a, Role.ATTACKER, s.span(v), "actor.charged", out);
                for (int a : s.children(v, "obj")) add(s, a, Role.ATTACKER, s.span(v), "actor.charged", out);
            }
        }
    }

    /** Whether the charge is an attack: an obl of the verb is a charge word or an attack trigger. */
    private boolean chargedWithAttack(SentenceView s, int verb, Found out) {
        for (SentenceView.Edge e : s.children(verb)) {
            if (!e.rel().startsWith("obl")) continue;
            int t = e.token();
            if (chargeObjects.contains(s.lemma(t)) || out.triggerTokens().contains(key(s.index(), t))) return true;
        }
        return false;
    }

    /** Adds the phrase headed by {@code head}, and for attackers the side backing it. */
    private void add(SentenceView s, int head, Role role, Span anchor, String rule, Found out) {
        // Checked here, not afterwards: a disabled rule must not claim a phrase another rule would take.
        if (out.disabled().disables(rule)) return;
        if (!s.ner(head).equals("PERSON")) head = namedPerson(s, head).orElse(head);
        if (!isActorHead(s, head) || out.triggerTokens().contains(key(s.index(), head))) return;
        Span phrase = s.nounPhrase(head, false);
        Optional<String> canonical = names.canonical(phrase.text());
        // A bare "man" or "victim" names no one; "the wounded man's brother" or "a police officer" may.
        if (canonical.isEmpty() && phrase.begin() == head && phrase.end() == head + 1 && generic.contains(s.lemma(head))) return;
        String name = canonical.orElse(phrase.text());
        if (canonical.isEmpty() && s.ner(head).equals("PERSON")) {
            // The person's name without titles or descriptions, completed from an earlier full mention.
            int b = head, e = head + 1;
            while (b > phrase.begin() && s.ner(b - 1).equals("PERSON")) b--;
            while (e < phrase.end() && s.ner(e).equals("PERSON")) e++;
            String own = s.span(b, e, head).text();
            name = e - b == 1 ? out.fullNames().getOrDefault(s.lower(head), own) : own;
        }
        String key = role + "@" + phrase.sentence() + ":" + phrase.begin() + "-" + phrase.end();
        out.mentions().putIfAbsent(key, new ActorMention(phrase, role, name, anchor, rule, canonical.isPresent()));
        if (role == Role.ATTACKER) {
            for (int acl : s.children(head, "acl")) {
                if (!backing.contains(s.lemma(acl))) continue;
                for (int backer : s.children(acl, "obl:agent")) add(s, backer, Role.ATTACKER, anchor, "actor.backed-by", out);
                for (int backer : s.children(acl, "obl:by")) add(s, backer, Role.ATTACKER, anchor, "actor.backed-by", out);
            }
        }
    }

    /**
     * The person a description names: "a neighbor, 55-year-old Bettie Jones" (apposition), "the
     * suspect, identified as Christian Goins", "the driver, who was later identified as ...", "a man
     * named John Smith" (a naming verb of {@code actor-words.tsv}).
     */
    private Optional<Integer> namedPerson(SentenceView s, int description) {
        for (SentenceView.Edge e : s.children(description)) {
            if (e.rel().equals("appos") && s.ner(e.token()).equals("PERSON")) return Optional.of(e.token());
            if ((e.rel().equals("acl") || e.rel().equals("acl:relcl")) && namingVerbs.contains(s.lemma(e.token()))) {
                for (SentenceView.Edge n : s.children(e.token())) {
                    boolean naming = n.rel().equals("obl:as") || n.rel().equals("xcomp") || n.rel().equals("obj");
                    if (naming && s.ner(n.token()).equals("PERSON")) return Optional.of(n.token());
                }
            }
        }
        return Optional.empty();
    }

    private boolean isActorHead(SentenceView s, int t) {
        String tag = s.tag(t);
        if (tag.startsWith("PRP") || tag.equals("CD") || tag.startsWith("W") || tag.equals("EX")) return false;
        if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("FW"))) return false;
        String ner = s.ner(t);
        // Named places are where an attack happened (places), not whom it hit; so are street names.
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("NUMBER")
                || ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE")) {
            return false;
        }
        if (t + 1 < s.size() && streetWords.contains(s.lower(t))) return false;
        return !notActors.contains(s.lemma(t));
    }

    private static int key(int sentence, int token) {
        return sentence * 100_000 + token;
    }

    /** What one call has found, and the trigger tokens that cannot be actors ("the assault killed ..."). */
    private record Found(Set<Integer> triggerTokens, Map<String, String> fullNames, DisabledRules disabled,
                         Map<String, ActorMention> mentions) {
        Found(Set<Integer> triggerTokens, Map<String, String> fullNames, DisabledRules disabled) {
            this(triggerTokens, fullNames, disabled, new LinkedHashMap<>());
        }
    }

    /**
     * Person names of two or more words, by their last word: news introduces a person in full and
     * then uses the surname ("Moise Kasongo ... Kasongo was arrested"), and the full name is the
     * one that compares equal across sources. The first full name per surname wins.
     */
    private static Map<String, String> fullNames(List<SentenceView> sentences) {
        Map<String, String> names = new java.util.HashMap<>();
        for (SentenceView s : sentences) {
            int i = 0;
            while (i < s.size()) {
                if (!s.ner(i).equals("PERSON")) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.size() && s.ner(j).equals("PERSON")) j++;
                if (j - i >= 2) names.putIfAbsent(s.lower(j - 1), s.span(i, j, j - 1).text());
                i = j;
            }
        }
        return names;
    }

    @Override
    protected Set<Class<? extends CoreAnnotation>> requiresOwn() {
        return Set.of(EventAnnotations.TriggerMentionsAnnotation.class, EventAnnotations.CasualtyMentionsAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(EventAnnotations.ActorMentionsAnnotation.class);
    }
}

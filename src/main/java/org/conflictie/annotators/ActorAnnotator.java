package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictie.model.Outcome;
import org.conflictie.model.Role;

/**
 * Finds attackers and targets from the dependency structure around attack triggers and casualty
 * words: active subjects attack their objects ("X attacked Y"), passive agents attack their
 * subjects ("killed by enemy forces"), nouns take "on/against" targets and "by" or possessive
 * attackers ("an ISIS attack on the base"), a light verb's subject carries out its noun ("X launched
 * a raid"), "targeting Y" names a target, and "backed by Z" adds Z to the attacking side. Victims
 * of casualty figures are targets.
 *
 * <p>Reads {@link EventAnnotations.TriggerMentionsAnnotation} and
 * {@link EventAnnotations.CasualtyMentionsAnnotation}; adds {@link EventAnnotations.ActorMentionsAnnotation}.
 * Pronouns, numbers and dates are never actors; canonical names come from {@link ActorNames}.
 */
public final class ActorAnnotator extends EventAnnotator {
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "mount", "claim",
            "perpetrate", "commit", "execute", "lead", "unleash", "order");
    private static final Set<String> BACKING = Set.of("back", "support", "assist", "aid", "help");
    private static final Set<String> STREET_WORDS = Set.of("street", "avenue", "road", "boulevard", "drive", "lane",
            "block", "highway", "side", "mile");
    private static final Set<String> NOT_ACTORS = Set.of("responsibility", "statement", "attack", "operation",
            "people", "person", "one", "time", "area", "part", "number", "result");

    public static final String GENERIC_FILE = "actors/generic-actor-words.tsv";

    private final ActorNames names;
    private final Set<String> generic = new java.util.HashSet<>();

    public ActorAnnotator(ActorNames names, org.conflictie.lexicon.ModelFiles files) {
        this.names = names;
        for (var row : files.rows(GENERIC_FILE)) generic.add(row.cell(0));
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public void annotate(Annotation doc) {
        List<SentenceView> sentences = SentenceView.of(doc);
        Set<Integer> triggerTokens = new java.util.HashSet<>();
        for (TriggerMention t : doc.get(EventAnnotations.TriggerMentionsAnnotation.class)) {
            for (int i = t.span().begin(); i < t.span().end(); i++) triggerTokens.add(t.span().sentence() * 100_000 + i);
        }
        Found found = new Found(triggerTokens);
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
                if (s.children(anchor, "nsubj:pass").isEmpty()) {
                    for (int a : s.children(anchor, "nsubj")) {
                        if (c.outcome() != Outcome.KILLED || !c.rule().equals("casualty.died")) {
                            add(s, a, Role.ATTACKER, c.anchor(), "actor.casualty-subject", found);
                        }
                    }
                }
            }
        }
        doc.set(EventAnnotations.ActorMentionsAnnotation.class, List.copyOf(found.mentions.values()));
    }

    private void fromTrigger(SentenceView s, Span trigger, org.conflictie.model.Subtype subtype, Found out) {
        int h = trigger.head();
        if (s.isVerb(h)) {
            boolean passive = !s.children(h, "nsubj:pass").isEmpty() || !s.children(h, "aux:pass").isEmpty();
            if (passive) {
                for (int a : s.children(h, "nsubj:pass")) add(s, a, Role.TARGET, trigger, "actor.passive-subject", out);
                for (int a : s.children(h, "obl:agent")) add(s, a, Role.ATTACKER, trigger, "actor.passive-agent", out);
            } else {
                for (int a : s.children(h, "nsubj")) add(s, a, Role.ATTACKER, trigger, "actor.active-subject", out);
                for (int a : s.children(h, "obj")) add(s, a, Role.TARGET, trigger, "actor.active-object", out);
                // "clashed with" names the other side; "shot him with a rifle" names a weapon.
                List<String> rels = subtype == org.conflictie.model.Subtype.ARMED_CLASH
                        ? List.of("obl:on", "obl:against", "obl:at", "obl:with", "obl:upon")
                        : List.of("obl:on", "obl:against", "obl:at", "obl:upon");
                for (String rel : rels) {
                    for (int a : s.children(h, rel)) add(s, a, Role.TARGET, trigger, "actor.verb-" + rel.substring(4), out);
                }
            }
        } else {
            List<String> rels = subtype == org.conflictie.model.Subtype.ARMED_CLASH
                    ? List.of("nmod:on", "nmod:against", "nmod:upon", "nmod:at", "nmod:of", "nmod:with")
                    : List.of("nmod:on", "nmod:against", "nmod:upon", "nmod:at", "nmod:of");
            for (String rel : rels) {
                for (int a : s.children(h, rel)) add(s, a, Role.TARGET, trigger, "actor.noun-" + rel.substring(5), out);
            }
            for (int a : s.children(h, "nmod:by")) add(s, a, Role.ATTACKER, trigger, "actor.noun-by", out);
            for (int a : s.children(h, "nmod:poss")) add(s, a, Role.ATTACKER, trigger, "actor.noun-possessive", out);
            for (int a : s.children(h, "compound")) {
                if (s.ner(a).equals("ORGANIZATION") || names.canonical(s.word(a)).isPresent()) {
                    add(s, a, Role.ATTACKER, trigger, "actor.noun-compound", out);
                }
            }
            for (int acl : s.children(h, "acl")) {
                if (s.lemma(acl).equals("target") || s.lemma(acl).equals("aim")) {
                    for (int a : s.children(acl, "obj")) add(s, a, Role.TARGET, trigger, "actor.noun-targeting", out);
                }
                if (s.lemma(acl).equals("claim") || s.lemma(acl).equals("carry")) {
                    for (int a : s.children(acl, "obl:agent")) add(s, a, Role.ATTACKER, trigger, "actor.claimed-by", out);
                }
            }
            for (SentenceView.Edge up : s.parents(h)) {
                if (up.rel().equals("obj") && LIGHT_VERBS.contains(s.lemma(up.token()))) {
                    for (int a : s.children(up.token(), "nsubj")) add(s, a, Role.ATTACKER, trigger, "actor.light-verb", out);
                    for (String rel : List.of("obl:on", "obl:against", "obl:in")) {
                        if (rel.equals("obl:in")) continue;
                        for (int a : s.children(up.token(), rel)) add(s, a, Role.TARGET, trigger, "actor.light-verb-target", out);
                    }
                }
                if (up.rel().equals("nsubj") && (s.lemma(up.token()).equals("target") || s.lemma(up.token()).equals("hit"))) {
                    for (int a : s.children(up.token(), "obj")) add(s, a, Role.TARGET, trigger, "actor.noun-targeted", out);
                }
            }
        }
    }

    /** Adds the phrase headed by {@code head}, and for attackers the side backing it. */
    private void add(SentenceView s, int head, Role role, Span anchor, String rule, Found out) {
        if (!isActorHead(s, head) || out.triggerTokens.contains(s.index() * 100_000 + head)) return;
        Span phrase = s.nounPhrase(head, false);
        java.util.Optional<String> canonical = names.canonical(phrase.text());
        // A bare "man" or "victim" names no one; "the wounded man's brother" or "a police officer" may.
        if (canonical.isEmpty() && phrase.begin() == head && phrase.end() == head + 1 && generic.contains(s.lemma(head))) return;
        String name = canonical.orElse(phrase.text());
        String key = role + "@" + phrase.sentence() + ":" + phrase.begin() + "-" + phrase.end();
        out.mentions.putIfAbsent(key, new ActorMention(phrase, role, name, anchor, rule));
        if (role == Role.ATTACKER) {
            for (int acl : s.children(head, "acl")) {
                if (BACKING.contains(s.lemma(acl))) {
                    for (int backer : s.children(acl, "obl:agent")) add(s, backer, Role.ATTACKER, anchor, "actor.backed-by", out);
                    for (int backer : s.children(acl, "obl:by")) add(s, backer, Role.ATTACKER, anchor, "actor.backed-by", out);
                }
            }
        }
    }

    /** What one call has found, and the trigger tokens that cannot be actors ("the assault killed ..."). */
    private record Found(Set<Integer> triggerTokens, Map<String, ActorMention> mentions) {
        Found(Set<Integer> triggerTokens) {
            this(triggerTokens, new LinkedHashMap<>());
        }
    }

    private static boolean isActorHead(SentenceView s, int t) {
        String tag = s.tag(t);
        if (tag.startsWith("PRP") || tag.equals("CD") || tag.startsWith("W") || tag.equals("EX")) return false;
        if (!(tag.startsWith("NN") || tag.equals("JJ") || tag.equals("FW"))) return false;
        String ner = s.ner(t);
        // Named places are where an attack happened (places), not whom it hit; so are street names.
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("NUMBER")
                || ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE")) {
            return false;
        }
        if (t + 1 < s.size() && STREET_WORDS.contains(s.lower(t))) return false;
        return !NOT_ACTORS.contains(s.lemma(t));
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

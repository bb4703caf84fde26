package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A read-only view of one annotated sentence with 0-based token indices, lower-case lemmas and
 * dependency navigation that tolerates a missing graph (a sentence CoreNLP skipped).
 */
public final class SentenceView {
    /** An edge seen from one end: the relation name and the token at the other end. */
    public record Edge(String rel, int token) {}

    private final int index;
    private final String text;
    private final List<CoreLabel> tokens;
    private final List<String> lemmas;
    private final List<String> tags;
    private final SemanticGraph graph;

    public SentenceView(int index, CoreMap sentence, String documentText) {
        this.index = index;
        this.text = documentText;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        this.graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<String> l = new ArrayList<>(tokens.size());
        List<String> t = new ArrayList<>(tokens.size());
        for (CoreLabel tok : tokens) {
            String lemma = tok.lemma() == null ? tok.word() : tok.lemma();
            String tag = tok.tag() == null ? "" : tok.tag();
            // A capitalised plural opening a sentence is tagged a proper noun and keeps its plural as
            // lemma ("Rockets hit ..."); read it as the common noun the lexicons list.
            if (tag.equals("NNPS") && t.isEmpty()) {
                lemma = edu.stanford.nlp.process.Morphology.stemStatic(tok.word().toLowerCase(Locale.ROOT), "NNS").word();
                tag = "NNS";
            }
            l.add(lemma.toLowerCase(Locale.ROOT));
            t.add(tag);
        }
        this.lemmas = List.copyOf(l);
        this.tags = List.copyOf(t);
    }

    /** Views of every sentence of an annotated document. */
    public static List<SentenceView> of(edu.stanford.nlp.pipeline.Annotation doc) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<SentenceView> views = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) views.add(new SentenceView(i, sentences.get(i), text));
        return views;
    }

    public int index() {
        return index;
    }

    public int size() {
        return tokens.size();
    }

    public boolean hasParse() {
        return graph != null;
    }

    public CoreLabel token(int i) {
        return tokens.get(i);
    }

    public String word(int i) {
        return tokens.get(i).word();
    }

    public String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    public String lemma(int i) {
        return lemmas.get(i);
    }

    public List<String> lemmas() {
        return lemmas;
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public List<String> tags() {
        return tags;
    }

    public String ner(int i) {
        String n = tokens.get(i).ner();
        return n == null ? "O" : n;
    }

    public String normalizedNer(int i) {
        return tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    public int charBegin(int i) {
        return tokens.get(i).beginPosition();
    }

    public int charEnd(int i) {
        return tokens.get(i).endPosition();
    }

    public boolean isNoun(int i) {
        return tags.get(i).startsWith("NN");
    }

    public boolean isProperNoun(int i) {
        return tags.get(i).startsWith("NNP");
    }

    public boolean isVerb(int i) {
        return tags.get(i).startsWith("VB");
    }

    /** The tokens {@code [begin, end)} as a span, with the article's own characters. */
    public Span span(int begin, int end, int head) {
        int cb = charBegin(begin), ce = charEnd(end - 1);
        return new Span(index, begin, end, head, cb, ce, text.substring(cb, ce));
    }

    /** Whether the span is a dateline's place ("HERAT (Wire) -", "LIMA, 10 JAN 90"): where the report comes from. */
    public boolean isDateline(Span span) {
        return PlaceAnnotator.isDateline(text, span);
    }

    public Span span(int token) {
        return span(token, token + 1, token);
    }

    /** Dependents of token {@code i}; empty without a parse. */
    public List<Edge> children(int i) {
        if (graph == null) return List.of();
        IndexedWord w = graph.getNodeByIndexSafe(i + 1);
        if (w == null) return List.of();
        List<Edge> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            out.add(new Edge(e.getRelation().toString(), e.getDependent().index() - 1));
        }
        out.sort(java.util.Comparator.comparingInt(Edge::token));
        return out;
    }

    /** Dependents whose relation equals {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Edge e : children(i)) {
            if (e.rel().equals(rel) || e.rel().startsWith(rel + ":")) out.add(e.token());
        }
        return out;
    }

    /** Governors of token {@code i} (several in enhanced graphs); empty for the root or without a parse. */
    public List<Edge> parents(int i) {
        if (graph == null) return List.of();
        IndexedWord w = graph.getNodeByIndexSafe(i + 1);
        if (w == null) return List.of();
        List<Edge> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(w)) {
            out.add(new Edge(e.getRelation().toString(), e.getGovernor().index() - 1));
        }
        out.sort(java.util.Comparator.comparingInt(Edge::token));
        return out;
    }

    /**
     * The noun phrase headed by {@code head}: its contiguous compound, adjective, number, determiner,
     * possessive and flat-name dependents, minus leading determiners (so "the Salvadoran army" gives
     * "Salvadoran army", which matches names however the gold writes the article).
     *
     * @param keepNumbers whether number modifiers stay in the phrase ("three soldiers" vs "soldiers")
     */
    public Span nounPhrase(int head, boolean keepNumbers) {
        int begin = head, end = head + 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Edge e : children(head)) {
                String r = e.rel();
                boolean modifier = r.equals("compound") || r.equals("amod") || r.equals("flat") || r.startsWith("flat:")
                        || r.equals("nmod:poss") || r.equals("det") || r.equals("compound:prt")
                        || (keepNumbers && r.equals("nummod"));
                if (!modifier) continue;
                if (e.token() == begin - 1) {
                    begin = extendLeft(e.token());
                    grew = true;
                } else if (e.token() == end) {
                    end = e.token() + 1;
                    grew = true;
                }
            }
        }
        // A possessive marker or hyphenated name parts between modifiers are in the phrase already;
        // leading determiners and numbers (when not kept) are trimmed.
        while (begin < head && (tags.get(begin).equals("DT") || tags.get(begin).equals("PRP$")
                || (!keepNumbers && tags.get(begin).equals("CD")) || tags.get(begin).equals("HYPH")
                || tags.get(begin).equals("``") || tags.get(begin).equals(",") || tags.get(begin).equals("''"))) {
            begin++;
        }
        // Ages glued in front of a name: "25-year-old John Smith", "year-old Timothy".
        for (int k = begin; k < head; k++) {
            // CoreNLP splits "25-year-old" into "25-year", "-", "old" (or keeps it whole).
            boolean old = lower(k).equals("old") && ((k > 0 && lower(k - 1).startsWith("year"))
                    || (k > 1 && tags.get(k - 1).equals("HYPH") && lower(k - 2).endsWith("year")));
            if (lower(k).contains("year-old") || old) {
                begin = k + 1;
            }
        }
        while (end - 1 > head && (tags.get(end - 1).equals("POS") || tags.get(end - 1).equals(",")
                || tags.get(end - 1).equals("''"))) {
            end--;
        }
        return span(begin, end, head);
    }

    /** Leftmost token of a modifier's own contiguous left modifiers ("US-led" in "US-led coalition"). */
    private int extendLeft(int modifier) {
        int begin = modifier;
        for (Edge e : children(modifier)) {
            if (e.token() < begin && e.token() >= begin - 3 && !e.rel().equals("punct") && !e.rel().startsWith("case")
                    && !e.rel().equals("cc") && !e.rel().startsWith("conj") && !e.rel().equals("appos")) {
                begin = Math.min(begin, e.token());
            } else if (e.token() == begin - 1 && tags.get(e.token()).equals("HYPH")) {
                begin = e.token();
            }
        }
        return begin;
    }
}

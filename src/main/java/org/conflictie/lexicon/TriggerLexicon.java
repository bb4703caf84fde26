package org.conflictie.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conflictie.model.Subtype;

/** The attack trigger words of {@code models/triggers/attack-triggers.tsv}. */
public final class TriggerLexicon {
    public static final String FILE = "triggers/attack-triggers.tsv";

    /** Which parts of speech an entry matches. */
    public enum PartOfSpeech { VERB, NOUN, ANY }

    /** One entry; {@code lemmas} is the lower-case lemma sequence. */
    public record Entry(List<String> lemmas, PartOfSpeech pos, Subtype subtype, boolean strong, String rule) {}

    /** A match of an entry at a token position. */
    public record Match(Entry entry, int begin, int end) {}

    /** In an entry, stands for one to {@link #MAX_GAP} words of any kind ("take ... hostage"). */
    static final String GAP = "...";
    static final int MAX_GAP = 6;

    private final List<Entry> entries;
    /** Where each entry's gap stands ({@code gaps[k]} for {@code entries.get(k)}), or -1: found once, not per token. */
    private final int[] gaps;

    public TriggerLexicon(ModelFiles files) {
        List<Entry> list = new ArrayList<>();
        for (ModelFiles.Row row : files.rows(FILE)) {
            PartOfSpeech pos = switch (row.cell(1)) {
                case "V" -> PartOfSpeech.VERB;
                case "N" -> PartOfSpeech.NOUN;
                case "A" -> PartOfSpeech.ANY;
                default -> throw new IllegalArgumentException(FILE + ":" + row.line() + ": pos must be V, N or A");
            };
            Subtype subtype = Subtype.fromCode(row.cell(2)).orElseThrow(() -> new IllegalArgumentException(
                    FILE + ":" + row.line() + ": unknown subtype " + row.cell(2)));
            boolean strong = switch (row.cell(3)) {
                case "strong" -> true;
                case "weak" -> false;
                default -> throw new IllegalArgumentException(FILE + ":" + row.line() + ": strength must be strong or weak");
            };
            List<String> lemmas = List.of(row.cell(0).split(" "));
            int gap = lemmas.indexOf(GAP);
            if (gap >= 0 && (pos != PartOfSpeech.VERB || gap == 0 || gap == lemmas.size() - 1 || lemmas.lastIndexOf(GAP) != gap)) {
                throw new IllegalArgumentException(FILE + ":" + row.line() + ": '" + GAP
                        + "' may stand once, inside a verb entry (\"take ... hostage\")");
            }
            list.add(new Entry(lemmas, pos, subtype, strong, row.cell(4)));
        }
        // Longest first, so "roadside bomb" wins over "bomb"; the sort is stable, keeping file order among equals.
        list.sort(Comparator.comparingInt((Entry e) -> -e.lemmas().size()));
        this.entries = List.copyOf(list);
        this.gaps = entries.stream().mapToInt(e -> e.lemmas().indexOf(GAP)).toArray();
    }

    /**
     * The longest entry matching at {@code i}.
     *
     * @param lemmas lower-case lemmas of the sentence
     * @param tags   Penn POS tags of the sentence
     */
    public Optional<Match> matchAt(List<String> lemmas, List<String> tags, int i) {
        for (int x = 0; x < entries.size(); x++) {
            Entry e = entries.get(x);
            int gap = gaps[x];
            if (gap > 0) {
                if (gappedMatch(e, gap, lemmas, i) && posMatches(e.pos(), tags.get(i))) return Optional.of(new Match(e, i, i + gap));
                continue;
            }
            int n = e.lemmas().size();
            if (i + n > lemmas.size()) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) ok = e.lemmas().get(k).equals(lemmas.get(i + k));
            if (!ok) continue;
            // The part of speech is checked on the head, the last word of a multi-word entry,
            // except for verb phrases ("open fire", "set on fire") whose head is the first.
            String tag = e.pos() == PartOfSpeech.VERB ? tags.get(i) : tags.get(i + n - 1);
            if (posMatches(e.pos(), tag)) return Optional.of(new Match(e, i, i + n));
        }
        return Optional.empty();
    }

    /**
     * "take ... hostage": the words before the gap at {@code i}, then one to {@value #MAX_GAP} words of
     * any kind, then the words after it. Only verb entries may have a gap, and the match is the words
     * before it ("took" in "took 20 crew members hostage"), so the victims in between stay free.
     */
    private static boolean gappedMatch(Entry e, int gap, List<String> lemmas, int i) {
        if (i + gap > lemmas.size()) return false;
        for (int k = 0; k < gap; k++) if (!e.lemmas().get(k).equals(lemmas.get(i + k))) return false;
        List<String> rest = e.lemmas().subList(gap + 1, e.lemmas().size());
        for (int from = i + gap + 1; from <= i + gap + MAX_GAP && from + rest.size() <= lemmas.size(); from++) {
            if (lemmas.subList(from, from + rest.size()).equals(rest)) return true;
        }
        return false;
    }

    private static boolean posMatches(PartOfSpeech pos, String tag) {
        return switch (pos) {
            case VERB -> tag.startsWith("VB");
            case NOUN -> tag.equals("NN") || tag.equals("NNS");
            case ANY -> tag.startsWith("VB") || tag.equals("NN") || tag.equals("NNS") || tag.startsWith("JJ");
        };
    }
}

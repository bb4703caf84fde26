package org.conflictie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The tags the tagger gives (measured on CoreNLP 4.5.10), and what the repair makes of them. */
class PosRepairAnnotatorTest {
    private static final PosRepairAnnotator REPAIR = repair("shot,hit,beat");

    private static PosRepairAnnotator repair(String verbs) {
        Properties p = new Properties();
        p.setProperty("posrepair.verbs", verbs);
        p.setProperty("posrepair.subject-verbs", "killed,shot,stabbed");
        return new PosRepairAnnotator("posrepair", p);
    }

    /** "word/TAG word/TAG ..." as tokens. */
    private static List<CoreLabel> tagged(String s) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : s.split(" ")) {
            CoreLabel l = new CoreLabel();
            int slash = wt.lastIndexOf('/');
            l.setWord(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    private static String tags(List<CoreLabel> tokens) {
        return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void aNounShotBeforeAndAPastVerbIsTheVerb() {
        List<CoreLabel> t = tagged("A/DT gunman/NN shot/NN and/CC killed/VBD a/DT neighbor/NN ./.");
        assertEquals(1, REPAIR.repair(t));
        assertEquals("DT NN VBD CC VBD DT NN .", tags(t));
        List<CoreLabel> u = tagged("The/DT teenage/JJ boy/NN shot/NN and/CC wounded/VBN a/DT classmate/NN ./.");
        assertEquals(2, REPAIR.repair(u));
        assertEquals("DT JJ NN VBD CC VBD DT NN .", tags(u));
    }

    @Test
    void otherNounReadingsStay() {
        for (String s : List.of(
                "A/DT warning/NN shot/NN was/VBD fired/VBN ./.",              // no "and" + past verb after it
                "He/PRP heard/VBD a/DT shot/NN and/CC ran/VBD ./.",           // after a determiner, not a noun
                "A/DT gunman/NN shot/VBD his/PRP$ wife/NN ./.",               // already a verb
                "The/DT song/NN hit/NN and/CC the/DT album/NN ./.",           // "and" + no past verb
                "A/DT gunman/NN stab/NN and/CC killed/VBD a/DT man/NN ./.")) { // not a listed verb
            assertUnchanged(s);
        }
        List<CoreLabel> t = tagged("A/DT gunman/NN shot/NN and/CC killed/VBD a/DT neighbor/NN ./.");
        assertEquals(0, repair("").repair(t), "an empty list repairs nothing");
    }

    @Test
    void aNationalityBeforeAVerbAndItsObjectIsTheSubject() {
        List<CoreLabel> t = tagged("A/DT Palestinian/JJ stabbed/VBN three/CD Israeli/JJ soldiers/NNS ./.");
        assertEquals(2, REPAIR.repair(t));
        assertEquals("DT NNP VBD CD JJ NNS .", tags(t));
        List<CoreLabel> u = tagged("Police/NNS said/VBD a/DT Syrian/JJ shot/NN a/DT guard/NN ./.");
        assertEquals(2, REPAIR.repair(u));
        assertEquals("NNS VBD DT NNP VBD DT NN .", tags(u));
    }

    @Test
    void aNationalityStaysAnAdjectiveWhereNoObjectFollowsOrTheWordIsNoListedVerb() {
        for (String s : List.of(
                "A/DT Palestinian/JJ killed/VBN by/IN troops/NNS was/VBD buried/VBN ./.",   // a participle: "by" follows
                "A/DT Palestinian/JJ man/NN stabbed/VBD two/CD soldiers/NNS ./.",         // "man" is the subject
                "A/DT Palestinian/JJ wrote/VBN a/DT poem/NN ./.",                          // not a listed verb
                "A/DT local/JJ stabbed/VBN three/CD people/NNS ./.")) {                    // not capitalised
            assertUnchanged(s);
        }
    }

    private static void assertUnchanged(String sentence) {
        List<CoreLabel> t = tagged(sentence);
        String before = tags(t);
        assertEquals(0, REPAIR.repair(t), sentence);
        assertEquals(before, tags(t), sentence);
    }
}

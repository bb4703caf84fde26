package org.conflictie.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.format.EventJson;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.junit.jupiter.api.Test;

/**
 * The real dev gold scored against itself must be perfect on every slot, in every mode; and
 * scoring all 600 dev documents must be fast. Skipped when the shared folder is absent.
 */
class DevGoldSelfTest {

    static Path corpora() {
        for (String candidate : new String[] {System.getProperty("conflictie.shared", ""), "../shared", "/work/shared"}) {
            if (candidate.isEmpty()) continue;
            Path p = Path.of(candidate, "dev-corpora");
            if (Files.isDirectory(p)) return p;
        }
        return null;
    }

    static List<EventDocument> gold(String corpus) {
        Path root = corpora();
        assumeTrue(root != null && Files.isDirectory(root.resolve(corpus).resolve("gold")), "no dev corpora here");
        return EventJson.readGoldDir(root.resolve(corpus).resolve("gold"));
    }

    @Test
    void muc4GoldAgainstItself() {
        perfect(gold("muc4-dev"));
    }

    @Test
    void gvdbGoldAgainstItself() {
        perfect(gold("gvdb-dev"));
    }

    static void perfect(List<EventDocument> gold) {
        // The same files read as predictions, as the CLI reads a run: EventJson.read on the folder.
        for (boolean ignoreOptional : new boolean[] {false, true}) {
            ScoreReport r = Scorer.builder().ignoreOptional(ignoreOptional).lenient(true).bootstrapSamples(50)
                    .build().score(gold, gold);
            for (SlotTable t : List.of(r.strict(), r.lenient())) {
                for (Slot s : Slot.ROWS) {
                    Counts c = t.get(s);
                    assertEquals(0, c.fp() + c.fn(), s.code() + " ignoreOptional=" + ignoreOptional);
                    assertTrue(c.tp() > 0, s.code() + " has no values in the dev gold");
                    assertEquals(1.0, c.f1(), s.code());
                }
            }
            assertTrue(r.unknownDocIds().isEmpty());
            assertTrue(r.documentsWithoutPrediction().isEmpty());
        }
    }

    @Test
    void sixHundredDocumentsScoreWellUnderASecondOrTwo() {
        List<EventDocument> gold = new ArrayList<>(gold("muc4-dev"));
        gold.addAll(gold("gvdb-dev"));
        assertEquals(600, gold.size());
        // A run that is not the gold: events reversed, dates dropped, an extra event per document,
        // so every document needs real pairing work.
        List<EventDocument> run = new ArrayList<>();
        for (EventDocument d : gold) {
            List<Event> events = new ArrayList<>();
            for (Event e : d.events()) {
                events.add(0, new Event("p-" + e.id(), e.type(), e.subtype(), e.trigger(), null, e.place(),
                        e.actors(), e.casualties(), null, null));
            }
            if (!d.events().isEmpty()) events.add(d.events().get(0));
            run.add(new EventDocument(d.docId(), d.documentDate(), events));
        }
        Scorer scorer = Scorer.builder().lenient(true).build(); // strict + lenient, 1000 resamples
        long start = System.nanoTime();
        ScoreReport r = scorer.score(gold, run);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "scoring 600 documents took " + millis + " ms");
        assertEquals(600, r.documents());
        // Each document's first gold event is copied once, so it is predicted twice: one copy pairs.
        assertTrue(r.strict().get(Slot.EVENT).fp() > 0 && r.strict().get(Slot.DATE).fn() > 0);
    }
}

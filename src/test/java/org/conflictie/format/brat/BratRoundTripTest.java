package org.conflictie.format.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictie.format.ArticleTexts;
import org.conflictie.format.EventJson;
import org.conflictie.model.EventDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** v1 → brat → v1 must give back equal records, for every v1 field. */
class BratRoundTripTest {
    private static final Path GOLD = BratFixtures.ROOT.resolve("roundtrip/gold");
    private static final Path TEXTS = BratFixtures.ROOT.resolve("roundtrip/texts");

    private static EventDocument roundTrip(EventDocument doc, String article) {
        BratWriter.Output out = BratWriter.write(doc, article);
        BratReader.Result back = BratReader.read(Path.of(doc.docId() + ".ann"), out.ann(), article, doc.docId());
        assertEquals(List.of(), back.problems().stream().map(Object::toString).toList(), doc.docId() + "\n" + out.ann());
        return back.document();
    }

    /**
     * mosul.json has non-BMP characters before spans, a CRLF article, a trigger across a line break, words that
     * occur twice (offsets on the second occurrence), values without text, null counts, two casualty figures
     * from different sources, optional true and false, confidence, rules, an event without trigger and one
     * with a trigger that has no text, and values whose text is not in the article.
     */
    @Test
    void handMadeFixturesSurviveExactly() {
        for (String id : List.of("mosul", "kirkuk", "blank", "no-events")) {
            EventDocument doc = EventJson.readFile(GOLD.resolve(id + ".json"));
            String article = new ArticleTexts(TEXTS).read(id).orElseThrow();
            assertEquals(doc, roundTrip(doc, article), id);
        }
    }

    @Test
    void theMosulFixtureCoversWhatItClaims() throws Exception {
        String article = Files.readString(TEXTS.resolve("mosul.txt"));
        assertTrue(article.contains("\r\n") && article.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        EventDocument doc = EventJson.readFile(GOLD.resolve("mosul.json"));
        var place = doc.events().get(0).place();
        assertTrue(article.indexOf("Mosul") < place.start(), "place offsets point at a later occurrence");
        var back = roundTrip(doc, article);
        assertEquals(place.start(), back.events().get(0).place().start());
        assertEquals(null, back.events().get(0).date().start(), "offsets absent in the source stay absent");
    }

    @Test
    void writesTheDocumentedAnnForTheSpecExample() throws Exception {
        // The same .ann is shown in gold-annotations/GUIDELINES.md; keep the two in step.
        EventDocument doc = EventJson.readFile(GOLD.resolve("kirkuk.json"));
        String article = Files.readString(TEXTS.resolve("kirkuk.txt"));
        String expected = Files.readString(BratFixtures.ROOT.resolve("expected/kirkuk.ann"));
        assertEquals(expected, BratWriter.write(doc, article).ann());
        Path guidelines = Path.of("gold-annotations/GUIDELINES.md"); // tests run in the project folder
        Assumptions.assumeTrue(Files.exists(guidelines));
        assertTrue(Files.readString(guidelines).contains(expected), "GUIDELINES.md shows the .ann this test expects");
    }

    @Test
    void bratOffsetsCountCodePointsAndCrlfOnce() throws Exception {
        String article = Files.readString(TEXTS.resolve("mosul.txt"));
        EventDocument doc = EventJson.readFile(GOLD.resolve("mosul.json"));
        String ann = BratWriter.write(doc, article).ann();
        // What brat's server sees: universal newlines, code points.
        int[] cps = article.replace("\r\n", "\n").codePoints().toArray();
        for (String line : ann.lines().toList()) {
            if (!line.startsWith("T")) continue;
            String[] cols = line.split("\t", 3);
            StringBuilder text = new StringBuilder();
            for (String range : cols[1].substring(cols[1].indexOf(' ') + 1).split(";")) {
                String[] se = range.split(" ");
                if (text.length() > 0) text.append(' ');
                text.append(new String(cps, Integer.parseInt(se[0]), Integer.parseInt(se[1]) - Integer.parseInt(se[0])));
            }
            assertEquals(cols[2], text.toString(), line);
        }
    }

    @Test
    void keepsValuesThatCannotBeSpansAndSaysWhich() throws Exception {
        String article = Files.readString(TEXTS.resolve("mosul.txt"));
        BratWriter.Output out = BratWriter.write(EventJson.readFile(GOLD.resolve("mosul.json")), article);
        assertEquals(List.of("events[0].actors[2]", "events[3].actors[0]"), out.keptInNotes());
    }

    @Test
    void folderExportAndImportRoundTrip(@TempDir Path tmp) throws Exception {
        List<EventDocument> docs = EventJson.readGoldDir(GOLD);
        BratCorpus.write(docs, new ArticleTexts(TEXTS), tmp.resolve("brat"), false);
        assertTrue(Files.exists(tmp.resolve("brat/annotation.conf")));
        assertEquals(-1L, Files.mismatch(TEXTS.resolve("mosul.txt"), tmp.resolve("brat/mosul.txt")), "article copied byte for byte");
        BratCorpus.Import back = BratCorpus.read(tmp.resolve("brat"));
        assertEquals(List.of(), back.problems());
        assertEquals(docs, back.documents());
    }

    /** The seed gold survives v1 → brat → v1 unchanged. */
    @Test
    void seedGoldRoundTrips() {
        ArticleTexts texts = new ArticleTexts(Path.of("seeds"));
        List<EventDocument> gold = EventJson.readGoldDir(Path.of("gold-annotations"));
        assertEquals(5, gold.size());
        for (EventDocument doc : gold) {
            String article = texts.read(doc.docId()).orElseThrow();
            BratWriter.Output out = BratWriter.write(doc, article);
            BratReader.Result back = BratReader.read(Path.of(doc.docId() + ".ann"), out.ann(), article, doc.docId());
            assertEquals(List.of(), back.problems(), doc.docId());
            assertEquals(doc, back.document(), doc.docId());
        }
    }

    /** Every dev gold document: the records read from the original and from the round-tripped file are equal. */
    @Test
    void allDevGoldRoundTrips() {
        int checked = 0;
        for (String corpus : List.of("gvdb-dev", "muc4-dev")) {
            Path dir = BratFixtures.shared().resolve("dev-corpora").resolve(corpus);
            Assumptions.assumeTrue(Files.isDirectory(dir.resolve("gold")), "dev corpora not present at " + dir);
            ArticleTexts texts = new ArticleTexts(dir.resolve("texts"));
            List<String> failed = new ArrayList<>();
            for (EventDocument doc : EventJson.readGoldDir(dir.resolve("gold"))) {
                String article = texts.read(doc.docId()).orElseThrow();
                BratWriter.Output out = BratWriter.write(doc, article);
                assertEquals(List.of(), out.keptInNotes(), doc.docId() + ": every dev gold text is in its article");
                BratReader.Result back = BratReader.read(Path.of(doc.docId() + ".ann"), out.ann(), article, doc.docId());
                if (!doc.equals(back.document())) failed.add(doc.docId() + " " + back.problems());
                checked++;
            }
            assertEquals(List.of(), failed, corpus);
        }
        assertEquals(600, checked);
    }

    @Test
    void annotationConfDeclaresEveryNameTheWriterUses() throws Exception {
        String conf = BratSchema.annotationConf();
        String ann = BratWriter.write(EventJson.readFile(GOLD.resolve("mosul.json")),
                Files.readString(TEXTS.resolve("mosul.txt"))).ann();
        for (String line : ann.lines().toList()) {
            String name = line.split("\t")[1].split("[ :]")[0];
            if (!name.equals(BratSchema.NOTES)) assertTrue(conf.contains(name), name);
        }
        assertNotNull(conf);
    }
}

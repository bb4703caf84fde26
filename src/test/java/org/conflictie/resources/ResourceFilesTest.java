package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data files themselves: headers, loading from a user's directory, load time. */
class ResourceFilesTest {
    private static final List<String> FILES = List.of("geo/countries.tsv", "geo/admin1.tsv", "geo/admin2.tsv", "geo/cities.tsv",
            "geo/demonyms.tsv", "geo/admin1-aliases.tsv", "geo/regions.tsv", "geo/place-aliases.tsv",
            "lexicon/common-words.txt", "lexicon/common-words-extra.txt", "lexicon/first-names.txt",
            "actors/aliases.tsv", "actors/head-nouns.tsv", "actors/state-forces.tsv", "actors/civilian-terms.tsv");

    @Test
    void everyDataFileOpensWithAHeaderSayingWhereItComesFrom() throws IOException {
        for (String f : FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("models/" + f)) {
                assertTrue(in != null, f);
                String head = new String(in.readNBytes(4000), StandardCharsets.UTF_8);
                assertTrue(head.startsWith("# "), f);
                assertTrue(head.contains("Source") || head.contains("source"), f + " names no source");
            }
        }
    }

    @Test
    void loadsEditedCopiesFromADirectory(@TempDir Path dir) throws IOException {
        for (String f : FILES) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("models/" + f)) {
                Files.copy(in, p);
            }
        }
        // a user adds a spelling of a division and an actor alias
        Files.writeString(dir.resolve("geo/admin1-aliases.tsv"), "IQ.15\tNinevah Plainsland\talias\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("actors/aliases.tsv"), "ISIS\tthe Organisation\tnon_state_armed_group\t\n",
                java.nio.file.StandardOpenOption.APPEND);
        Gazetteer g = Gazetteer.load(dir);
        assertEquals("Nineveh", g.best("Ninevah Plainsland").orElseThrow().entry().name());
        ActorAliases a = ActorAliases.load(dir, g);
        assertEquals("ISIS", a.canonical("the Organisation").orElseThrow().name());
        assertTrue(Gazetteer.defaultInstance().best("Ninevah Plainsland").isEmpty());
    }

    @Test
    void aTypoInAHandMadeTableFailsLoudly(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("geo"));
        Files.createDirectories(dir.resolve("lexicon"));
        for (String f : FILES) {
            if (!f.startsWith("geo/") && !f.startsWith("lexicon/")) continue;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("models/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        Files.writeString(dir.resolve("geo/admin1-aliases.tsv"), "IQ.99\tNowhere\talias\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThrows(IllegalStateException.class, () -> Gazetteer.load(dir));
    }

    @Test
    void loadTime() {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load(DataFiles.classpath());
        long t1 = System.nanoTime();
        ActorAliases.load(DataFiles.classpath(), g);
        CivilianTerms.load(DataFiles.classpath());
        long t2 = System.nanoTime();
        System.out.printf("resources: gazetteer %s loaded in %d ms, actors and civilian terms in %d ms%n",
                g.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        // generous bound: a shared 2-core machine; typical figures are in the class comment of Gazetteer
        assertTrue((t1 - t0) / 1_000_000 < 15_000);
    }
}

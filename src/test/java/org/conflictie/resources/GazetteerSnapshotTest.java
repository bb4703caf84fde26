package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer saved and read back: same answers, never a stale or damaged snapshot. */
class GazetteerSnapshotTest {
    private static final Gazetteer BUILT = Gazetteer.defaultInstance();
    /** Mentions that reach every index: names, aliases, divisions, variants, fuzzy, abbreviations, acronyms. */
    private static final List<String> MENTIONS = List.of("Mosul", "Kirkuk", "Kirkuk province", "Makhmur", "Qaracogh",
            "Kikruk", "Calif.", "N.Y.", "US", "us", "the United States", "northern Iraq", "Al-Anbar", "Harris County",
            "Los Angeles", "Wilmington", "Kurdistan Region", "San Salvador", "Aurora", "March", "Deir ez-Zor");

    @Test
    void encodingTheDecodedTablesGivesTheSameBytes() {
        byte[] bytes = GazetteerSnapshot.encode(BUILT.tables(), "fingerprint");
        GazetteerTables decoded = GazetteerSnapshot.decode(bytes, "fingerprint");
        assertArrayEquals(bytes, GazetteerSnapshot.encode(decoded, "fingerprint"));
        assertEquals(BUILT.tables().entries().size(), decoded.entries().size());
    }

    @Test
    void aGazetteerReadFromItsSnapshotAnswersAsTheBuiltOne(@TempDir Path dir) {
        Gazetteer first = Gazetteer.load(DataFiles.classpath(), dir); // builds and saves
        assertEquals(1, snapshots(dir).size());
        String fingerprint = GazetteerSnapshot.fingerprint(DataFiles.classpath(), Gazetteer.SOURCE_FILES);
        assertTrue(GazetteerSnapshot.read(dir, fingerprint).isPresent());
        Gazetteer read = Gazetteer.load(DataFiles.classpath(), dir);
        assertSameAnswers(BUILT, first);
        assertSameAnswers(BUILT, read);
    }

    @Test
    void aDamagedSnapshotIsDeletedAndRebuilt(@TempDir Path dir) throws IOException {
        Gazetteer.load(DataFiles.classpath(), dir);
        Path file = snapshots(dir).get(0);
        byte[] good = Files.readAllBytes(file);
        String fingerprint = GazetteerSnapshot.fingerprint(DataFiles.classpath(), Gazetteer.SOURCE_FILES);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10; // one bit in the middle of the tables
        Files.write(file, flipped);
        assertTrue(GazetteerSnapshot.read(dir, fingerprint).isEmpty(), "a corrupt snapshot is not used");
        assertTrue(Files.notExists(file), "and is deleted");

        Files.write(file, java.util.Arrays.copyOf(good, good.length / 3)); // an interrupted copy
        assertSameAnswers(BUILT, Gazetteer.load(DataFiles.classpath(), dir));
        assertArrayEquals(good, Files.readAllBytes(file), "rebuilt and saved again");
    }

    @Test
    void aSnapshotOfOtherTablesIsRefused() {
        byte[] bytes = GazetteerSnapshot.encode(BUILT.tables(), "made from these files");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GazetteerSnapshot.decode(bytes, "made from edited files"));
        assertTrue(e.getMessage().contains("other files"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GazetteerSnapshot.decode(new byte[10], "x"));
    }

    @Test
    void theSameFilesInAFolderShareTheSnapshotAndAnEditMakesAnother(@TempDir Path dir) throws IOException {
        copySources(dir);
        String packaged = GazetteerSnapshot.fingerprint(DataFiles.classpath(), Gazetteer.SOURCE_FILES);
        assertEquals(packaged, GazetteerSnapshot.fingerprint(DataFiles.directory(dir), Gazetteer.SOURCE_FILES));
        Files.writeString(dir.resolve("geo/place-aliases.tsv"), "# an edit\n", java.nio.file.StandardOpenOption.APPEND);
        String edited = GazetteerSnapshot.fingerprint(DataFiles.directory(dir), Gazetteer.SOURCE_FILES);
        assertNotEquals(packaged, edited);
        assertNotEquals(GazetteerSnapshot.file(dir, packaged), GazetteerSnapshot.file(dir, edited));
    }

    /** If the builder read a file the fingerprint does not list, a folder without it would build other tables. */
    @Test
    void theFingerprintCoversEveryFileTheGazetteerIsBuiltFrom(@TempDir Path dir) throws IOException {
        copySources(dir);
        Gazetteer onlySources = Gazetteer.load(DataFiles.directory(dir));
        assertArrayEquals(GazetteerSnapshot.encode(BUILT.tables(), "x"), GazetteerSnapshot.encode(onlySources.tables(), "x"));
    }

    @Test
    void keepsTheThreeNewestSnapshots(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 4; i++) {
            Path old = dir.resolve("gazetteer-0000000" + i + ".bin");
            Files.writeString(old, "an old snapshot");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a snapshot");
        Gazetteer.load(DataFiles.classpath(), dir);
        List<String> left = new ArrayList<>();
        for (Path p : snapshots(dir)) left.add(p.getFileName().toString());
        assertEquals(3, left.size(), left.toString());
        assertTrue(left.contains("gazetteer-00000003.bin") && left.contains("gazetteer-00000002.bin"), left.toString());
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    private static void assertSameAnswers(Gazetteer expected, Gazetteer actual) {
        for (String m : MENTIONS) {
            assertEquals(expected.lookup(m).toString(), actual.lookup(m).toString(), m);
            assertEquals(expected.best(m), actual.best(m), m);
        }
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.countriesOfDemonym("Congolese"), actual.countriesOfDemonym("Congolese"));
        assertEquals(expected.demonymOf("IQ"), actual.demonymOf("IQ"));
        assertEquals(expected.admin1("IQ.15"), actual.admin1("IQ.15"));
        assertTrue(actual.contains("Iraq", "Mosul") && actual.contains("Nineveh", "Mosul"));
        assertEquals(expected.contextOf(List.of("Iraqi", "Mosul", "Erbil")), actual.contextOf(List.of("Iraqi", "Mosul", "Erbil")));
    }

    private static List<Path> snapshots(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void copySources(Path dir) throws IOException {
        for (String f : Gazetteer.SOURCE_FILES) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("models/" + f)) {
                if (in != null) Files.copy(in, p);
            }
        }
    }
}

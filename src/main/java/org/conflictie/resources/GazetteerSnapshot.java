package org.conflictie.resources;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built gazetteer tables saved as one binary file, so that a later run reads a few arrays
 * instead of parsing and indexing 6 MB of tables (about 0.02 s instead of 0.6 s of a 2 s warm re-run,
 * and far less heap to collect).
 *
 * <p>A snapshot is named by a fingerprint of everything the tables are built from: the length and
 * CRC-32 of every source data file, and of the class files of the code that builds and reads them.
 * An edited table or changed builder therefore looks for another file and builds afresh; a snapshot
 * that is truncated, corrupt (its trailing checksum), of another format version or for another
 * fingerprint is reported, deleted and rebuilt, never used.
 */
public final class GazetteerSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerSnapshot.class);
    private static final byte[] MAGIC = "conflict-ie gazetteer snapshot\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int KEPT = 3;
    /** The code the tables depend on: a changed class is a changed builder. */
    private static final List<Class<?>> BUILDER_CLASSES = List.of(Gazetteer.class, GazetteerTables.class,
            GazetteerSnapshot.class, GeoEntryTable.class, GeoEntry.class, PackedStrings.class, PostingIndex.class,
            Text.class, EnglishWords.class, DataFiles.class);

    private GazetteerSnapshot() {
    }

    /**
     * The fingerprint of the tables built from {@code files} by this code: one line per source and
     * class file with its length and CRC-32. It is kept whole in the snapshot's header and compared
     * there, so two fingerprints that share a file name (a CRC of the lines) never share a snapshot.
     */
    static String fingerprint(DataFiles files, List<String> sources) {
        StringBuilder b = new StringBuilder("format ").append(FORMAT).append('\n');
        for (String s : sources) b.append(s).append('=').append(files.digest(s)).append('\n');
        try {
            for (Class<?> c : BUILDER_CLASSES) {
                String resource = c.getName().replace('.', '/') + ".class";
                b.append(resource).append('=').append(DataFiles.digest(c.getClassLoader().getResource(resource))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer's class files", e);
        }
        return b.toString();
    }

    /** Where the snapshot of a fingerprint lives in a snapshot folder. */
    static Path file(Path dir, String fingerprint) {
        CRC32 crc = new CRC32();
        crc.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        return dir.resolve(String.format("gazetteer-%08x.bin", crc.getValue()));
    }

    /** The tables saved under this fingerprint, or empty when there are none or they are unusable (then deleted). */
    static Optional<GazetteerTables> read(Path dir, String fingerprint) {
        Path file = file(dir, fingerprint);
        // Mapped, not read: the tables are copied once, from the page cache into their arrays.
        ByteBuffer bytes;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            bytes = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, ch.size());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read gazetteer snapshot {} ({}); building the gazetteer from its tables", file, e.toString());
            return Optional.empty();
        }
        try {
            return Optional.of(decode(bytes, fingerprint));
        } catch (IllegalArgumentException | IllegalStateException | BufferUnderflowException | IndexOutOfBoundsException e) {
            LOG.warn("gazetteer snapshot {} is unusable ({}); rebuilding it", file, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a read-only folder keeps it; the tables are built either way
            }
            return Optional.empty();
        }
    }

    /** Saves the tables under their fingerprint (written aside and renamed, so readers never see half a file). */
    static void write(Path dir, String fingerprint, GazetteerTables tables) {
        Path file = file(dir, fingerprint);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "gazetteer-", ".part");
            try {
                Files.write(tmp, encode(tables, fingerprint));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune(dir, file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write gazetteer snapshot {}: {}", file, e.toString());
        }
    }

    /**
     * Keeps the {@value #KEPT} newest snapshots: each edit of a table or build of the code makes a
     * new one (26 MB), and a few cover switching between model folders.
     */
    private static void prune(Path dir, Path keep) throws IOException {
        List<Path> all;
        try (var files = Files.list(dir)) {
            all = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("gazetteer-[0-9a-f]+\\.bin"))
                    .filter(p -> !p.equals(keep)).toList());
        }
        all.sort(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        for (Path old : all.subList(Math.min(all.size(), KEPT - 1), all.size())) Files.deleteIfExists(old);
    }

    static byte[] encode(GazetteerTables t, String fingerprint) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, fingerprint);
            GeoEntryTable e = t.entries();
            writeStrings(out, e.pool);
            writeBytes(out, e.kind);
            out.writeInt(e.population.length);
            for (long v : e.population) out.writeLong(v);
            for (int[] column : new int[][]{e.id, e.name, e.country, e.admin1Code, e.admin1, e.admin2Code, e.featureCode,
                    e.codeStarts, e.codes}) {
                writeInts(out, column);
            }
            out.writeInt(t.weight().length);
            for (double v : t.weight()) out.writeDouble(v);
            writeBooleans(out, t.fuzzyTarget());
            writeStrings(out, t.forms());
            writeInts(out, t.formEntry());
            writeBytes(out, t.formSource());
            writeBooleans(out, t.formAcronym());
            writeIndex(out, t.byKey());
            writeIndex(out, t.bySkeleton());
            // small maps, sorted so that the same tables give the same bytes
            Map<String, int[]> abbreviations = new TreeMap<>(t.abbreviations());
            out.writeInt(abbreviations.size());
            for (var en : abbreviations.entrySet()) {
                writeString(out, en.getKey());
                writeInts(out, en.getValue());
            }
            for (Map<String, Integer> m : List.of(t.countryIndex(), t.admin1Index())) {
                out.writeInt(m.size());
                for (var en : new TreeMap<>(m).entrySet()) {
                    writeString(out, en.getKey());
                    out.writeInt(en.getValue());
                }
            }
            out.writeInt(t.demonyms().size());
            for (var en : new TreeMap<>(t.demonyms()).entrySet()) {
                writeString(out, en.getKey());
                out.writeInt(en.getValue().size());
                for (String c : en.getValue()) writeString(out, c);
            }
            out.writeInt(t.demonymOfCountry().size());
            for (var en : new TreeMap<>(t.demonymOfCountry()).entrySet()) {
                writeString(out, en.getKey());
                writeString(out, en.getValue());
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    static GazetteerTables decode(byte[] bytes, String fingerprint) {
        return decode(ByteBuffer.wrap(bytes), fingerprint);
    }

    static GazetteerTables decode(ByteBuffer in, String fingerprint) {
        int size = in.remaining();
        if (size < MAGIC.length + 12) throw new IllegalArgumentException("too short (" + size + " bytes)");
        CRC32 crc = new CRC32();
        crc.update(in.duplicate().limit(size - 8));
        if (in.getLong(size - 8) != crc.getValue()) throw new IllegalArgumentException("checksum mismatch");
        in.limit(size - 8);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) throw new IllegalArgumentException("not a gazetteer snapshot");
        int format = in.getInt();
        if (format != FORMAT) throw new IllegalArgumentException("format " + format + ", expected " + FORMAT);
        String found = readString(in);
        if (!found.equals(fingerprint)) throw new IllegalArgumentException("made from other files or code");
        PackedStrings pool = readStrings(in);
        byte[] kind = readBytes(in);
        long[] population = new long[length(in, 8)];
        in.asLongBuffer().get(population);
        in.position(in.position() + population.length * 8);
        int[][] c = new int[9][];
        for (int i = 0; i < c.length; i++) c[i] = readInts(in);
        GeoEntryTable entries = new GeoEntryTable(pool, kind, population, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
        double[] weight = new double[length(in, 8)];
        in.asDoubleBuffer().get(weight);
        in.position(in.position() + weight.length * 8);
        boolean[] fuzzyTarget = readBooleans(in);
        PackedStrings forms = readStrings(in);
        int[] formEntry = readInts(in);
        byte[] formSource = readBytes(in);
        boolean[] formAcronym = readBooleans(in);
        PostingIndex byKey = readIndex(in);
        PostingIndex bySkeleton = readIndex(in);
        Map<String, int[]> abbreviations = new HashMap<>();
        for (int i = in.getInt(); i > 0; i--) abbreviations.put(readString(in), readInts(in));
        List<Map<String, Integer>> indexes = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = in.getInt(); i > 0; i--) m.put(readString(in), in.getInt());
            indexes.add(m);
        }
        Map<String, List<String>> demonyms = new HashMap<>();
        for (int i = in.getInt(); i > 0; i--) {
            String key = readString(in);
            List<String> countries = new ArrayList<>();
            for (int j = in.getInt(); j > 0; j--) countries.add(readString(in));
            demonyms.put(key, List.copyOf(countries));
        }
        Map<String, String> demonymOfCountry = new HashMap<>();
        for (int i = in.getInt(); i > 0; i--) demonymOfCountry.put(readString(in), readString(in));
        if (in.hasRemaining()) throw new IllegalArgumentException(in.remaining() + " bytes after the tables");
        return new GazetteerTables(entries, weight, fuzzyTarget, forms, formEntry, formSource, formAcronym, byKey,
                bySkeleton, Map.copyOf(abbreviations), Map.copyOf(indexes.get(0)), Map.copyOf(indexes.get(1)),
                Map.copyOf(demonyms), Map.copyOf(demonymOfCountry));
    }

    // ------------------------------------------------------------------------------------------

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(ByteBuffer in) {
        byte[] b = new byte[length(in, 1)];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    private static int[] readInts(ByteBuffer in) {
        int[] a = new int[length(in, 4)];
        in.asIntBuffer().get(a);
        in.position(in.position() + a.length * 4);
        return a;
    }

    private static void writeBytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] readBytes(ByteBuffer in) {
        byte[] a = new byte[length(in, 1)];
        in.get(a);
        return a;
    }

    private static void writeBooleans(DataOutputStream out, boolean[] a) throws IOException {
        byte[] b = new byte[a.length];
        for (int i = 0; i < a.length; i++) b[i] = (byte) (a[i] ? 1 : 0);
        writeBytes(out, b);
    }

    private static boolean[] readBooleans(ByteBuffer in) {
        byte[] b = readBytes(in);
        boolean[] a = new boolean[b.length];
        for (int i = 0; i < b.length; i++) a[i] = b[i] != 0;
        return a;
    }

    private static void writeStrings(DataOutputStream out, PackedStrings s) throws IOException {
        writeBytes(out, s.bytes);
        writeInts(out, s.offsets);
    }

    private static PackedStrings readStrings(ByteBuffer in) {
        return new PackedStrings(readBytes(in), readInts(in));
    }

    private static void writeIndex(DataOutputStream out, PostingIndex index) throws IOException {
        writeStrings(out, index.keys);
        writeInts(out, index.starts);
        writeInts(out, index.postings);
    }

    private static PostingIndex readIndex(ByteBuffer in) {
        return new PostingIndex(readStrings(in), readInts(in), readInts(in));
    }

    /** A length prefix, checked against what is left so a corrupt one fails here and not as an OutOfMemoryError. */
    private static int length(ByteBuffer in, int unit) {
        int n = in.getInt();
        if (n < 0 || (long) n * unit > in.remaining()) throw new IllegalArgumentException("bad length " + n + " at byte " + in.position());
        return n;
    }
}

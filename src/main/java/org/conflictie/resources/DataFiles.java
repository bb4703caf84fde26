package org.conflictie.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the data files of {@code models/} are read from: the classpath (they are packaged into the
 * jar under {@code models/...}) or a directory that replaces it, so a user can edit a copy of the
 * files and run an experiment without rebuilding.
 *
 * <p>All files are UTF-8 text. Lines starting with {@code #} are comments (every file opens with a
 * header saying what it is and where it comes from) and blank lines are skipped.
 */
public final class DataFiles {
    private final Path dir;

    private DataFiles(Path dir) {
        this.dir = dir;
    }

    /** The files packaged at classpath path {@code models/}. */
    public static DataFiles classpath() {
        return new DataFiles(null);
    }

    /** The files under {@code dir}, laid out as {@code models/} is ({@code dir/geo/cities.tsv}, ...). */
    public static DataFiles directory(Path dir) {
        return new DataFiles(dir);
    }

    /**
     * Content lines of {@code relative} (e.g. {@code "geo/cities.tsv"}), split at tabs; a missing file
     * fails. Rows may be shorter than the file's column list: read them with {@link #col}.
     */
    public List<String[]> tsv(String relative) {
        return optionalTsv(relative).orElseThrow(() -> new UncheckedIOException(
                new IOException("data file not found: " + describe(relative))));
    }

    /** As {@link #tsv}, but an absent file gives empty (for optional, user-added tables). */
    public Optional<List<String[]>> optionalTsv(String relative) {
        return optionalLines(relative).map(lines -> {
            List<String[]> rows = new ArrayList<>(lines.size());
            for (String l : lines) rows.add(l.split("\t", -1));
            return rows;
        });
    }

    /** Content lines (comments and blank lines dropped). */
    public List<String> lines(String relative) {
        return optionalLines(relative).orElseThrow(() -> new UncheckedIOException(
                new IOException("data file not found: " + describe(relative))));
    }

    /** Column {@code i} of a row, or "" when the row is shorter (trailing empty columns may be left off). */
    public static String col(String[] row, int i) {
        return i < row.length ? row[i].strip() : "";
    }

    private Optional<List<String>> optionalLines(String relative) {
        try (InputStream in = open(relative)) {
            if (in == null) return Optional.empty();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                // only a carriage return goes: trailing tabs are empty columns
                out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(relative), e);
        }
    }

    private InputStream open(String relative) throws IOException {
        if (dir != null) {
            Path p = dir.resolve(relative);
            return Files.exists(p) ? Files.newInputStream(p) : null;
        }
        return DataFiles.class.getClassLoader().getResourceAsStream("models/" + relative);
    }

    /**
     * A cheap identity of a file's content: its length and CRC-32, or "absent". Inside a jar both are
     * read from the jar's directory rather than by inflating the file, so identifying the gazetteer's
     * 6 MB of tables costs a few milliseconds.
     */
    public String digest(String relative) {
        try {
            if (dir != null) {
                Path p = dir.resolve(relative);
                return Files.exists(p) ? digest(Files.readAllBytes(p)) : "absent";
            }
            return digest(DataFiles.class.getClassLoader().getResource("models/" + relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(relative), e);
        }
    }

    /** {@link #digest(String)} of a classpath resource (a data file or a class file). */
    static String digest(java.net.URL resource) throws IOException {
        if (resource == null) return "absent";
        String url = resource.toString();
        int bang = url.indexOf("!/");
        if (url.startsWith("jar:file:") && bang > 0) {
            // straight from the jar's directory: the class loader keeps the jar open, so this is cheap,
            // and JarURLConnection costs 20 ms to set up on a fresh JVM
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
                    new java.io.File(java.net.URI.create(url.substring(4, bang))))) {
                java.util.zip.ZipEntry e = zip.getEntry(url.substring(bang + 2));
                if (e != null && e.getCrc() >= 0 && e.getSize() >= 0) return e.getSize() + ":" + Long.toHexString(e.getCrc());
            }
        }
        try (InputStream in = resource.openStream()) {
            return digest(in.readAllBytes());
        }
    }

    private static String digest(byte[] content) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        return content.length + ":" + Long.toHexString(crc.getValue());
    }

    private String describe(String relative) {
        return dir != null ? dir.resolve(relative).toString() : "classpath:models/" + relative;
    }

    @Override
    public String toString() {
        return dir != null ? dir.toString() : "classpath:models/";
    }
}

package org.conflictie.lexicon;

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

/**
 * Where the data files under {@code models/} are read from: a folder on disk (a user editing rules
 * for an experiment) or, by default, the copy bundled on the classpath.
 *
 * @param dir the {@code models} folder, or null for the bundled copy
 */
public record ModelFiles(Path dir) {

    public static ModelFiles bundled() {
        return new ModelFiles(null);
    }

    /** One row of a TSV data file, with its line number for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int i) {
            if (i >= cells.size()) {
                throw new IllegalArgumentException(file + ":" + line + ": expected at least " + (i + 1)
                        + " tab-separated columns, found " + cells.size());
            }
            return cells.get(i);
        }
    }

    /** The rows of {@code relative} (e.g. {@code triggers/attack-triggers.tsv}), comments and blank lines skipped. */
    public List<Row> rows(String relative) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = open(relative)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(new Row(relative, n, List.of(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + relative, e);
        }
        return rows;
    }

    /** The raw bytes' location, for hashing into run manifests. */
    public String describe(String relative) {
        return dir == null ? "classpath:models/" + relative : dir.resolve(relative).toString();
    }

    private BufferedReader open(String relative) throws IOException {
        if (dir != null) {
            return Files.newBufferedReader(dir.resolve(relative), StandardCharsets.UTF_8);
        }
        InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream("models/" + relative);
        if (in == null) throw new IOException("no bundled model file models/" + relative);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}

package org.conflictie.run;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conflictie.lexicon.ModelFiles;

/** SHA-256 fingerprints of what a run read: texts, input files, every file of the models folder. */
public final class Fingerprints {
    private Fingerprints() {}

    public static String sha256(String text) {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }

    public static String sha256(Path file) {
        try {
            return Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to fingerprint it", e);
        }
    }

    /**
     * Every file under the models folder (rules, lexicons, gazetteers, pipeline properties) by its
     * path below that folder, with its SHA-256: the folder on disk given with {@code --models}, or
     * the copy bundled in the jar (or in {@code target/classes} when run from a build tree).
     */
    public static Map<String, String> modelFiles(ModelFiles models) {
        if (models.dir() != null) return tree(models.dir());
        URL url = ModelFiles.class.getClassLoader().getResource("models/pipeline/corenlp.properties");
        if (url == null) throw new IllegalStateException("no bundled models/ on the classpath");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return tree(jar.getPath("/models"));
                }
            }
            return tree(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled models at " + url + ": " + e, e);
        }
    }

    private static Map<String, String> tree(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> out.put(root.relativize(f).toString().replace('\\', '/'), sha256(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the models folder " + root, e);
        }
        return out;
    }
}

package org.conflictie.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Loads a properties file from a path, or a bundled one from the classpath. */
final class PropertiesFiles {
    private PropertiesFiles() {}

    static Properties load(Path file, String bundledResource) {
        Properties p = new Properties();
        try {
            if (file != null) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = PropertiesFiles.class.getClassLoader().getResourceAsStream(bundledResource)) {
                    if (in == null) throw new IllegalStateException("missing bundled resource " + bundledResource);
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP properties " + (file != null ? file : bundledResource), e);
        }
        return p;
    }
}

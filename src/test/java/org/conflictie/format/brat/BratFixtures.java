package org.conflictie.format.brat;

import java.net.URISyntaxException;
import java.nio.file.Path;

final class BratFixtures {
    private BratFixtures() {}

    static final Path ROOT = dir("/org/conflictie/format/brat");

    static Path dir(String resource) {
        try {
            return Path.of(BratFixtures.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared folder (dev corpora): system property {@code conflictie.shared}, default {@code ../shared}. */
    static Path shared() {
        return Path.of(System.getProperty("conflictie.shared", "../shared"));
    }
}

package org.conflictie.format.validate;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixture locations. */
final class Fixtures {
    private Fixtures() {}

    /** A folder of test resources, as a file system path. */
    static Path dir(String resource) {
        try {
            return Path.of(Fixtures.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared folder (dev corpora, spec): system property {@code conflictie.shared}, default {@code ../shared}. */
    static Path shared() {
        return Path.of(System.getProperty("conflictie.shared", "../shared"));
    }

    /** CI always has the shared folder beside the clone: there a missing corpus is a failure, not a skip. */
    static void requireInCi(Path dir) {
        if ("true".equals(System.getenv("CI")) && !java.nio.file.Files.isDirectory(dir)) {
            throw new AssertionError("CI=true but " + dir + " is missing; set -Dconflictie.shared");
        }
    }
}

package org.conflictie.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of a run folder ({@code ie extract INPUT --run-dir runs/NAME}): the predictions, the
 * errors file when documents failed, {@code manifest.json}, and with gold {@code scores.json} and
 * {@code scores.txt}.
 */
public final class RunFolder {
    private RunFolder() {}

    public static final String PREDICTIONS = "predictions.jsonl";
    /** Where {@link org.conflictie.api.BatchRunner} puts failed documents next to the predictions. */
    public static final String ERRORS = PREDICTIONS + ".errors.jsonl";
    public static final String SCORES_JSON = "scores.json";
    public static final String SCORES_TEXT = "scores.txt";
    /** The files a run writes; {@code --force} replaces these and leaves anything else (notes) alone. */
    static final List<String> RUN_FILES = List.of(PREDICTIONS, ERRORS, RunManifest.FILE, SCORES_JSON, SCORES_TEXT);

    /** Thrown when a run folder cannot be used as asked (exists and is not empty, is a file). */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** A folder is a run when it holds a manifest (readable or not). */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RunManifest.FILE));
    }

    public static Path manifest(Path dir) {
        return dir.resolve(RunManifest.FILE);
    }

    public static Path predictions(Path dir) {
        return dir.resolve(PREDICTIONS);
    }

    /** A path naming a run: a run folder stands for its predictions, anything else is itself. */
    public static Path predictionsOf(Path fileOrRun) {
        return Files.isDirectory(fileOrRun) && Files.isRegularFile(predictions(fileOrRun)) ? predictions(fileOrRun) : fileOrRun;
    }

    /**
     * Makes {@code dir} ready for a new run: creates it, or with {@code force} removes the files of an
     * earlier run in it (so no stale scores survive a run without gold).
     *
     * @throws RefusedException when it exists, is not empty and {@code force} is false, or is a file
     */
    public static void prepare(Path dir, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new RefusedException(dir + " exists and is not a folder");
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            if (!force) {
                throw new RefusedException(dir + " is not empty; choose a new run folder or add --force to replace the run in it");
            }
            for (String f : RUN_FILES) Files.deleteIfExists(dir.resolve(f));
        }
        Files.createDirectories(dir);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * The gold folder both runs were scored against, for comparing them without naming it again.
     *
     * @throws IllegalArgumentException saying why there is none (not run folders, not scored, different gold)
     * @throws org.conflictie.format.FormatException when a manifest cannot be read
     */
    public static Path sharedGold(Path runA, Path runB) {
        Path a = recordedGold(runA), b = recordedGold(runB);
        if (!a.equals(b)) {
            throw new IllegalArgumentException("the runs were scored against different gold folders (" + a + ", " + b
                    + "); give --gold GOLD_DIR");
        }
        return a;
    }

    private static Path recordedGold(Path run) {
        if (!Files.isDirectory(run) || !isRun(run)) {
            throw new IllegalArgumentException(run + " is not a run folder, so it records no gold; give --gold GOLD_DIR");
        }
        RunManifest m = RunManifest.read(manifest(run));
        if (m.gold() == null || m.gold().dir() == null) {
            throw new IllegalArgumentException(run + " was not scored (no --gold when extracted); give --gold GOLD_DIR");
        }
        return Path.of(m.gold().dir());
    }
}

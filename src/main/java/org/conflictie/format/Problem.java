package org.conflictie.format;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with an input file, precise enough to fix it without reading our code.
 *
 * <p>Printed as {@code file[:line]: [path: ]message}, for example
 * {@code gold/x.json: events[2].casualties[0].count: expected a whole number or null, found "two"}.
 *
 * @param file    the file as the user named it (a gold file, a predictions file, a {@code .ann} file, an article)
 * @param line    1-based line in {@code file}: the line of a predictions document, of a brat annotation, or
 *                of a JSON syntax error; null when the problem belongs to the whole file
 * @param path    where in the document: a JSON path such as {@code events[2].casualties[0].count}, or a brat
 *                annotation id such as {@code T3}; empty when the problem is about the file as a whole
 * @param message what was expected and what was found
 */
public record Problem(Path file, Integer line, String path, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}

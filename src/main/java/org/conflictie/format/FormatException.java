package org.conflictie.format;

import java.nio.file.Path;

/**
 * A file that does not follow format v1. The message names the file, the line (for JSONL) or the
 * JSON path, and what was expected, so a user can fix the input without reading our code.
 */
public class FormatException extends RuntimeException {
    private final Path file;

    public FormatException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public FormatException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}

package org.conflictie.format;

import java.nio.file.Path;

/**
 * A file that does not follow format v1. The message names the file, the line (for JSONL) or the
 * JSON path, and what was expected, so a user can fix the input without reading our code.
 */
public class FormatException extends RuntimeException {
    private final Path file;
    private final String detail;

    public FormatException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.detail = message;
    }

    public FormatException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }

    /** The message without the file name in front, for callers that print the file separately. */
    public String detail() {
        return detail;
    }
}

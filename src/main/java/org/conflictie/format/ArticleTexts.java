package org.conflictie.format;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder of article texts, one {@code <doc_id>.txt} per article, UTF-8.
 *
 * <p>Texts are returned exactly as stored (no newline or BOM normalisation), because {@code start}/{@code end}
 * offsets in format v1 are UTF-16 code-unit indices into this exact string ({@code text.substring(start, end)}).
 */
public final class ArticleTexts {
    private final Path dir;

    public ArticleTexts(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The file that holds the article of {@code docId}, whether or not it exists. */
    public Path fileFor(String docId) {
        return dir.resolve(docId + ".txt");
    }

    /**
     * The article of {@code docId}, or empty when the folder has no such file.
     *
     * @throws FormatException when the file exists but cannot be read or is not valid UTF-8
     */
    public Optional<String> read(String docId) {
        Path file = fileFor(docId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(readUtf8(file));
    }

    /** Reads a whole file as strict UTF-8: a malformed byte is an error, not a silent replacement character. */
    public static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new FormatException(file, "not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new FormatException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}

package org.conflictie.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads extraction input: a folder of {@code <doc_id>.txt} articles (sorted by name) or a JSONL
 * file of {@code {"doc_id", "text", "document_date"?}} objects (in file order).
 *
 * <p>Documents are read lazily, one at a time as {@link Documents} is iterated, so a 50,000-article
 * input costs the memory of its file names (folder) or of one line (JSONL), not of its texts.
 *
 * <p>A bad item does not stop the others: it is handed to the problem consumer, while iterating and
 * before the next good document, with the file, line and what was expected, and skipped. Bad items
 * are: unreadable files, empty or whitespace-only texts, binary data (NUL bytes, image/archive
 * signatures, mostly control characters), invalid UTF-8 (rejected, not repaired: a wrong byte
 * usually means a wrong encoding, and guessing it would silently shift every offset), texts over
 * the size limit, broken JSON lines, missing or mistyped fields and repeated doc_ids. HTML markup
 * is blanked to spaces of the same length by {@link MarkupText}, so offsets still index the file.
 */
public final class InputReader {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Longest text accepted by default, in characters: about 200 times a long news article. Longer
     * "articles" are nearly always concatenated pages or dumps, and would take CoreNLP minutes.
     */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    /** An input item that could not be read; {@code docId} is null when the item has none (a broken line). */
    public record Problem(String docId, String where, String reason) {}

    private InputReader() {}

    /** All documents of {@code input}, read at once; for small inputs (tests, notebooks). */
    public static List<InputDocument> read(Path input, Consumer<Problem> problems) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Documents d = open(input, DEFAULT_MAX_CHARS, problems)) {
            d.forEachRemaining(docs::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return docs;
    }

    /**
     * The documents of a folder or JSONL file, read as they are iterated. Problems reach
     * {@code problems} from {@link Documents#hasNext()}, in input order.
     *
     * @param maxChars longest text accepted; longer ones are reported as problems
     * @throws IOException when {@code input} does not exist, or is a folder without {@code .txt} files
     */
    public static Documents open(Path input, int maxChars, Consumer<Problem> problems) throws IOException {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        if (Files.isDirectory(input)) return folder(input, maxChars, problems);
        if (!Files.exists(input)) throw new IOException(input + ": no such file or folder");
        if (!Files.isRegularFile(input)) throw new IOException(input + ": not a regular file or folder");
        return jsonl(input, maxChars, problems);
    }

    /** Lazily read documents; close it to release the input file. */
    public static final class Documents implements Iterator<InputDocument>, Closeable {
        private interface Source {
            /** The next good document, or null at the end; reports bad items on the way. */
            InputDocument next() throws IOException;
        }

        private final Source source;
        private final Closeable resource;
        private final ItemCount count;
        private InputDocument next;
        private boolean ended;

        private interface ItemCount {
            long get() throws IOException;
        }

        private Documents(Source source, Closeable resource, ItemCount count) {
            this.source = source;
            this.resource = resource;
            this.count = count;
        }

        /**
         * Input items, good and bad: the {@code .txt} files of a folder, the non-blank lines of a
         * JSONL file (counted in a quick pass of its own, without parsing); for progress reports.
         */
        public long items() throws IOException {
            return count.get();
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                try {
                    next = source.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ended = next == null;
            }
            return next != null;
        }

        @Override
        public InputDocument next() {
            if (!hasNext()) throw new NoSuchElementException();
            InputDocument d = next;
            next = null;
            return d;
        }

        /** The remaining documents as a sequential stream; closing it closes this. */
        public Stream<InputDocument> stream() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                    .onClose(() -> {
                        try {
                            close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }

        @Override
        public void close() throws IOException {
            ended = true;
            next = null;
            if (resource != null) resource.close();
        }
    }

    private static Documents folder(Path dir, int maxChars, Consumer<Problem> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException(dir + ": the folder holds no .txt articles");
        Iterator<Path> paths = files.iterator();
        return new Documents(() -> {
            while (paths.hasNext()) {
                Path f = paths.next();
                String name = f.getFileName().toString();
                String docId = name.substring(0, name.length() - 4);
                String reason = null;
                String text = null;
                try {
                    // 4 bytes per character at most in UTF-8: a bigger file cannot be under the limit.
                    if (Files.isRegularFile(f) && Files.size(f) > 4L * maxChars) {
                        reason = tooLong(Files.size(f) + " bytes", maxChars);
                    } else {
                        byte[] bytes = Files.readAllBytes(f);
                        reason = binaryReason(bytes);
                        if (reason == null) text = decodeUtf8(bytes);
                    }
                } catch (CharacterCodingException e) {
                    reason = "not valid UTF-8 text (re-encode the file as UTF-8)";
                } catch (IOException e) {
                    reason = "cannot read: " + describe(e);
                }
                if (reason == null) reason = textReason(text, maxChars);
                if (reason != null) {
                    problems.accept(new Problem(docId, f.toString(), reason));
                    continue;
                }
                return new InputDocument(docId, MarkupText.blank(text), null);
            }
            return null;
        }, null, files::size);
    }

    private static Documents jsonl(Path file, int maxChars, Consumer<Problem> problems) throws IOException {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read: " + describe(e), e);
        }
        // JSON escapes (\\uXXXX) take up to 6 bytes per character.
        ByteLines lines = new ByteLines(in, 6L * maxChars + 4096);
        Set<String> seen = new HashSet<>();
        return new Documents(() -> {
            byte[] bytes;
            while ((bytes = lines.next()) != null) {
                String where = file + ":" + lines.number();
                if (bytes == ByteLines.TOO_LONG) {
                    problems.accept(new Problem(null, where, tooLong("a line of more than " + lines.limit() + " bytes", maxChars)));
                    continue;
                }
                String line;
                try {
                    line = decodeUtf8(bytes);
                } catch (CharacterCodingException e) {
                    problems.accept(new Problem(docIdOf(bytes), where, "not valid UTF-8 text (re-encode the file as UTF-8)"));
                    continue;
                }
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = EventJson.mapper().readTree(line);
                } catch (IOException e) {
                    problems.accept(new Problem(null, where, "not a JSON object: " + e.getMessage().lines().findFirst().orElse("")));
                    continue;
                }
                String problem = check(node);
                String docId = node != null && node.path("doc_id").isTextual() ? node.get("doc_id").asText() : null;
                if (problem == null) problem = textReason(node.get("text").asText(), maxChars);
                if (problem == null && !seen.add(docId)) problem = "duplicate doc_id \"" + docId + "\" (the first one is kept)";
                if (problem != null) {
                    problems.accept(new Problem(docId, where, problem));
                    continue;
                }
                JsonNode date = node.get("document_date");
                return new InputDocument(docId, MarkupText.blank(node.get("text").asText()),
                        date == null || date.isNull() ? null : date.asText());
            }
            return null;
        }, in, () -> nonBlankLines(file));
    }

    private static long nonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean blank = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int c; (c = in.read()) != -1; ) {
                if (c == '\n') {
                    if (!blank) lines++;
                    blank = true;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    blank = false;
                }
            }
        }
        return blank ? lines : lines + 1;
    }

    /** The doc_id of a line that is not valid UTF-8, read with replacement characters, or null. */
    private static String docIdOf(byte[] line) {
        try {
            JsonNode n = EventJson.mapper().readTree(new String(line, StandardCharsets.UTF_8));
            return n != null && n.path("doc_id").isTextual() ? n.get("doc_id").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String check(JsonNode node) {
        if (node == null || !node.isObject()) return "expected a JSON object {\"doc_id\", \"text\", \"document_date\"?}";
        if (!node.path("doc_id").isTextual() || node.get("doc_id").asText().isBlank()) {
            return "doc_id: expected a non-empty string" + found(node.get("doc_id"));
        }
        if (!node.path("text").isTextual()) return "text: expected a string" + found(node.get("text"));
        JsonNode date = node.get("document_date");
        if (date != null && !date.isNull() && !(date.isTextual() && ISO_DAY.matcher(date.asText()).matches())) {
            return "document_date: expected YYYY-MM-DD or null, found " + date;
        }
        return null;
    }

    private static String found(JsonNode value) {
        if (value == null) return ", the field is missing";
        String s = value.toString();
        return ", found " + (s.length() > 40 ? s.substring(0, 40) + "…" : s);
    }

    /** Why raw file bytes are not an article, judged before decoding; null when they may be text. */
    static String binaryReason(byte[] bytes) {
        String kind = signature(bytes);
        if (kind != null) return "binary: a " + kind + " file, not text";
        int scan = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) return "binary: NUL bytes at byte " + i + ", not text";
        }
        return null;
    }

    private static String signature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
        if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF";
        if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP (or DOCX/XLSX)";
        if (startsWith(b, 0x1F, 0x8B)) return "gzip";
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** Why a decoded text is not an article, or null: empty, binary-looking or too long. */
    static String textReason(String text, int maxChars) {
        if (text.isEmpty()) return "empty: no text";
        if (text.isBlank()) return "empty: only whitespace";
        if (text.length() > maxChars) return tooLong(text.length() + " characters", maxChars);
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return "binary: NUL character at offset " + i + ", not text";
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        // Real text has next to no control characters; a decoded binary blob has many.
        if (control * 10L > text.length()) return "binary: " + control + " control characters in " + text.length() + ", not text";
        return null;
    }

    private static String tooLong(String size, int maxChars) {
        return "too long: " + size + ", over the limit of " + maxChars + " characters (--max-chars)";
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file (a broken link?)";
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Lines as raw bytes, so that one line of bad UTF-8 is reported as that line instead of failing
     * the whole file, and a line over the limit is skipped without being held in memory.
     */
    private static final class ByteLines {
        static final byte[] TOO_LONG = new byte[0];
        private final InputStream in;
        private final long limit;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private int number;

        ByteLines(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        long limit() {
            return limit;
        }

        int number() {
            return number;
        }

        /** The next line without its line break, {@link #TOO_LONG}, or null at the end of the file. */
        byte[] next() throws IOException {
            buf.reset();
            long length = 0;
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (++length <= limit) buf.write(c);
            }
            if (c == -1 && length == 0) return null;
            number++;
            if (length > limit) return TOO_LONG;
            byte[] line = buf.toByteArray();
            if (line.length > 0 && line[line.length - 1] == '\r') return java.util.Arrays.copyOf(line, line.length - 1);
            return line;
        }
    }
}

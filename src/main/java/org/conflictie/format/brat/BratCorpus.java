package org.conflictie.format.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.conflictie.format.ArticleTexts;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.format.Problem;
import org.conflictie.model.EventDocument;

/**
 * Folder-level conversions between format v1 and a brat collection ({@code <doc_id>.txt}, {@code <doc_id>.ann}
 * and {@code annotation.conf} in one folder).
 *
 * <p>Neither direction overwrites an existing file unless asked to: a brat folder holds annotators' work, and
 * an export run over it by mistake must not erase it.
 */
public final class BratCorpus {
    public static final String ANNOTATION_CONF = "annotation.conf";

    private BratCorpus() {}

    /**
     * What an export wrote.
     *
     * @param documents   documents written
     * @param keptInNotes values with a text that could not be drawn as a span, kept whole in an event note
     *                    (file = the .ann written, path = the JSON path in the v1 document)
     */
    public record Export(int documents, List<Problem> keptInNotes) {}

    /**
     * Writes {@code docs} as a brat collection in {@code outDir}: each article copied byte for byte, its
     * {@code .ann}, and {@code annotation.conf}.
     *
     * @throws FormatException when an article is missing or unreadable, or a file exists and {@code overwrite}
     *                         is false; then nothing is written
     */
    public static Export write(List<EventDocument> docs, ArticleTexts texts, Path outDir, boolean overwrite)
            throws IOException {
        // Check everything before writing anything, so a failed export leaves no half-written collection.
        if (!Files.isDirectory(texts.dir())) {
            throw new FormatException(texts.dir(), "not a folder of <doc_id>.txt articles");
        }
        List<String> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventDocument doc : docs) {
            if (!seen.add(doc.docId())) {
                throw new FormatException(outDir.resolve(doc.docId() + ".ann"), "doc_id \"" + doc.docId()
                        + "\" occurs twice in the input; one brat document per article");
            }
            Optional<String> article = texts.read(doc.docId());
            if (article.isEmpty()) {
                throw new FormatException(texts.fileFor(doc.docId()), "no article for doc_id \"" + doc.docId() + "\"");
            }
            articles.add(article.get());
        }
        if (!overwrite) {
            for (EventDocument doc : docs) {
                for (String ext : List.of(".txt", ".ann")) {
                    refuseExisting(outDir.resolve(doc.docId() + ext));
                }
            }
        }
        Files.createDirectories(outDir);
        List<Problem> kept = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            EventDocument doc = docs.get(i);
            Path ann = outDir.resolve(doc.docId() + ".ann");
            BratWriter.Output out = BratWriter.write(doc, articles.get(i));
            // The article is copied as bytes, not re-encoded: brat offsets must count the same characters.
            Files.copy(texts.fileFor(doc.docId()), outDir.resolve(doc.docId() + ".txt"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(ann, out.ann(), StandardCharsets.UTF_8);
            for (String path : out.keptInNotes()) {
                kept.add(new Problem(ann, null, path, "text not found in the article as given (or offsets that do not"
                        + " frame it); kept whole in the event's note, not as a span"));
            }
        }
        // annotation.conf is ours and identical for every export; rewriting it is harmless.
        Files.writeString(outDir.resolve(ANNOTATION_CONF), BratSchema.annotationConf(), StandardCharsets.UTF_8);
        return new Export(docs.size(), kept);
    }

    /**
     * What an import read.
     *
     * @param documents documents read without problems
     * @param problems  every problem, with file and line; documents with problems are not in {@code documents}
     */
    public record Import(List<EventDocument> documents, List<Problem> problems) {}

    /** Reads every {@code .ann} in {@code bratDir} with its {@code .txt}. */
    public static Import read(Path bratDir) throws IOException {
        if (!Files.isDirectory(bratDir)) {
            throw new FormatException(bratDir, "not a folder of brat .txt/.ann files");
        }
        List<Path> anns;
        List<Path> txts;
        try (Stream<Path> files = Files.list(bratDir)) {
            List<Path> all = files.sorted().toList();
            anns = all.stream().filter(p -> p.getFileName().toString().endsWith(".ann")).toList();
            txts = all.stream().filter(p -> p.getFileName().toString().endsWith(".txt")).toList();
        }
        List<EventDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path txt : txts) {
            Path ann = sibling(txt, ".ann");
            if (!Files.exists(ann)) {
                problems.add(new Problem(txt, null, "", "expected " + ann.getFileName() + " next to it, found none"
                        + " (an article with no events needs an empty .ann)"));
            }
        }
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            String docId = name.substring(0, name.length() - ".ann".length());
            Path txt = sibling(ann, ".txt");
            if (!Files.exists(txt)) {
                problems.add(new Problem(ann, null, "", "expected " + txt.getFileName() + " next to it, found none"));
                continue;
            }
            try {
                BratReader.Result r = BratReader.read(ann, ArticleTexts.readUtf8(ann), ArticleTexts.readUtf8(txt), docId);
                problems.addAll(r.problems());
                if (r.ok()) docs.add(r.document());
            } catch (FormatException e) {
                problems.add(new Problem(e.file(), null, "", e.detail()));
            }
        }
        if (anns.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(bratDir, null, "", "expected <doc_id>.ann files, found none"));
        }
        return new Import(docs, problems);
    }

    /**
     * Writes each document as {@code <doc_id>.json} in {@code goldDir}.
     *
     * @throws FormatException when a file exists and {@code overwrite} is false; then nothing is written
     */
    public static void writeGold(List<EventDocument> docs, Path goldDir, boolean overwrite) throws IOException {
        if (!overwrite) {
            for (EventDocument doc : docs) refuseExisting(goldDir.resolve(doc.docId() + ".json"));
        }
        Files.createDirectories(goldDir);
        for (EventDocument doc : docs) {
            EventJson.writeFile(doc, goldDir.resolve(doc.docId() + ".json"));
        }
    }

    private static void refuseExisting(Path file) {
        if (Files.exists(file)) {
            throw new FormatException(file, "exists already; not overwritten (use --force to replace it)");
        }
    }

    private static Path sibling(Path file, String ext) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ext);
    }
}

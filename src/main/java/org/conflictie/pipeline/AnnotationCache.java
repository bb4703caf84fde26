package org.conflictie.pipeline;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's output per document, stored with {@link ProtobufAnnotationSerializer} so that a re-run
 * repeats only our annotators and event assembly.
 *
 * <p>The key hashes the text, the document date, the CoreNLP version, the models jar's identity
 * and the effective properties, so an edit to any of them misses the cache instead of reusing a
 * stale entry. Entries are written to a temporary file and renamed, and an entry that cannot be
 * read back (truncated, corrupt, from another serializer version) is reported, deleted and
 * recomputed, never used.
 */
public final class AnnotationCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    private static final String CORENLP_VERSION = "4.5.10";

    private final Path dir;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The cache key of a document under the given pipeline properties. */
    public static String key(String text, String documentDate, Properties properties) {
        Hasher h = Hashing.sha256().newHasher();
        h.putString(CORENLP_VERSION, StandardCharsets.UTF_8).putChar('\0');
        h.putString(modelsJarIdentity(), StandardCharsets.UTF_8).putChar('\0');
        new TreeMap<>(properties).forEach((k, v) -> h.putString(k + "=" + v + "\n", StandardCharsets.UTF_8));
        h.putChar('\0').putString(String.valueOf(documentDate), StandardCharsets.UTF_8);
        h.putChar('\0').putString(text, StandardCharsets.UTF_8);
        return h.hash().toString();
    }

    /**
     * Decodes a three-token document the way a cache entry is decoded, on a background thread. The
     * first decoding in a JVM initialises CoreNLP's language and grammatical-relation tables (about
     * 0.15 s, during which every worker waits on the same class initialisation); started when a
     * command begins, that happens while the input is checked and the rule files load.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                new ProtobufAnnotationSerializer(false).fromProto(threeTokenDocument());
            } catch (RuntimeException e) {
                LOG.debug("cache warm-up failed (the first real entry pays instead): {}", e.toString());
            }
        }, "annotation-cache-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** "Gunmen fired.": tokens, a sentence and its dependency graphs, as a cache entry holds them. */
    static edu.stanford.nlp.pipeline.CoreNLPProtos.Document threeTokenDocument() {
        String[][] tokens = {{"Gunmen", "NNS", "gunman"}, {"fired", "VBD", "fire"}, {".", ".", "."}};
        int[] begin = {0, 7, 12};
        var sentence = edu.stanford.nlp.pipeline.CoreNLPProtos.Sentence.newBuilder()
                .setTokenOffsetBegin(0).setTokenOffsetEnd(tokens.length).setSentenceIndex(0)
                .setCharacterOffsetBegin(0).setCharacterOffsetEnd(13);
        var graph = edu.stanford.nlp.pipeline.CoreNLPProtos.DependencyGraph.newBuilder();
        for (int i = 0; i < tokens.length; i++) {
            sentence.addToken(edu.stanford.nlp.pipeline.CoreNLPProtos.Token.newBuilder()
                    .setWord(tokens[i][0]).setOriginalText(tokens[i][0]).setValue(tokens[i][0]).setPos(tokens[i][1])
                    .setLemma(tokens[i][2]).setNer("O").setBeginChar(begin[i]).setEndChar(begin[i] + tokens[i][0].length())
                    .setBefore(i == 1 ? " " : "").setAfter(i == 0 ? " " : "")
                    .setTokenBeginIndex(i).setTokenEndIndex(i + 1).setIndex(i + 1));
            graph.addNode(edu.stanford.nlp.pipeline.CoreNLPProtos.DependencyGraph.Node.newBuilder().setSentenceIndex(0).setIndex(i + 1));
        }
        graph.addEdge(edu.stanford.nlp.pipeline.CoreNLPProtos.DependencyGraph.Edge.newBuilder().setSource(2).setTarget(1).setDep("nsubj"));
        graph.addEdge(edu.stanford.nlp.pipeline.CoreNLPProtos.DependencyGraph.Edge.newBuilder().setSource(2).setTarget(3).setDep("punct"));
        graph.addRoot(2);
        sentence.setBasicDependencies(graph).setEnhancedDependencies(graph).setEnhancedPlusPlusDependencies(graph);
        return edu.stanford.nlp.pipeline.CoreNLPProtos.Document.newBuilder().setText("Gunmen fired.").addSentence(sentence).build();
    }

    /** The cached annotation, or null on a miss or an unusable entry (which is removed). */
    public Annotation get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = new java.io.BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
            return serializer.read(in).first;
        } catch (IOException | RuntimeException | ClassNotFoundException e) {
            LOG.warn("cache entry {} is unreadable ({}); recomputing", file, e.toString());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a read-only cache stays as it is; the document is recomputed either way
            }
            return null;
        }
    }

    public void put(String key, Annotation ann) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".part");
            try (OutputStream out = new java.io.BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16)) {
                serializer.write(ann, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write cache entry {}: {}", file, e.toString());
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".pb.gz");
    }

    /** Size and time of the models jar on the classpath: a different models build changes the key. */
    private static String modelsJarIdentity() {
        var url = AnnotationCache.class.getClassLoader()
                .getResource("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        return url == null ? "no-models" : url.toString();
    }
}

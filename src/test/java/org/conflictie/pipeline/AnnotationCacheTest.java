package org.conflictie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        return p;
    }

    @Test
    void theKeyChangesWithTextDateAndProperties() {
        String k = AnnotationCache.key("A bomb exploded.", "2020-01-01", props("tokenize,ssplit"));
        assertEquals(k, AnnotationCache.key("A bomb exploded.", "2020-01-01", props("tokenize,ssplit")));
        assertNotEquals(k, AnnotationCache.key("A bomb exploded!", "2020-01-01", props("tokenize,ssplit")));
        assertNotEquals(k, AnnotationCache.key("A bomb exploded.", "2020-01-02", props("tokenize,ssplit")));
        assertNotEquals(k, AnnotationCache.key("A bomb exploded.", null, props("tokenize,ssplit")));
        assertNotEquals(k, AnnotationCache.key("A bomb exploded.", "2020-01-01", props("tokenize,ssplit,pos")));
    }

    @Test
    void storesAndReadsBackAnAnnotation(@TempDir Path dir) {
        AnnotationCache cache = new AnnotationCache(dir);
        Annotation ann = tiny("Rebels attacked.");
        cache.put("abcdef", ann);
        Annotation back = cache.get("abcdef");
        assertEquals("Rebels attacked.", back.get(CoreAnnotations.TextAnnotation.class));
        assertEquals("Rebels", back.get(CoreAnnotations.TokensAnnotation.class).get(0).word());
    }

    @Test
    void aCorruptEntryIsNeverUsedAndIsRemoved(@TempDir Path dir) throws Exception {
        AnnotationCache cache = new AnnotationCache(dir);
        cache.put("abcdef", tiny("Rebels attacked."));
        Path entry;
        try (Stream<Path> files = Files.walk(dir)) {
            entry = files.filter(p -> p.toString().endsWith(".pb.gz")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(cache.get("abcdef"));
        assertFalse(Files.exists(entry));
    }

    @Test
    void aMissIsNull(@TempDir Path dir) {
        assertNull(new AnnotationCache(dir).get("0123456789"));
        assertTrue(Files.isDirectory(dir));
    }

    /** The warm-up decodes what a real entry holds: a sentence, its tokens and its dependency graph. */
    @Test
    void theWarmUpDocumentDecodesLikeACacheEntry() {
        Annotation ann = new edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer(false)
                .fromProto(AnnotationCache.threeTokenDocument());
        assertEquals("Gunmen fired.", ann.get(CoreAnnotations.TextAnnotation.class));
        var sentence = ann.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(List.of("Gunmen", "fired", "."), tokens.stream().map(CoreLabel::word).toList());
        assertEquals("fired", ann.get(CoreAnnotations.TextAnnotation.class).substring(tokens.get(1).beginPosition(), tokens.get(1).endPosition()));
        var graph = sentence.get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        var edge = graph.getEdge(graph.getNodeByIndex(2), graph.getNodeByIndex(1));
        assertEquals("nsubj", edge.getRelation().toString());
        assertEquals("fired", graph.getFirstRoot().word());
    }

    private static Annotation tiny(String text) {
        Annotation ann = new Annotation(text);
        CoreLabel rebels = new CoreLabel();
        rebels.setWord("Rebels");
        rebels.setValue("Rebels");
        rebels.setOriginalText("Rebels");
        rebels.setBeginPosition(0);
        rebels.setEndPosition(6);
        ann.set(CoreAnnotations.TokensAnnotation.class, List.of(rebels));
        return ann;
    }
}

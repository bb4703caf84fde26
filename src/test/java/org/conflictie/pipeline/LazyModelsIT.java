package org.conflictie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import org.conflictie.api.ModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm re-run is fast because it never loads CoreNLP: the models load on the first cache miss. */
class LazyModelsIT {

    @Test
    void aDocumentServedFromTheCacheLoadsNoModels(@TempDir Path dir) {
        String text = "Gunmen attacked a police post in Mardan on Friday, killing two officers.";
        DocumentAnnotator loaded = ModelFixture.extractor().corenlp();
        Annotation fresh = loaded.annotate(text, "2021-02-01");
        AnnotationCache cache = new AnnotationCache(dir);
        cache.put(AnnotationCache.key(text, "2021-02-01", loaded.config().toProperties(false)), fresh);

        DocumentAnnotator lazy = new DocumentAnnotator(loaded.config(), cache);
        Annotation cached = lazy.annotate(text, "2021-02-01");

        assertFalse(lazy.modelsLoaded(), "a cache hit must not load CoreNLP");
        assertEquals(fresh.get(CoreAnnotations.TokensAnnotation.class).size(),
                cached.get(CoreAnnotations.TokensAnnotation.class).size());
        lazy.close();
    }
}

package org.conflictie.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import org.conflictie.lexicon.ModelFiles;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the CoreNLP layer on one document.
 *
 * <p>Thread-safe: the pipelines are shared (CoreNLP's annotators are, measured on 4.5.10) and all
 * per-document state lives in the {@link Annotation}. Every call runs on a worker thread so that a
 * document over its time limit can be interrupted; its partial annotation is then dropped whole,
 * because CoreNLP leaves later annotators' keys missing after an interrupt.
 */
public final class DocumentAnnotator implements AutoCloseable {
    private final PipelineConfig config;
    private volatile StanfordCoreNLP cased;
    private volatile StanfordCoreNLP caseless;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "corenlp-document");
        t.setDaemon(true);
        return t;
    });

    private final AnnotationCache cache;
    private final ScrapedHeadline headlines;

    public DocumentAnnotator(PipelineConfig config) {
        this(config, null);
    }

    /** With a cache of CoreNLP's output (null for none), and the bundled {@code models/}. */
    public DocumentAnnotator(PipelineConfig config, AnnotationCache cache) {
        this(config, cache, ScrapedHeadline.load(ModelFiles.bundled()));
    }

    /** With a cache (null for none) and the scraped-headline rules of the {@code models/} in use. */
    public DocumentAnnotator(PipelineConfig config, AnnotationCache cache, ScrapedHeadline headlines) {
        this.config = config;
        this.cache = cache;
        this.headlines = headlines;
        // With a cache, a warm re-run may never need CoreNLP: its models (about 10 s to load) are then
        // loaded on the first miss. Without one they load now, so a bad configuration fails at once.
        if (cache == null) this.cased = new StanfordCoreNLP(config.toProperties(false));
    }

    public PipelineConfig config() {
        return config;
    }

    /** The effective properties of the pipeline a text would go through, for run manifests. */
    public Properties effectiveProperties(boolean caseless) {
        return config.toProperties(caseless);
    }

    /** Whether {@code text} goes through the caseless models. */
    public boolean usesCaseless(String text) {
        return config.caselessModels() && TextCase.isAllCaps(text);
    }

    /**
     * Annotates {@code article}; {@code documentDate} (YYYY-MM-DD or null) is stored on the annotation
     * for later stages. A scraped page's "Headline | Site name" is first turned into a paragraph
     * break ({@link ScrapedHeadline}); the text keeps its length, so offsets are the article's.
     *
     * @throws DocumentFailure on a timeout or a CoreNLP error
     */
    public Annotation annotate(String article, String documentDate) {
        // Same length as the article, so offsets into it stay offsets into the article.
        String text = headlines.separate(article);
        boolean caselessText = usesCaseless(text);
        String key = cache == null ? null : AnnotationCache.key(text, documentDate, config.toProperties(caselessText));
        if (key != null) {
            Annotation cached = cache.get(key);
            if (cached != null && text.equals(cached.get(CoreAnnotations.TextAnnotation.class))) {
                if (documentDate != null) cached.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
                return cached;
            }
        }
        StanfordCoreNLP pipeline = pipeline(caselessText);
        Annotation ann = new Annotation(text);
        if (documentDate != null) ann.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
        Future<?> job = workers.submit(() -> pipeline.annotate(ann));
        try {
            job.get(config.documentTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new DocumentFailure("timeout", "CoreNLP took longer than "
                    + java.math.BigDecimal.valueOf(config.documentTimeout().toMillis(), 3).stripTrailingZeros().toPlainString()
                    + " s (--doc-timeout)", e);
        } catch (ExecutionException e) {
            throw new DocumentFailure("corenlp", "CoreNLP failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | CancellationException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentFailure("corenlp", "interrupted", e);
        }
        if (key != null) cache.put(key, ann);
        return ann;
    }

    /** Sentences that CoreNLP skipped (too long or timed out) and so have no dependency graph. */
    public static int sentencesWithoutParse(Annotation ann) {
        int n = 0;
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) == null) n++;
        }
        return n;
    }

    /** Whether CoreNLP's models have been loaded (a run served wholly from the cache never loads them). */
    public boolean modelsLoaded() {
        return cased != null || caseless != null;
    }

    /** The pipeline for cased or all-caps text, built on first use (one of each at most). */
    private StanfordCoreNLP pipeline(boolean caselessText) {
        StanfordCoreNLP p = caselessText ? caseless : cased;
        if (p != null) return p;
        synchronized (this) {
            if (caselessText) {
                if (caseless == null) caseless = new StanfordCoreNLP(config.toProperties(true));
                return caseless;
            }
            if (cased == null) cased = new StanfordCoreNLP(config.toProperties(false));
            return cased;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

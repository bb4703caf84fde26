package org.conflictie.api;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.conflictie.annotators.ActorAnnotator;
import org.conflictie.annotators.ActorNames;
import org.conflictie.annotators.CasualtyAnnotator;
import org.conflictie.annotators.DateAnnotator;
import org.conflictie.annotators.DisabledRules;
import org.conflictie.annotators.RuleCatalog;
import org.conflictie.annotators.EventPipeline;
import org.conflictie.annotators.PlaceAnnotator;
import org.conflictie.annotators.PlaceLookup;
import org.conflictie.annotators.TriggerAnnotator;
import org.conflictie.assembly.EventAssembler;
import org.conflictie.format.InputDocument;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.pipeline.DocumentAnnotator;
import org.conflictie.pipeline.DocumentFailure;
import org.conflictie.pipeline.PipelineConfig;
import org.conflictie.annotators.AliasActorNames;
import org.conflictie.annotators.GazetteerPlaces;
import org.conflictie.resources.Gazetteer;

/**
 * Extracts attack events from articles. Build one per JVM and share it: construction loads the
 * CoreNLP models (about 12 s, 1 GB of heap); {@link #extract} is thread-safe and keeps no state
 * between documents, so results do not depend on what was extracted before.
 *
 * <pre>{@code
 * try (Extractor ex = Extractor.builder().build()) {
 *     List<Event> events = ex.extract("Gunmen killed two police officers in Kirkuk on Sunday.", "2021-05-04");
 * }
 * }</pre>
 */
public final class Extractor implements AutoCloseable {
    private final DocumentAnnotator corenlp;
    private final EventPipeline events;
    private final EventAssembler assembler;
    private final ModelFiles models;
    private final org.conflictie.pipeline.LanguageGuard language;
    /** False for an extractor made by {@link #withDisabledRules}: it borrows CoreNLP and must not close it. */
    private final boolean ownsCorenlp;
    /** Whether {@link #process(InputDocument)} attaches explanations to the events. */
    private final boolean explain;

    private Extractor(Builder b) {
        this.models = b.models;
        this.ownsCorenlp = true;
        this.explain = b.explain;
        // The gazetteer and the actor aliases built on it load beside everything else: on a warm
        // re-run loading is a fifth of the time, and these two are half of it.
        java.util.concurrent.FutureTask<Places> places = new java.util.concurrent.FutureTask<>(() -> places(b));
        Thread loader = new Thread(places, "extractor-gazetteer");
        loader.setDaemon(true);
        loader.start();
        this.corenlp = new DocumentAnnotator(b.pipeline, b.cacheDir == null ? null : new org.conflictie.pipeline.AnnotationCache(b.cacheDir),
                org.conflictie.pipeline.ScrapedHeadline.load(models));
        this.language = org.conflictie.pipeline.LanguageGuard.load(models);
        DisabledRules disabled = new DisabledRules(b.disabledRules);
        this.assembler = new EventAssembler(disabled);
        DateAnnotator dates = new DateAnnotator(models);
        TriggerAnnotator triggers = new TriggerAnnotator(models);
        Places p = await(places);
        this.events = new EventPipeline(List.of(
                dates,
                triggers,
                new CasualtyAnnotator(models, p.names()),
                new ActorAnnotator(p.names(), models),
                new PlaceAnnotator(p.lookup(), models)), disabled);
    }

    private record Places(ActorNames names, PlaceLookup lookup) {}

    private static Places places(Builder b) {
        ModelFiles models = b.models;
        // the cache folder also keeps the built gazetteer (see GazetteerSnapshot)
        Path snapshots = b.cacheDir == null ? null : b.cacheDir.resolve("gazetteer");
        Gazetteer gazetteer = models.dir() == null ? Gazetteer.defaultInstance(snapshots)
                : Gazetteer.load(org.conflictie.resources.DataFiles.directory(models.dir()), snapshots);
        ActorNames names = b.actorNames != null ? b.actorNames : AliasActorNames.load(models, gazetteer);
        return new Places(names, b.places != null ? b.places : new GazetteerPlaces(gazetteer));
    }

    /** The loaded value, or the loader's own exception (a bad models file names itself). */
    private static <T> T await(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the gazetteer", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Extractor(Extractor base, DisabledRules disabled, boolean explain) {
        this.models = base.models;
        this.language = base.language;
        this.corenlp = base.corenlp;
        this.ownsCorenlp = false;
        this.explain = explain;
        this.events = disabled == null ? base.events : base.events.withDisabledRules(disabled);
        this.assembler = disabled == null ? base.assembler : new EventAssembler(disabled);
    }

    /**
     * The same extractor (sharing its loaded CoreNLP and rule files) with the rules whose ids start
     * with one of {@code prefixes} switched off, for ablations without reloading the models.
     * Closing the returned extractor leaves this one open.
     */
    public Extractor withDisabledRules(List<String> prefixes) {
        return new Extractor(this, new DisabledRules(prefixes), explain);
    }

    /**
     * The same extractor (sharing its loaded CoreNLP and rules) whose events carry their explanations,
     * e.g. for a {@link BatchRunner} that writes them. Closing the returned extractor leaves this one open.
     */
    public Extractor withExplanations() {
        return new Extractor(this, null, true);
    }

    /** The rules switched off, with how many mentions each prefix has removed so far. */
    public DisabledRules disabledRules() {
        return events.disabledRules();
    }

    /** The rule ids this extractor's rule files and code can produce. */
    public RuleCatalog ruleCatalog() {
        return RuleCatalog.of(models);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The events an article reports; {@code documentDate} ({@code YYYY-MM-DD}) may be null. */
    public List<Event> extract(String text, String documentDate) {
        return process(new InputDocument("doc", text, documentDate)).document().events();
    }

    /** The events of one input document, as a format v1 document. */
    public EventDocument extract(InputDocument doc) {
        return process(doc).document();
    }

    /**
     * The events an article reports, each with its {@link org.conflictie.model.Explanation}: for every
     * slot the value chosen, the candidates that lost and why. The events are those {@link #extract} gives.
     */
    public List<Event> explain(String text, String documentDate) {
        return explain(new InputDocument("doc", text, documentDate)).events();
    }

    /** One input document's events with their explanations. */
    public EventDocument explain(InputDocument doc) {
        return process(doc, true).document();
    }

    /**
     * Extracts one document and measures it.
     *
     * @throws DocumentFailure when the text is not English (stage {@code language}), CoreNLP times out or
     *                         fails, or event assembly fails
     */
    public DocumentResult process(InputDocument doc) {
        return process(doc, explain);
    }

    /**
     * Extracts one document and measures it; with {@code explain}, every event carries its explanation.
     *
     * @throws DocumentFailure when the text is not English (stage {@code language}), CoreNLP times out or
     *                         fails, or event assembly fails
     */
    public DocumentResult process(InputDocument doc, boolean explain) {
        String notEnglish = language.notEnglish(doc.text());
        if (notEnglish != null) throw new DocumentFailure("language", notEnglish, null);
        long t0 = System.nanoTime();
        Annotation ann = corenlp.annotate(doc.text(), doc.documentDate());
        long t1 = System.nanoTime();
        List<Event> found;
        try {
            events.annotate(ann);
            found = assembler.assemble(ann, explain);
        } catch (RuntimeException e) {
            throw new DocumentFailure("events", "event extraction failed: " + e, e);
        }
        long t2 = System.nanoTime();
        var docDate = ann.get(org.conflictie.annotators.EventAnnotations.DocumentDateAnnotation.class);
        String date = docDate == null ? doc.documentDate() : docDate.value();
        int tokens = ann.get(CoreAnnotations.TokensAnnotation.class).size();
        int sentences = ann.get(CoreAnnotations.SentencesAnnotation.class).size();
        return new DocumentResult(new EventDocument(doc.docId(), date, found), tokens, sentences,
                DocumentAnnotator.sentencesWithoutParse(ann), corenlp.usesCaseless(doc.text()), t1 - t0, t2 - t1);
    }

    /** The CoreNLP layer alone, for benchmarks that compare it with the whole extraction. */
    public DocumentAnnotator corenlp() {
        return corenlp;
    }

    public EventPipeline eventPipeline() {
        return events;
    }

    public ModelFiles models() {
        return models;
    }

    @Override
    public void close() {
        if (ownsCorenlp) corenlp.close();
    }

    @Override
    public String toString() {
        return "Extractor[" + corenlp.config() + ", " + events + "]";
    }

    /** Settings for an {@link Extractor}; every one has a default. */
    public static final class Builder {
        private PipelineConfig pipeline = PipelineConfig.defaults();
        private ModelFiles models = ModelFiles.bundled();
        private ActorNames actorNames;
        private PlaceLookup places;
        private Path cacheDir;
        private List<String> disabledRules = List.of();
        private boolean explain;

        /** Every event gets its explanation: why each value won, and the candidates that lost. */
        public Builder explain(boolean explain) {
            this.explain = explain;
            return this;
        }

        /**
         * Switches off every rule whose id starts with one of these prefixes ({@code "casualty."}, or
         * one rule such as {@code "casualty.passive-killed"}): its mentions are dropped before later
         * annotators and assembly see them. See {@link DisabledRules}.
         */
        public Builder disableRules(java.util.Collection<String> prefixes) {
            this.disabledRules = List.copyOf(prefixes);
            return this;
        }

        /** Keep CoreNLP's output per document in this folder, so re-runs repeat only event extraction. */
        public Builder cache(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        public Builder pipeline(PipelineConfig config) {
            this.pipeline = Objects.requireNonNull(config);
            return this;
        }

        /** Reads rules, lexicons and gazetteers from this {@code models} folder instead of the bundled copy. */
        public Builder models(Path dir) {
            this.models = new ModelFiles(Objects.requireNonNull(dir));
            return this;
        }

        public Builder actorNames(ActorNames names) {
            this.actorNames = names;
            return this;
        }

        public Builder places(PlaceLookup lookup) {
            this.places = lookup;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}

package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.time.DateExpression;
import org.conflictie.time.DateExpressionFinder;
import org.conflictie.time.DateResolver;
import org.conflictie.time.DocumentDateFinder;
import org.conflictie.time.PartialDate;

/**
 * Finds the publication date and the date expressions of an article and resolves them, towards
 * the past, against that date ({@code org.conflictie.time}, word lists in {@code models/time/}).
 *
 * <p>This replaces SUTime for incident dates: SUTime keeps resolution state across documents
 * (CoreNLP #1061, reproduced on 4.5.10) and resolves weekdays and month names forward, while a
 * news report looks back ("late Sunday night" in a Monday article is the day before). The input's
 * document date wins over one found in the text. Reads the text and tokens; adds
 * {@link EventAnnotations.DocumentDateAnnotation} and {@link EventAnnotations.DateMentionsAnnotation}.
 */
public final class DateAnnotator extends EventAnnotator {
    private final DocumentDateFinder documentDates;
    private final DateExpressionFinder expressions;
    private final DateResolver resolver = new DateResolver();

    public DateAnnotator(ModelFiles files) {
        // The time word lists are read from the classpath; a models folder override does not apply to them yet.
        this.documentDates = new DocumentDateFinder();
        this.expressions = new DateExpressionFinder();
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public void annotate(Annotation doc) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<SentenceView> sentences = SentenceView.of(doc);
        String input = doc.get(CoreAnnotations.DocDateAnnotation.class);
        Optional<DocumentDateFinder.DocumentDate> stated = documentDates.find(text);
        DocumentDate docDate;
        if (input != null && isDay(input)) {
            docDate = new DocumentDate(input, null, "document-date.input");
        } else if (stated.isPresent()) {
            DocumentDateFinder.DocumentDate d = stated.get();
            docDate = new DocumentDate(d.date().toString(), TokenLocator.locate(sentences, d.start(), d.end()).orElse(null),
                    "document-date." + d.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        } else {
            docDate = new DocumentDate(null, null, "document-date.none");
        }
        doc.set(EventAnnotations.DocumentDateAnnotation.class, docDate);

        LocalDate reference = docDate.value() == null ? null : LocalDate.parse(docDate.value());
        List<DateMention> found = new ArrayList<>();
        for (DateExpression e : expressions.find(text)) {
            if (!e.kind().isIncidentCandidate()) continue;
            Optional<PartialDate> value = resolver.resolve(e, reference);
            Optional<Span> span = TokenLocator.locate(sentences, e.start(), e.end());
            if (value.isEmpty() || span.isEmpty()) continue;
            // A report describes the past: a day after the document date is a plan or a paraphrase slip.
            if (reference != null && value.get().toString().length() == 10
                    && LocalDate.parse(value.get().toString()).isAfter(reference)) {
                continue;
            }
            boolean dateline = stated.isPresent() && e.start() < stated.get().end() && stated.get().start() < e.end();
            // The span keeps the scanner's exact characters, which may start inside a token ("Jan." vs "Jan").
            Span exact = new Span(span.get().sentence(), span.get().begin(), span.get().end(), span.get().head(),
                    e.start(), e.end(), text.substring(e.start(), e.end()));
            found.add(new DateMention(exact, value.get().toString(), dateline, "date." + e.rule()));
        }
        doc.set(EventAnnotations.DateMentionsAnnotation.class, List.copyOf(found));
    }

    private static boolean isDay(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    protected Set<Class<? extends CoreAnnotation>> requiresOwn() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(EventAnnotations.DocumentDateAnnotation.class, EventAnnotations.DateMentionsAnnotation.class);
    }
}

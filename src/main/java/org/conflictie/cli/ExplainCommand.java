package org.conflictie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictie.api.Extractor;
import org.conflictie.format.ArticleTexts;
import org.conflictie.format.EventJson;
import org.conflictie.format.ExplanationText;
import org.conflictie.format.FormatException;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.model.EventDocument;
import org.conflictie.run.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ie explain RUN.jsonl DOC_ID}: why each value of a document's events was chosen and which
 * candidates lost. Reads the explanations a run made with {@code ie extract --explain}; for a run
 * without them it re-extracts the one document when given its article.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain one document of a run: per event, the subtype and trigger, then per slot the",
                "chosen value in its sentence, the rule, and the candidates that lost, with why.",
                "The run needs explanations (ie extract --explain); without them, give --texts or --input",
                "and the document is extracted again (fast with a warm cache).",
                "Exit 0 when explained, 1 when the run, the document or its article cannot be found."})
public final class ExplainCommand implements Callable<Integer> {
    /** Nearest doc ids suggested for an unknown one. */
    static final int SUGGESTIONS = 5;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "predictions file written by ie extract, or a run folder")
    Path run;

    @Parameters(index = "1", paramLabel = "DOC_ID", description = "the document to explain")
    String docId;

    @Option(names = "--texts", paramLabel = "DIR", description = "folder of <doc_id>.txt articles: context from the article, and re-extraction when the run has no explanations")
    Path texts;

    @Option(names = "--input", paramLabel = "INPUT", description = "the input ie extract read (JSONL file or folder), for re-extraction")
    Path input;

    @Option(names = "--models", paramLabel = "DIR", description = "rules, lexicons and gazetteers for re-extraction (as in ie extract)")
    Path models;

    @Option(names = "--cache", defaultValue = ".cache/corenlp", paramLabel = "DIR", description = "CoreNLP cache for re-extraction (default ${DEFAULT-VALUE})")
    Path cache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Inputs.guard(err, "explain", () -> {
            Path predictions = RunFolder.predictionsOf(run);
            List<EventDocument> docs = EventJson.readJsonl(predictions);
            Optional<EventDocument> found = docs.stream().filter(d -> d.docId().equals(docId)).findFirst();
            if (found.isEmpty()) {
                err.println("ie explain: no document '" + docId + "' in " + predictions + " (" + docs.size() + " document"
                        + (docs.size() == 1 ? "" : "s") + ")" + suggestions(docs, docId));
                return 1;
            }
            EventDocument doc = found.get();
            InputDocument article = article(doc);
            if (!hasExplanations(doc) && !doc.events().isEmpty()) {
                if (article == null) {
                    err.println("ie explain: " + predictions + " has no explanations; re-run ie extract with --explain,"
                            + " or give --texts DIR or --input FILE to extract '" + docId + "' again");
                    return 1;
                }
                err.println("ie explain: " + predictions + " has no explanations; extracting '" + docId + "' again");
                EventDocument again = reextract(article);
                if (!again.events().stream().map(e -> e.withExplanation(null)).toList().equals(doc.events())) {
                    err.println("ie explain: note: the events extracted now differ from those in " + predictions
                            + " (the rules, models or input changed since); explaining the new ones");
                }
                doc = again;
            }
            out.print(ExplanationText.render(doc, article == null ? null : article.text()));
            out.flush();
            return 0;
        });
    }

    static boolean hasExplanations(EventDocument doc) {
        return doc.events().stream().anyMatch(e -> e.explanation() != null);
    }

    /** The document's article from --input or --texts, or null when neither is given. */
    private InputDocument article(EventDocument doc) throws Exception {
        if (input != null) {
            return InputReader.read(input, p -> {}).stream().filter(d -> d.docId().equals(docId)).findFirst()
                    .orElseThrow(() -> new FormatException(input, "no document '" + docId + "' in this input"));
        }
        if (texts != null) {
            ArticleTexts articles = new ArticleTexts(texts);
            String text = articles.read(docId).orElseThrow(() -> new FormatException(articles.fileFor(docId),
                    "no such article; expected <doc_id>.txt in " + texts));
            return new InputDocument(docId, text, doc.documentDate());
        }
        return null;
    }

    private EventDocument reextract(InputDocument article) {
        Extractor.Builder b = Extractor.builder().cache(cache);
        if (models != null) b.models(models);
        try (Extractor extractor = b.build()) {
            return extractor.explain(article);
        }
    }

    /** "; nearest ids: a, b" by edit distance, or nothing for an empty run. */
    static String suggestions(List<EventDocument> docs, String wanted) {
        if (docs.isEmpty()) return "";
        return "; nearest ids: " + String.join(", ", nearest(docs.stream().map(EventDocument::docId).toList(), wanted, SUGGESTIONS));
    }

    static List<String> nearest(List<String> ids, String wanted, int limit) {
        edu.stanford.nlp.util.EditDistance distance = new edu.stanford.nlp.util.EditDistance();
        return ids.stream().sorted(Comparator.comparingDouble((String id) -> distance.score(id, wanted)).thenComparing(id -> id))
                .limit(limit).toList();
    }
}

// conflict-ie quickstart: extract, score, compare, from JShell.
//
// From the repository root, after `mvn -B -DskipTests package` (which writes target/conflict-ie.jar
// and target/classpath.txt, the classpath the ./ie launcher uses):
//
//   jshell -R-Xmx3g --class-path "target/conflict-ie.jar:$(cat target/classpath.txt)" examples/quickstart.jsh
//
// -R sets the heap of the JVM that runs the code (CoreNLP keeps about 1 GB of models live).
// examples/quickstart.ipynb is the same walk-through as a Jupyter notebook (JJava kernel).

import java.nio.file.*;
import java.util.*;
import org.conflictie.api.*;
import org.conflictie.format.*;
import org.conflictie.model.*;
import org.conflictie.score.*;

// 1. An extractor loads CoreNLP once (~15 s); CoreNLP's output is cached per document like ./ie does.
Extractor extractor = Extractor.builder().cache(Path.of(".cache/corenlp")).build();

// 2. Events of one article (written for this example), dated so that "Tuesday" can be resolved.
String article = """
        MAIDUGURI, Nigeria (Wire) - Gunmen on motorcycles opened fire on a village market in Borno state on
        Tuesday, killing nine traders and wounding at least 14 others, a local official said.

        Residents said the gunmen fled into the bush after the shooting.
        """;
List<Event> events = extractor.extract(article, "2024-03-08");
events.forEach(System.out::println);
System.out.println("Events of the article:");
System.out.println(Tables.events(events));

// 3. A batch run over the seed articles, with a progress callback, scored against their gold.
List<InputDocument> seeds = InputReader.read(Path.of("seeds"), p -> System.out.println("skipped " + p.where()));
Path runs = Files.createTempDirectory("conflictie-quickstart");
Path baseRun = runs.resolve("base.jsonl");
// JShell ends a statement at a line break where it can: continued lines end with '.', '(' or ','.
BatchRunner.Summary summary = new BatchRunner(extractor, 2, p -> System.out.println("  " + p)).
        run(seeds, List.of(), baseRun, null);
System.out.println(summary.documents() + " documents, " + summary.events() + " events -> " + baseRun);

List<EventDocument> gold = EventJson.readGoldDir(Path.of("gold-annotations"));
List<EventDocument> base = EventJson.readJsonl(baseRun);
Scorer scorer = Scorer.builder().ignoreOptional(true).build();
ScoreReport report = scorer.score(gold, base);
System.out.println("Scores against gold-annotations/ (strict):");
System.out.println(Tables.score(report));
System.out.printf(Locale.ROOT, "F1 of all slots: %.3f%n", report.f1(Slot.ALL));

// 4. Compare with a variant run: what if we kept only events that report casualties?
List<EventDocument> withCasualties = base.stream().
        map(d -> new EventDocument(d.docId(), d.documentDate(),
                d.events().stream().filter(e -> !e.casualties().isEmpty()).toList())).
        toList();
ComparisonReport comparison = scorer.compare(gold, base, withCasualties, "all events", "events with casualties");
System.out.println("Comparison (B - A):");
System.out.println(Tables.comparison(comparison));
System.out.println(comparison.toMarkdown());

extractor.close();
System.out.println("quickstart: done");
/exit

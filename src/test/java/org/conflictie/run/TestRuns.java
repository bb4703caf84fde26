package org.conflictie.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictie.format.EventJson;
import org.conflictie.score.ScoreReport;
import org.conflictie.score.Scorer;

/** Run folders made by hand (no CoreNLP): a predictions file, a manifest, and scores when gold is given. */
public final class TestRuns {
    private TestRuns() {}

    /** The score fixtures: gold/ and run-a.jsonl, run-b.jsonl (see ScoreCommandTest). */
    public static Path scoreFixtures() {
        try {
            return Path.of(TestRuns.class.getResource("/org/conflictie/score/cli").toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static RunManifest manifest(String name, String startedAt, Path gold, int documents, int events, double wall,
                                       List<RunManifest.DisabledRule> disabled) {
        return new RunManifest(RunManifest.VERSION, name, startedAt, List.of("extract", "in.jsonl", "--run-dir", name),
                new RunManifest.Versions("test", "4.5.10", "17"), 2,
                new RunManifest.Input("in.jsonl", "jsonl", "ab", List.of(new RunManifest.DocumentHash("d1", "cd"))),
                new RunManifest.Models("bundled", Map.of("triggers/attack-triggers.tsv", "ef")),
                new RunManifest.Pipeline(null, null, Map.of("annotators", "tokenize"), Map.of("annotators", "tokenize")),
                disabled, gold == null ? null : new RunManifest.Gold(gold.toAbsolutePath().normalize().toString(), false),
                new RunManifest.Timings(12.5, wall, 1.0, 0.5), new RunManifest.Totals(documents, 1000, events, 0), 1_000_000L);
    }

    /** A run folder holding {@code predictions}, its manifest, and with {@code gold} the real scores of the predictions. */
    public static Path make(Path parent, String name, String startedAt, Path predictions, Path gold) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.copy(predictions, RunFolder.predictions(dir));
        var docs = EventJson.read(predictions);
        manifest(name, startedAt, gold, docs.size(), docs.stream().mapToInt(d -> d.events().size()).sum(), 3.5, List.of())
                .write(RunFolder.manifest(dir));
        if (gold != null) {
            ScoreReport r = Scorer.builder().build().score(EventJson.readGoldDir(gold), docs);
            Files.writeString(dir.resolve(RunFolder.SCORES_JSON), r.toJson(false), StandardCharsets.UTF_8);
        }
        return dir;
    }
}

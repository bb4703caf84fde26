package org.conflictie.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.conflictie.format.FormatException;

/**
 * The run folders directly under a folder ({@code ie runs}), oldest first. Folders without a
 * manifest are not runs and are left out; a run whose manifest or scores cannot be read is listed
 * with what is wrong, since a half-written or hand-edited run is still worth seeing.
 */
public final class RunListing {
    private RunListing() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    /** Headline scores of a run: the "all" row's F1 and the event row's F1. */
    public record Headline(double allF1, double eventF1) {}

    /**
     * One run folder.
     *
     * @param manifest its manifest, or null when unreadable
     * @param headline its scores, or null when it was not scored (or they are unreadable)
     * @param problem  what could not be read, or null
     */
    public record Entry(String name, Path dir, RunManifest manifest, Headline headline, String problem) {}

    public static List<Entry> list(Path parent) {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(parent)) {
            dirs = s.filter(Files::isDirectory).filter(RunFolder::isRun).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list run folders in " + parent, e);
        }
        List<Entry> out = new ArrayList<>();
        for (Path d : dirs) out.add(entry(d));
        // Unreadable manifests have no start time: they go last, by name.
        out.sort(Comparator.comparing((Entry e) -> e.manifest() == null ? null : e.manifest().startInstant(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::name));
        return out;
    }

    static Entry entry(Path dir) {
        String name = dir.getFileName().toString();
        RunManifest m;
        try {
            m = RunManifest.read(RunFolder.manifest(dir));
        } catch (FormatException e) {
            return new Entry(name, dir, null, null, "broken manifest: " + e.getMessage());
        }
        Path scores = dir.resolve(RunFolder.SCORES_JSON);
        if (!Files.isRegularFile(scores)) return new Entry(name, dir, m, null, null);
        try {
            return new Entry(name, dir, m, headline(scores), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Entry(name, dir, m, null, "unreadable " + RunFolder.SCORES_JSON + ": " + e.getMessage());
        }
    }

    /** The F1 of the "all" row and of the event row of a scorer's {@code --json} output. */
    static Headline headline(Path scoresJson) throws IOException {
        JsonNode root = JSON.readTree(scoresJson.toFile());
        JsonNode all = root.path("all").path("f1");
        JsonNode event = root.path("slots").path("event").path("f1");
        if (!all.isNumber() || !event.isNumber()) {
            throw new IllegalArgumentException("expected numbers at all.f1 and slots.event.f1");
        }
        return new Headline(all.asDouble(), event.asDouble());
    }

    /** One line per run: name, start, documents, events, failures, F1 (all, event) when scored, wall time. */
    public static String format(List<Entry> entries) {
        int width = Math.max(4, entries.stream().mapToInt(e -> e.name().length()).max().orElse(4));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-" + width + "s  %-17s %6s %7s %6s %7s %7s %8s%n",
                "run", "started", "docs", "events", "fail", "all F1", "ev F1", "wall s"));
        for (Entry e : entries) {
            RunManifest m = e.manifest();
            if (m == null) {
                b.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", e.name(), e.problem()));
                continue;
            }
            String all = e.headline() == null ? "-" : String.format(Locale.ROOT, "%.3f", e.headline().allF1());
            String ev = e.headline() == null ? "-" : String.format(Locale.ROOT, "%.3f", e.headline().eventF1());
            b.append(String.format(Locale.ROOT, "%-" + width + "s  %-17s %6d %7d %6d %7s %7s %8.1f",
                    e.name(), WHEN.format(m.startInstant()), m.totals().documents(), m.totals().events(),
                    m.totals().failures(), all, ev, m.timings().wallSeconds()));
            if (!m.disabledRules().isEmpty()) {
                b.append("  without ").append(String.join(" ", m.disabledRules().stream().map(RunManifest.DisabledRule::prefix).toList()));
            }
            if (e.problem() != null) b.append("  (").append(e.problem()).append(')');
            b.append('\n');
        }
        return b.toString();
    }
}

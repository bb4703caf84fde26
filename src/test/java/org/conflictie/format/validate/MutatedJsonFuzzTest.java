package org.conflictie.format.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.conflictie.format.EventJson;
import org.conflictie.format.FormatException;
import org.conflictie.format.Problem;
import org.conflictie.model.EventDocument;
import org.conflictie.score.ScoreInputException;
import org.conflictie.score.ScoreReport;
import org.conflictie.score.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomized (fixed seed, so a failure reproduces) mutations of the seed gold files, as a gold file
 * and as a predictions file: truncated, keys shuffled, values of the wrong type, fields deleted,
 * values swapped, bytes flipped, keys repeated. Each goes through validate, read and score, which
 * must either succeed with a well-formed result or fail with a documented error
 * ({@link Problem}s, {@link FormatException}, {@link ScoreInputException}) that names the file.
 */
class MutatedJsonFuzzTest {
    private static final long SEED = 20261123L;
    private static final int ITERATIONS = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void mutatedGoldAndPredictionsAreScoredOrRejectedByName(@TempDir Path tmp) throws IOException {
        List<EventDocument> gold = EventJson.readGoldDir(Path.of("gold-annotations"));
        List<JsonNode> trees = new ArrayList<>();
        for (EventDocument d : gold) trees.add(EventJson.mapper().readTree(EventJson.toJsonLine(d)));
        Random random = new Random(SEED);
        Scorer scorer = Scorer.builder().bootstrapSamples(20).build();
        int valid = 0, rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String where = "iteration " + i + " (seed " + SEED + ")";
            boolean asGold = random.nextBoolean();
            JsonNode tree = trees.get(random.nextInt(trees.size())).deepCopy();
            String docId = tree.get("doc_id").asText();
            String text = mutate(tree, random);
            Path file;
            if (asGold) {
                Path dir = Files.createDirectories(tmp.resolve("gold" + i));
                file = dir.resolve(docId + ".json");
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } else {
                // A predictions file: the mutated document among the untouched others, one per line.
                file = tmp.resolve("pred" + i + ".jsonl");
                List<String> lines = new ArrayList<>();
                for (JsonNode t : trees) lines.add(t.get("doc_id").asText().equals(docId) ? text.replace('\n', ' ') : t.toString());
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
            List<Problem> problems = Validator.withoutTexts().validate(asGold ? file.getParent() : file);
            for (Problem p : problems) {
                assertEquals(file, p.file(), where + ": a problem names another file: " + p);
                assertFalse(p.message().isBlank(), where + ": a problem without a message");
            }
            List<EventDocument> read;
            try {
                read = asGold ? EventJson.readGoldDir(file.getParent()) : EventJson.readJsonl(file);
            } catch (FormatException e) {
                assertFalse(problems.isEmpty(), where + ": the reader rejects what the validator accepts: " + e.getMessage());
                assertTrue(e.getMessage().contains(file.toString()), where + ": the error does not name the file: " + e.getMessage());
                rejected++;
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": undocumented " + e + " on\n" + text, e);
            }
            try {
                ScoreReport r = asGold ? scorer.score(read, gold) : scorer.score(gold, read);
                assertTrue(r.toText(true).contains("F1") || r.toText(true).contains("f1"), where + ": report without scores");
                EventJson.mapper().readTree(r.toJson(false));
                valid++;
            } catch (ScoreInputException e) {
                assertFalse(e.getMessage().isBlank(), where);
                rejected++;
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": scoring crashed with " + e + " on\n" + text, e);
            }
        }
        // The mix must exercise both outcomes, or the mutations are too weak or too strong to test anything.
        assertTrue(valid > ITERATIONS / 10 && rejected > ITERATIONS / 10, "valid " + valid + ", rejected " + rejected);
    }

    /** One random mutation of a document, returned as the JSON text to write. */
    private static String mutate(JsonNode tree, Random random) {
        switch (random.nextInt(8)) {
            case 0 -> { // truncated, as a file cut off mid-write
                String s = pretty(tree);
                return s.substring(0, random.nextInt(s.length()));
            }
            case 1 -> shuffleKeys(tree, random);
            case 2 -> {
                JsonNode target = randomContainer(tree, random);
                replaceRandomValue(target, random, wrongType(random));
            }
            case 3 -> {
                JsonNode target = randomContainer(tree, random);
                if (target instanceof ObjectNode o && o.size() > 0) o.remove(fieldNames(o).get(random.nextInt(o.size())));
                else if (target instanceof ArrayNode a && a.size() > 0) a.remove(random.nextInt(a.size()));
            }
            case 4 -> { // a value moved to where another was: plausible types in the wrong places
                JsonNode from = randomContainer(tree, random);
                JsonNode value = from instanceof ObjectNode o && o.size() > 0 ? o.get(fieldNames(o).get(random.nextInt(o.size())))
                        : NODES.textNode("x");
                replaceRandomValue(randomContainer(tree, random), random, value.deepCopy());
            }
            case 5 -> { // a flipped byte somewhere in the text
                char[] s = pretty(tree).toCharArray();
                s[random.nextInt(s.length)] = "{}[]\",:0a\\ ".charAt(random.nextInt(11));
                return new String(s);
            }
            case 6 -> { // a repeated key
                String s = pretty(tree);
                int brace = s.indexOf('{', 1 + random.nextInt(s.length() - 1));
                if (brace > 0) return s.substring(0, brace + 1) + "\"doc_id\": \"dup\"," + s.substring(brace + 1);
                return "{\"doc_id\": 1, \"doc_id\": 2}";
            }
            default -> shuffleKeys(tree, random); // shuffled and also valid: the common case must still score
        }
        return pretty(tree);
    }

    private static String pretty(JsonNode tree) {
        return tree.toPrettyString();
    }

    private static JsonNode wrongType(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode("two");
            case 1 -> NODES.numberNode(-3.5);
            case 2 -> NODES.arrayNode().add(1);
            case 3 -> NODES.objectNode().put("x", 1);
            case 4 -> NODES.nullNode();
            default -> NODES.booleanNode(true);
        };
    }

    /** A random object or array inside {@code root} (root itself included). */
    private static JsonNode randomContainer(JsonNode root, Random random) {
        List<JsonNode> all = new ArrayList<>();
        collect(root, all);
        return all.get(random.nextInt(all.size()));
    }

    private static void collect(JsonNode n, List<JsonNode> all) {
        if (n.isContainerNode()) {
            all.add(n);
            for (JsonNode child : n) collect(child, all);
        }
    }

    private static void replaceRandomValue(JsonNode target, Random random, JsonNode value) {
        if (target instanceof ObjectNode o && o.size() > 0) o.set(fieldNames(o).get(random.nextInt(o.size())), value);
        else if (target instanceof ArrayNode a && a.size() > 0) a.set(random.nextInt(a.size()), value);
    }

    private static void shuffleKeys(JsonNode n, Random random) {
        if (n instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            o.fields().forEachRemaining(fields::add);
            Collections.shuffle(fields, random);
            o.removeAll();
            for (Map.Entry<String, JsonNode> f : fields) o.set(f.getKey(), f.getValue());
        }
        for (JsonNode child : n) shuffleKeys(child, random);
    }

    private static List<String> fieldNames(ObjectNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}

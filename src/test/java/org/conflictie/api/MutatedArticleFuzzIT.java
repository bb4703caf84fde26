package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.conflictie.format.InputDocument;
import org.conflictie.format.InputReader;
import org.conflictie.format.Problem;
import org.conflictie.format.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomized (fixed seed) mutations of the seed articles go through a batch: cut at random points,
 * sentences shuffled, words repeated, odd characters (emoji, combining marks, control characters,
 * right-to-left script) and absurd numbers inserted, shouting in capitals. Every document must
 * come out as a format-v1 line whose offsets frame its words in the article, or as a named failure
 * in the errors file; nothing may crash the batch.
 */
class MutatedArticleFuzzIT {
    private static final long SEED = 6L;
    private static final int DOCUMENTS = 24;
    private static final String[] ODD = {"\uD83D\uDCA3", "e\u0301", "\u0007", "\u200B", "\u202E", "بغداد", "\t\t", "\r\n",
            "1,000,000,000,000", "-5", "99999999999999999999", "killed killed killed", "(((", "\"", "—", "\u00A0", "    "};

    @Test
    void mutatedArticlesGiveValidLinesOrNamedFailures(@TempDir Path tmp) throws IOException {
        List<InputDocument> seeds = InputReader.read(Path.of("seeds"), p -> { throw new AssertionError(p.toString()); });
        Random random = new Random(SEED);
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        List<InputDocument> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())).text(), random);
            if (text.isBlank()) text = "x";
            String id = "fuzz" + i;
            docs.add(new InputDocument(id, text, random.nextBoolean() ? "2021-05-04" : null));
            Files.writeString(texts.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("fuzz.jsonl");
        BatchRunner.Summary s = new BatchRunner(ModelFixture.extractor(), 2).run(docs, List.of(), out, null);
        List<String> lines = Files.readAllLines(out);
        List<String> failures = s.failed() == 0 ? List.of() : Files.readAllLines(BatchRunner.errorsFile(out));
        assertEquals(DOCUMENTS, lines.size() + failures.size(), "every document is a line or a failure");
        assertEquals(List.of(), failures, "no seed mutation should fail extraction (seed " + SEED + ")");
        List<Problem> problems = Validator.withTexts(texts).validate(out);
        assertEquals(List.of(), problems, "seed " + SEED);
    }

    /** The article, cut to at most ~1,500 characters around a random point and mutated 1–4 times. */
    private static String mutate(String text, Random random) {
        int from = random.nextInt(Math.max(1, text.length() - 1500));
        String s = text.substring(from, Math.min(text.length(), from + 500 + random.nextInt(1000)));
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            switch (random.nextInt(5)) {
                case 0 -> s = s.substring(0, random.nextInt(s.length() + 1));
                case 1 -> {
                    List<String> sentences = new ArrayList<>(Arrays.asList(s.split("(?<=\\.) ")));
                    Collections.shuffle(sentences, random);
                    s = String.join(" ", sentences);
                }
                case 2 -> {
                    int at = random.nextInt(s.length() + 1);
                    s = s.substring(0, at) + ODD[random.nextInt(ODD.length)] + s.substring(at);
                }
                case 3 -> s = s.toUpperCase(java.util.Locale.ROOT);
                default -> {
                    String[] words = s.split(" ");
                    if (words.length > 0) {
                        String w = words[random.nextInt(words.length)];
                        int at = Math.max(0, s.indexOf(w));
                        s = s.substring(0, at) + (w + " ").repeat(1 + random.nextInt(30)) + s.substring(at);
                    }
                }
            }
        }
        return s;
    }
}

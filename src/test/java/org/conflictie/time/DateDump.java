package org.conflictie.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Prints the document date and every date expression of the given article files, resolved
 * against the document date (or against {@code --date YYYY-MM-DD}), for eyeballing rules.
 */
public final class DateDump {
    public static void main(String[] args) throws IOException {
        DocumentDateFinder ddf = new DocumentDateFinder();
        DateExpressionFinder finder = new DateExpressionFinder();
        DateResolver resolver = new DateResolver();
        LocalDate forced = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--date")) {
                forced = LocalDate.parse(args[++i]);
                continue;
            }
            String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            var dd = ddf.find(text);
            LocalDate doc = forced != null ? forced : dd.map(DocumentDateFinder.DocumentDate::date).orElse(null);
            System.out.println("== " + args[i] + "  document date: " + dd.map(Object::toString).orElse("none"));
            for (DateExpression e : finder.find(text)) {
                System.out.printf("  %5d %-16s %-40s -> %-10s %s%n", e.start(), e.kind(),
                        "'" + e.text().replace('\n', ' ') + "'",
                        resolver.resolve(e, doc).map(PartialDate::toString).orElse("-"), e.fields());
            }
        }
    }
}

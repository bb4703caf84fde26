package org.conflictie.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The date words of {@code models/time/time-words.tsv}: category, phrase, value.
 *
 * <p>Immutable after loading, so one instance is shared by every finder and thread. Phrases are
 * looked up after {@link #normalize normalisation} (lower case, one space, straight apostrophe,
 * no trailing full stop), which is also how the matcher's regular expressions are built, so a
 * phrase that matches is always found again by {@link #value}.
 */
public final class TimeLexicon {
    /** Classpath location of the default word list (packaged from {@code models/}). */
    public static final String DEFAULT_RESOURCE = "models/time/time-words.tsv";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    /**
     * Regex for the white space between two words of a date expression: spaces with at most one
     * line break, so that no expression spans a blank line (a paragraph break).
     */
    static final String SPACE_REGEX = "(?:[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*)";

    /** category -> (normalised phrase -> value), both in file order for reproducible regexes. */
    private final Map<String, Map<String, String>> entries;

    private TimeLexicon(Map<String, Map<String, String>> entries) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        entries.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.entries = Collections.unmodifiableMap(copy);
    }

    /** The word list shipped in the jar, loaded once (it is immutable, so sharing it is safe). */
    public static TimeLexicon defaultLexicon() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final TimeLexicon DEFAULT = fromClasspath(DEFAULT_RESOURCE);
    }

    /** Loads a word list from the classpath. */
    public static TimeLexicon fromClasspath(String resource) {
        ClassLoader loader = TimeLexicon.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("time word list not on the classpath: " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Parses a word list; {@code source} names it in error messages. */
    public static TimeLexicon read(Reader reader, String source) throws IOException {
        Map<String, Map<String, String>> entries = new TreeMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                throw new IllegalArgumentException(source + ":" + lineNo
                        + ": expected 3 tab-separated columns (category, phrase, value): " + line);
            }
            String phrase = normalize(cols[1]);
            String previous = entries.computeIfAbsent(cols[0].trim(), k -> new LinkedHashMap<>())
                    .put(phrase, cols[2].trim());
            if (previous != null) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": duplicate phrase '"
                        + phrase + "' in category " + cols[0]);
            }
        }
        return new TimeLexicon(entries);
    }

    /** Lower case, hyphens as spaces, single spaces, straight apostrophes, no trailing full stop. */
    public static String normalize(CharSequence phrase) {
        String s = phrase.toString().replace('\u2019', '\'').replace('-', ' ')
                .toLowerCase(Locale.ROOT).trim();
        s = SPACES.matcher(s).replaceAll(" ");
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The value of a phrase in a category, if listed. */
    public Optional<String> value(String category, CharSequence phrase) {
        Map<String, String> m = entries.get(category);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(normalize(phrase)));
    }

    /** Whether the phrase is listed in the category. */
    public boolean contains(String category, CharSequence phrase) {
        return value(category, phrase).isPresent();
    }

    /** The integer value of a phrase; fails loudly when the list has a non-number there. */
    public Optional<Integer> intValue(String category, CharSequence phrase) {
        return value(category, phrase).map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("value of '" + phrase + "' in " + category
                        + " is not a whole number: " + v, e);
            }
        });
    }

    /** The phrases of a category, in file order. */
    public List<String> phrases(String category) {
        Map<String, String> m = entries.get(category);
        return m == null ? List.of() : List.copyOf(m.keySet());
    }

    /**
     * A regular-expression alternation (no group) that matches any phrase of the categories,
     * longest first so that "sept" is tried before "sep". A space or hyphen in a phrase matches
     * a white space run or a hyphen ("twenty-one", "twenty one"), an apostrophe either
     * apostrophe. Abbreviation categories get an optional full stop.
     */
    public String alternation(String... categories) {
        List<String> phrases = new ArrayList<>();
        for (String c : categories) {
            for (String p : phrases(c)) {
                String regex = toRegex(p) + (c.endsWith("_abbr") ? "\\.?" : "");
                if (!phrases.contains(regex)) {
                    phrases.add(regex);
                }
            }
        }
        if (phrases.isEmpty()) {
            throw new IllegalStateException("no phrases in " + String.join(",", categories));
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return "(?:" + String.join("|", phrases) + ")";
    }

    private static String toRegex(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                sb.append("(?:[ \\t\\u00a0]*-[ \\t\\u00a0]*|").append(SPACE_REGEX).append(")");
            } else if (c == '\'') {
                sb.append("['\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}

package org.conflictie.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Helpers shared by the closed vocabularies of the format. */
final class Vocabulary {
    private Vocabulary() {}

    static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}

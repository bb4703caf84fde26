package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The seven attack subtypes of format v1. */
public enum Subtype {
    ARMED_CLASH, AIR_STRIKE, SHELLING, BOMBING, ARMED_ASSAULT, ABDUCTION, OTHER;

    /** The value as written in the format, e.g. {@code air_strike}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The subtype whose {@link #code()} is {@code code}, if any. */
    public static Optional<Subtype> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    @JsonCreator
    static Subtype parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown subtype '" + code + "', expected one of " + Vocabulary.codes(values())));
    }
}

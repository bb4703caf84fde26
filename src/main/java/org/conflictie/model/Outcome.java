package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What happened to the people a casualty figure counts. Captured covers prisoners, arrests and abductions. */
public enum Outcome {
    KILLED, INJURED, CAPTURED, MISSING;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Outcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
    }

    @JsonCreator
    static Outcome parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown outcome '" + code + "', expected one of " + Vocabulary.codes(values())));
    }
}

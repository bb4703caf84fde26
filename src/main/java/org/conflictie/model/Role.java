package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** An actor's part in an attack: the side that carried it out, or the side attacked. */
public enum Role {
    ATTACKER, TARGET;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    @JsonCreator
    static Role parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown role '" + code + "', expected one of " + Vocabulary.codes(values())));
    }
}

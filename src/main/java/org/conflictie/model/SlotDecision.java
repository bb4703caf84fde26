package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How one value of an event was chosen.
 *
 * @param slot     {@code trigger}, {@code date}, {@code place}, {@code attacker}, {@code target} or {@code casualty}
 * @param chosen   the value that won, with why; null when every candidate was dropped
 * @param rejected the candidates that lost to it (or were dropped), each with why
 */
public record SlotDecision(String slot, Candidate chosen,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Candidate> rejected) {
    public SlotDecision {
        java.util.Objects.requireNonNull(slot, "slot");
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
}

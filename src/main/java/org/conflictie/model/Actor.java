package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A side of an attack.
 *
 * @param role     attacker or target
 * @param name     canonical name (e.g. {@code ISIS} for "Daesh"), or the article's words for unnamed actors
 * @param text     the article's words
 * @param start    offset of {@code text}, or null
 * @param end      end offset, exclusive, or null
 * @param alt      other wordings from the article that are equally right
 * @param rule     id of the rule that produced it (predictions only)
 * @param sentence index (0-based) of the article's sentence {@code text} comes from (predictions only)
 * @param optional true when a gold file marks this actor as doubtful
 */
public record Actor(Role role, String name, String text, Integer start, Integer end,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alt, String rule, Integer sentence,
                    Boolean optional) {
    public Actor {
        alt = alt == null ? List.of() : List.copyOf(alt);
    }

    public Actor(Role role, String name, String text) {
        this(role, name, text, null, null, List.of(), null, null, null);
    }

    public Actor(Role role, String name, String text, Integer start, Integer end, List<String> alt, String rule,
                 Boolean optional) {
        this(role, name, text, start, end, alt, rule, null, optional);
    }
}

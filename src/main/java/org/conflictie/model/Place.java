package org.conflictie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The most specific place the article gives for an incident.
 *
 * @param name    its usual English name
 * @param text    the article's words
 * @param start   offset of {@code text}, or null
 * @param end     end offset, exclusive, or null
 * @param admin1  province, state or governorate, when known
 * @param country ISO 3166-1 alpha-2 code, when known
 * @param alt     other wordings from the article that are equally right
 * @param rule    id of the rule that produced it (predictions only)
 * @param sentence index (0-based) of the article's sentence {@code text} comes from (predictions only)
 */
public record Place(String name, String text, Integer start, Integer end, String admin1, String country,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alt, String rule, Integer sentence) {
    public Place {
        alt = alt == null ? List.of() : List.copyOf(alt);
    }

    public Place(String name, String text, Integer start, Integer end, String admin1, String country,
                 List<String> alt, String rule) {
        this(name, text, start, end, admin1, country, alt, rule, null);
    }
}

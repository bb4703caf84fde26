package org.conflictie.annotators;

/**
 * A place named in the article.
 *
 * @param span      the words
 * @param name      usual English name
 * @param kind      how specific: {@code site} (a named location below a city), {@code city},
 *                  {@code admin1}, {@code country} or {@code region}
 * @param admin1    province, state or governorate, when known
 * @param country   ISO 3166-1 alpha-2, when known
 * @param dateline  true for the report's dateline city
 * @param anchor    the token it attaches to by a locative dependency, or -1
 * @param rule      the rule that found it
 */
public record PlaceMention(Span span, String name, String kind, String admin1, String country, boolean dateline,
                           int anchor, String rule) {}

package org.conflictie.resources;

/** How a mention matched a name, best first. */
public enum MatchLevel {
    /** The entry's own name, or a hand-curated English alias (case, accents, punctuation and articles aside). */
    NAME,
    /** A state abbreviation or postal code ("Calif.", "Minn.", "CA"). */
    ABBREVIATION,
    /** A GeoNames alternate name (other languages and spellings). */
    ALIAS,
    /** Equal after transliteration folding ("Makhmour" = "Makhmur"): see {@link Text#skeleton}. */
    VARIANT,
    /** One edit (insert, delete, substitute, swap) away from a name, after transliteration folding. */
    FUZZY
}

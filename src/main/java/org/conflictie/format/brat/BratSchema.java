package org.conflictie.format.brat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conflictie.model.Outcome;
import org.conflictie.model.Subtype;

/**
 * The names used in the brat mapping of format v1 and the {@code annotation.conf} that declares them. The
 * mapping itself is documented in {@code gold-annotations/GUIDELINES.md}, section "brat standoff mapping".
 */
public final class BratSchema {
    private BratSchema() {}

    /** The event type, which is also the type of its trigger span (brat requires the two to be equal). */
    public static final String ATTACK = "Attack";

    // Text-bound (T) entity types.
    public static final String ACTOR = "Actor";
    public static final String PLACE = "Place";
    public static final String DATE = "Date";
    public static final String CASUALTY = "Casualty";
    /** Anchors document-level values (document_date) in a note; it stands for the document, not for its words. */
    public static final String DOCUMENT = "Document";

    // Event (E) argument roles. brat numbers repeated roles: Target, Target2, Target3, ...
    public static final String ROLE_ATTACKER = "Attacker";
    public static final String ROLE_TARGET = "Target";
    public static final String ROLE_PLACE = "Place";
    public static final String ROLE_TIME = "Time";
    public static final String ROLE_CASUALTY = "Casualty";

    // Attributes (A).
    public static final String SUBTYPE = "Subtype";
    public static final String OUTCOME = "Outcome";
    public static final String OPTIONAL = "Optional";
    /** On an event whose v1 form has no trigger span: its Attack span only anchors the event in brat. */
    public static final String NO_TRIGGER = "NoTrigger";

    /** The one note type brat's UI edits (the "Notes" field of a span or event). */
    public static final String NOTES = "AnnotatorNotes";

    /** The {@code annotation.conf} written next to the converted documents. */
    public static String annotationConf() {
        return """
                # brat configuration for conflict-ie gold annotation (event format v1), written by
                # `ie convert --to brat`. The mapping is described in gold-annotations/GUIDELINES.md,
                # section "brat standoff mapping". Values without a span of their own (canonical names,
                # counts, dates, countries...) are JSON in each annotation's Notes field.

                [entities]
                Actor
                Place
                Date
                Casualty
                # Carries document-level values (document_date) in its note; it marks the first word only
                # so that brat can show it.
                Document

                [relations]
                # Spans may overlap or coincide: an event without a trigger is anchored on one of its arguments.
                <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

                [events]
                Attack\tAttacker*:Actor, Target*:Actor, Place?:Place, Time?:Date, Casualty*:Casualty

                [attributes]
                Subtype\tArg:Attack, Value:%s
                Outcome\tArg:Casualty, Value:%s
                Optional\tArg:Attack|Actor|Casualty
                NoTrigger\tArg:Attack
                """.formatted(codes(Subtype.values()), codes(Outcome.values()));
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }
}

package org.conflictie.view;

import java.util.Locale;

/** What a highlighted stretch of an article is; each has its colour in {@code report.css} ({@code .k-<code>}). */
enum SpanKind {
    TRIGGER("trigger"), ATTACKER("attacker"), TARGET("target"), PLACE("place"), DATE("date"), CASUALTY("casualty");

    private final String label;

    SpanKind(String label) {
        this.label = label;
    }

    /** The CSS class, e.g. {@code k-attacker}. */
    String cssClass() {
        return "k-" + name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }
}

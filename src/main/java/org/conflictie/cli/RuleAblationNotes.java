package org.conflictie.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.conflictie.annotators.RuleCatalog;
import org.conflictie.api.Extractor;

/** The warnings of {@code --disable-rule}: a prefix that names no known rule, or that removed nothing. */
final class RuleAblationNotes {
    private RuleAblationNotes() {}

    /** How many nearby ids a warning lists. */
    private static final int NEARBY = 6;

    /** Before extracting: prefixes that match no rule id the rule files and code know (likely typos). */
    static void beforeRun(Extractor extractor, PrintStream err) {
        List<String> prefixes = extractor.disabledRules().prefixes();
        if (prefixes.isEmpty()) return;
        RuleCatalog catalog = extractor.ruleCatalog();
        for (String p : prefixes) {
            List<String> matched = catalog.matching(p);
            if (matched.isEmpty()) {
                err.println("ie extract: warning: --disable-rule " + p + " matches no known rule id; nearby ids: "
                        + String.join(", ", catalog.nearby(p, NEARBY)));
            } else {
                err.println("ie extract: --disable-rule " + p + " switches off " + matched.size() + " rule id"
                        + (matched.size() == 1 ? "" : "s") + (matched.size() <= NEARBY ? ": " + String.join(", ", matched) : ""));
            }
        }
    }

    /** After extracting: how many mentions each prefix removed; none means the ablation changed nothing. */
    static void afterRun(Extractor extractor, PrintStream err) {
        for (Map.Entry<String, Long> e : extractor.disabledRules().droppedCounts().entrySet()) {
            if (e.getValue() == 0) {
                err.println("ie extract: warning: --disable-rule " + e.getKey() + " removed nothing in this run");
            } else {
                err.println("ie extract: --disable-rule " + e.getKey() + " removed " + e.getValue() + " mentions");
            }
        }
    }
}

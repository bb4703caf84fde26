package org.conflictie.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that every element the report opens is closed in order (no crossing tags), for the tests. */
final class WellFormed {
    private WellFormed() {}

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Set<String> VOID = Set.of("meta", "input", "br", "img", "link", "hr");

    /** @return null when balanced, else what went wrong */
    static String problem(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<script>.*?</script>", "")
                .replaceFirst("<!DOCTYPE html>", "");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (m.group(1).isEmpty()) {
                if (!VOID.contains(name) && !m.group(3).endsWith("/")) open.push(name);
            } else {
                if (open.isEmpty()) return "</" + name + "> at " + m.start() + " closes nothing";
                String top = open.pop();
                if (!top.equals(name)) return "</" + name + "> at " + m.start() + " closes <" + top + ">";
            }
        }
        return open.isEmpty() ? null : "unclosed: " + open;
    }
}

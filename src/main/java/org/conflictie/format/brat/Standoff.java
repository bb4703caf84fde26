package org.conflictie.format.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictie.format.Problem;

/**
 * The lines of a brat {@code .ann} file, parsed but not yet interpreted. A line that cannot be parsed, or that
 * uses a kind of annotation outside the mapping (relations, equivalences, normalisations), becomes a
 * {@link Problem} naming the file and line; nothing is dropped silently.
 */
final class Standoff {
    /** A text-bound annotation; offsets are brat offsets (code points), one pair per fragment. */
    record TextBound(String id, String type, List<int[]> fragments, String text, int line) {}

    record Arg(String role, String target) {}

    record EventAnn(String id, String type, String trigger, List<Arg> args, int line) {}

    /** {@code value} is null for a binary attribute. */
    record Attribute(String id, String name, String target, String value, int line) {}

    record Note(String id, String type, String target, String text, int line) {}

    private static final Pattern ID = Pattern.compile("([A-Za-z]+|#[A-Za-z]*)[0-9]+.*");
    private static final Pattern RANGE = Pattern.compile("(\\d+) (\\d+)");

    final Map<String, TextBound> textBounds = new LinkedHashMap<>();
    final Map<String, EventAnn> events = new LinkedHashMap<>();
    final List<Attribute> attributes = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final Path file;

    private Standoff(Path file) {
        this.file = file;
    }

    static Standoff parse(Path file, String content) {
        Standoff s = new Standoff(file);
        List<String> lines = content.lines().toList();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int lineNo = i + 1;
            int tab = line.indexOf('\t');
            String id = tab < 0 ? line : line.substring(0, tab);
            if (tab < 0 || !(ID.matcher(id).matches() || id.equals("*"))) {
                s.problem(lineNo, "", "expected an annotation line ID<TAB>..., found " + quote(line));
                continue;
            }
            if (!id.equals("*") && !ids.add(id)) {
                s.problem(lineNo, id, "expected each annotation id once, found " + id + " again");
                continue;
            }
            String rest = line.substring(tab + 1);
            switch (id.charAt(0)) {
                case 'T' -> s.textBound(id, rest, lineNo);
                case 'E' -> s.event(id, rest, lineNo);
                case 'A', 'M' -> s.attribute(id, rest, lineNo);
                case '#' -> s.note(id, rest, lineNo);
                case 'R' -> s.problem(lineNo, id, "relations (R) are not part of the brat mapping of format v1;"
                        + " express the link as an event argument or in a note");
                case 'N' -> s.problem(lineNo, id, "normalisations (N) are not part of the brat mapping of format v1;"
                        + " put canonical names in the span's note, e.g. {\"name\": \"ISIS\"}");
                case '*' -> s.problem(lineNo, id, "equivalences (*) are not part of the brat mapping of format v1;"
                        + " list other wordings in the note's \"alt\"");
                default -> s.problem(lineNo, id, "expected an annotation id starting with T, E, A or #, found " + id);
            }
        }
        return s;
    }

    private void textBound(String id, String rest, int line) {
        int tab = rest.indexOf('\t');
        if (tab < 0) {
            problem(line, id, "expected TYPE START END<TAB>TEXT, found " + quote(rest));
            return;
        }
        String head = rest.substring(0, tab);
        int space = head.indexOf(' ');
        if (space <= 0) {
            problem(line, id, "expected TYPE START END<TAB>TEXT, found " + quote(rest));
            return;
        }
        List<int[]> fragments = new ArrayList<>();
        for (String range : head.substring(space + 1).strip().split(";")) {
            Matcher m = RANGE.matcher(range.strip());
            if (!m.matches()) {
                problem(line, id, "expected offsets START END (or START END;START END...), found "
                        + quote(head.substring(space + 1)));
                return;
            }
            try {
                fragments.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            } catch (NumberFormatException e) {
                problem(line, id, "expected offsets that fit in an int, found " + quote(range));
                return;
            }
        }
        textBounds.put(id, new TextBound(id, head.substring(0, space), fragments, rest.substring(tab + 1), line));
    }

    private void event(String id, String rest, int line) {
        String[] parts = rest.strip().split("\\s+");
        String[] typeTrigger = parts[0].split(":", -1);
        if (typeTrigger.length != 2 || typeTrigger[0].isEmpty() || typeTrigger[1].isEmpty()) {
            problem(line, id, "expected TYPE:TRIGGER ROLE:ID..., found " + quote(rest));
            return;
        }
        List<Arg> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] roleTarget = parts[i].split(":", -1);
            if (roleTarget.length != 2 || roleTarget[0].isEmpty() || roleTarget[1].isEmpty()) {
                problem(line, id, "expected arguments ROLE:ID, found " + quote(parts[i]));
                return;
            }
            args.add(new Arg(roleTarget[0], roleTarget[1]));
        }
        events.put(id, new EventAnn(id, typeTrigger[0], typeTrigger[1], args, line));
    }

    private void attribute(String id, String rest, int line) {
        String[] parts = rest.strip().split(" ");
        if (parts.length < 2 || parts.length > 3) {
            problem(line, id, "expected NAME TARGET [VALUE], found " + quote(rest));
            return;
        }
        attributes.add(new Attribute(id, parts[0], parts[1], parts.length == 3 ? parts[2] : null, line));
    }

    private void note(String id, String rest, int line) {
        int tab = rest.indexOf('\t');
        String[] head = (tab < 0 ? rest : rest.substring(0, tab)).strip().split(" ");
        if (head.length != 2) {
            problem(line, id, "expected TYPE TARGET<TAB>TEXT, found " + quote(rest));
            return;
        }
        notes.add(new Note(id, head[0], head[1], tab < 0 ? "" : rest.substring(tab + 1).strip(), line));
    }

    private void problem(int line, String id, String message) {
        problems.add(new Problem(file, line, id, message));
    }

    static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "\"" + shown.replace("\t", "\\t") + "\"";
    }
}

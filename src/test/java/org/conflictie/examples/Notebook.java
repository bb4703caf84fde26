package org.conflictie.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Jupyter notebook read and checked against the parts of nbformat 4 that front ends rely on:
 * top-level {@code nbformat}, {@code nbformat_minor}, {@code metadata} and {@code cells}; every cell
 * a known {@code cell_type} with {@code metadata} and a {@code source} string or list of strings;
 * code cells with {@code outputs} and {@code execution_count}; cell ids (required from 4.5) unique.
 */
record Notebook(int minor, String kernel, List<Cell> cells) {
    record Cell(String type, String source) {}

    private static final Set<String> CELL_TYPES = Set.of("code", "markdown", "raw");

    static Notebook read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        require(root.path("nbformat").isInt() && root.get("nbformat").asInt() == 4, file, "nbformat", "4");
        require(root.path("nbformat_minor").isInt(), file, "nbformat_minor", "an integer");
        require(root.path("metadata").isObject(), file, "metadata", "an object");
        require(root.path("cells").isArray(), file, "cells", "an array");
        int minor = root.get("nbformat_minor").asInt();
        List<Cell> cells = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < root.get("cells").size(); i++) {
            JsonNode c = root.get("cells").get(i);
            String at = "cells[" + i + "]";
            require(CELL_TYPES.contains(c.path("cell_type").asText()), file, at + ".cell_type", "one of " + CELL_TYPES);
            require(c.path("metadata").isObject(), file, at + ".metadata", "an object");
            if (minor >= 5) require(c.path("id").isTextual() && ids.add(c.get("id").asText()), file, at + ".id", "a unique string");
            if (c.get("cell_type").asText().equals("code")) {
                require(c.path("outputs").isArray(), file, at + ".outputs", "an array");
                require(c.has("execution_count") && (c.get("execution_count").isNull() || c.get("execution_count").isInt()),
                        file, at + ".execution_count", "null or an integer");
            }
            cells.add(new Cell(c.get("cell_type").asText(), source(c.path("source"), file, at)));
        }
        return new Notebook(minor, root.path("metadata").path("kernelspec").path("name").asText(null), cells);
    }

    private static String source(JsonNode s, Path file, String at) {
        if (s.isTextual()) return s.asText();
        require(s.isArray(), file, at + ".source", "a string or a list of strings");
        StringBuilder b = new StringBuilder();
        for (JsonNode line : s) {
            require(line.isTextual(), file, at + ".source", "a list of strings");
            b.append(line.asText());
        }
        return b.toString();
    }

    private static void require(boolean ok, Path file, String field, String expected) {
        if (!ok) throw new IllegalArgumentException(file + ": " + field + ": expected " + expected);
    }

    List<String> code() {
        return cells.stream().filter(c -> c.type().equals("code")).map(Cell::source).toList();
    }

    /**
     * The code cells as a JShell script: kernel magics ({@code %...}) become comments, and JJava's
     * {@code display} and {@code updateDisplay} print what they would show.
     */
    String asJShellScript() {
        StringBuilder s = new StringBuilder("""
                // JJava's display functions, printing instead of rendering
                String display(Object o, String... mimeTypes) { System.out.println(o); return "display"; }
                void updateDisplay(String id, Object o, String... mimeTypes) { System.out.println(o); }
                """);
        for (String cell : code()) {
            for (String line : cell.split("\n", -1)) s.append(line.startsWith("%") ? "// " + line : line).append('\n');
        }
        return s.append("System.out.println(\"notebook: done\");\n/exit\n").toString();
    }
}

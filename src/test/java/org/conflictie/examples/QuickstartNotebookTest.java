package org.conflictie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/quickstart.ipynb is a well-formed nbformat 4 notebook for the JJava kernel. */
class QuickstartNotebookTest {
    private static final Path NOTEBOOK = Path.of("examples/quickstart.ipynb");

    @Test
    void isAWellFormedJavaNotebook() throws Exception {
        Notebook nb = Notebook.read(NOTEBOOK);
        assertEquals("java", nb.kernel(), "kernelspec name of JJava");
        assertTrue(nb.cells().get(0).type().equals("markdown"), "starts by explaining how to run it");
        List<String> code = nb.code();
        assertTrue(code.get(0).contains("%loadFromPOM ../pom.xml") && code.get(0).contains("%classpath ../target/conflict-ie.jar"),
                code.get(0));
        String all = String.join("\n", code);
        for (String call : List.of("Tables.events(events).toHtml()", "report.toHtml()", "comparison.toHtml()", "\"text/html\"")) {
            assertTrue(all.contains(call), call);
        }
    }

    @Test
    void thePathsItReadsExistSeenFromExamples() {
        Path examples = NOTEBOOK.getParent();
        for (String p : List.of("../pom.xml", "../seeds", "../gold-annotations")) {
            assertTrue(Files.exists(examples.resolve(p)), p);
        }
    }

    @Test
    void aMalformedNotebookIsRejectedNamingTheField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.ipynb");
        Files.writeString(bad, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                 "cells": [{"cell_type": "code", "id": "a", "metadata": {}, "source": "1+1"}]}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Notebook.read(bad));
        assertEquals(bad + ": cells[0].outputs: expected an array", e.getMessage());
        Files.writeString(bad, "{\"nbformat\": 3, \"cells\": []}");
        e = assertThrows(IllegalArgumentException.class, () -> Notebook.read(bad));
        assertEquals(bad + ": nbformat: expected 4", e.getMessage());
    }

    @Test
    void codeCellsBecomeAJShellScriptWithoutMagics() throws Exception {
        String script = Notebook.read(NOTEBOOK).asJShellScript();
        assertTrue(script.contains("// %classpath ../target/conflict-ie.jar"), script);
        assertTrue(script.lines().noneMatch(l -> l.startsWith("%")), script);
        assertTrue(script.endsWith("/exit\n"));
    }
}

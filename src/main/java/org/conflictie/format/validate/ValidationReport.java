package org.conflictie.format.validate;

import java.util.List;
import org.conflictie.format.Problem;

/**
 * What one validation run found.
 *
 * @param problems     every problem, in file and document order
 * @param files        files read (gold files, or 1 for a predictions file)
 * @param documents    documents that could be parsed as JSON objects
 * @param events       events in those documents
 * @param textsChecked true when the article texts were available and the text checks ran
 */
public record ValidationReport(List<Problem> problems, int files, int documents, int events, boolean textsChecked) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Number of distinct files with at least one problem. */
    public long filesWithProblems() {
        return problems.stream().map(Problem::file).distinct().count();
    }
}

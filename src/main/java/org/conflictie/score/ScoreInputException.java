package org.conflictie.score;

/** Input the scorer cannot score as given, e.g. the same doc_id twice in one run. */
public class ScoreInputException extends IllegalArgumentException {
    public ScoreInputException(String message) {
        super(message);
    }
}

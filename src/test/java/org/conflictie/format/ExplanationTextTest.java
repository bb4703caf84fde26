package org.conflictie.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.model.Candidate;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Explanation;
import org.conflictie.model.Place;
import org.conflictie.model.SentenceText;
import org.conflictie.model.SlotDecision;
import org.conflictie.model.Subtype;
import org.conflictie.model.Trigger;
import org.junit.jupiter.api.Test;

/** Rendering explanations for the terminal, and reading them back from a run line (no CoreNLP). */
public class ExplanationTextTest {
    static final String ARTICLE = "BAGHDAD (Wire) - A car bomb exploded in Sadr City on Monday, killing five people."
            + "\n\nPolice said the bomb was hidden in a van parked in Baghdad on Monday.";
    static final SentenceText S0 = sentence(0, 0, ARTICLE.indexOf("\n\n"));
    static final SentenceText S1 = sentence(1, ARTICLE.indexOf("Police"), ARTICLE.length());

    static SentenceText sentence(int index, int start, int end) {
        return new SentenceText(index, start, end, ARTICLE.substring(start, end));
    }

    /** A candidate for the {@code occurrence}-th (0-based) appearance of {@code words} in the article. */
    static Candidate at(String words, int occurrence, int sentence, String value, String rule, String reason) {
        int start = -1;
        for (int k = 0; k <= occurrence; k++) start = ARTICLE.indexOf(words, start + 1);
        return new Candidate(words, start, start + words.length(), sentence, value, rule, reason);
    }

    /** The event an explained run holds for the article, built by hand. */
    public static EventDocument explainedDocument() {
        Candidate bomb = at("car bomb", 0, 0, "bombing", "trigger.bombing", "the most telling attack word");
        Candidate sadr = at("Sadr City", 0, 0, "Sadr City (site, Baghdad, IQ)", "place.gazetteer", "the most specific place");
        Candidate monday = at("on Monday", 0, 0, "2021-05-03", "date.weekday", "a day within a month before the report");
        Explanation why = new Explanation(List.of(S0, S1), List.of(
                new SlotDecision("trigger", bomb, List.of(
                        at("bomb", 1, 1, "bombing", "trigger.bombing", "as telling as 'car bomb' but told after it"))),
                new SlotDecision("date", monday, List.of(
                        at("on Monday", 1, 1, "2021-05-03", "date.weekday", "the same date as 'on Monday', stated after it"))),
                new SlotDecision("place", sadr, List.of(
                        at("BAGHDAD", 0, 0, "Baghdad (city, Baghdad, IQ)", "place.gazetteer",
                                "the dateline city: where the report was filed; the incident happened in 'Sadr City'"),
                        at("Baghdad", 0, 1, "Baghdad (city, Baghdad, IQ)", "place.gazetteer", "less specific: a city"),
                        at("Baghdad", 0, 1, "Baghdad (city, Baghdad, IQ)", "place.gazetteer", "less specific: a city"))),
                new SlotDecision("casualty", null, List.of(
                        at("killing five people", 0, 0, "killed 5", "casualty.killed", "not a reported casualty")))));
        Event e = new Event("e1", Event.ATTACK, Subtype.BOMBING,
                new Trigger("car bomb", bomb.start(), bomb.end(), "trigger.bombing", 0),
                new EventDate("2021-05-03", "on Monday", monday.start(), monday.end(), "date.weekday", 0),
                new Place("Sadr City", "Sadr City", sadr.start(), sadr.end(), "Baghdad", "IQ", List.of(), "place.gazetteer", 0),
                List.of(), List.of(), 0.9, null, why);
        return new EventDocument("sadr", "2021-05-04", List.of(e));
    }

    @Test
    void showsEachChosenValueInItsSentenceAndEveryLoserWithItsReason() {
        String text = ExplanationText.render(explainedDocument(), null);
        assertTrue(text.startsWith("sadr  (report of 2021-05-04): 1 event\n\ne1  bombing  \"car bomb\"  [trigger.bombing]  sentence 0"), text);
        assertTrue(text.contains("  place     Sadr City (site, Baghdad, IQ)  \"Sadr City\"  [place.gazetteer]  sentence 0\n"
                + "            why: the most specific place\n"
                + "            in:  BAGHDAD (Wire) - A car bomb exploded in [[Sadr City]] on Monday, killing five people.\n"), text);
        assertTrue(text.contains("            - \"BAGHDAD\" = Baghdad (city, Baghdad, IQ)  [place.gazetteer]  sentence 0\n"
                + "              lost: the dateline city: where the report was filed; the incident happened in 'Sadr City'\n"), text);
        assertTrue(text.contains("  casualty  dropped:\n            - \"killing five people\" = killed 5"), text);
        assertFalse(text.contains("no explanation recorded"), text);
    }

    @Test
    void theSameLoserInOneSentenceIsShownOnce() {
        String text = ExplanationText.render(explainedDocument(), null);
        assertEquals(1, text.split("\"Baghdad\" = ", -1).length - 1, text);
    }

    @Test
    void withTheArticleTheContextCrossesSentences() {
        String text = ExplanationText.render(explainedDocument(), ARTICLE);
        // From the article the window runs on into the next sentence; newlines become spaces.
        assertTrue(text.contains("[[Sadr City]] on Monday, killing five people. Police said the bomb"), text);
    }

    @Test
    void contextIsTheWindowAroundTheWordsMarked() {
        String sentence = "x".repeat(100) + " Gunmen shot a guard " + "y".repeat(100);
        int start = sentence.indexOf("shot");
        String shown = ExplanationText.window(sentence, 1000, 1000 + start, 1000 + start + 4);
        assertEquals("…" + "x".repeat(ExplanationText.WINDOW - 8) + " Gunmen [[shot]] a guard "
                + "y".repeat(ExplanationText.WINDOW - 9) + "…", shown);
    }

    @Test
    void noContextForWordsOutsideTheSentencesCarried() {
        Candidate elsewhere = new Candidate("van", 500, 503, 7, "van", "actor.x", "why");
        assertNull(ExplanationText.context(elsewhere, explainedDocument().events().get(0).explanation(), null));
    }

    @Test
    void anEventWithoutExplanationShowsItsValuesAndSaysHowToGetOne() {
        Event plain = explainedDocument().events().get(0).withExplanation(null);
        String text = ExplanationText.render(new EventDocument("sadr", null, List.of(plain)), ARTICLE);
        assertTrue(text.contains("  date      2021-05-03  \"on Monday\"  [date.weekday]  sentence 0\n"
                + "            in:  BAGHDAD (Wire) - A car bomb exploded in Sadr City [[on Monday]], killing five people."), text);
        assertTrue(text.contains("(no explanation recorded: extract with --explain"), text);
    }

    @Test
    void explanationsSurviveTheRunFileAndArePlainRecords() throws Exception {
        EventDocument doc = explainedDocument();
        String line = EventJson.toJsonLine(doc);
        assertTrue(line.contains("\"explanation\":{\"sentences\":[{\"index\":0,\"start\":0,"), line);
        assertTrue(line.contains("\"slot\":\"casualty\",\"rejected\":["), line);
        EventDocument read = EventJson.parse(line);
        assertEquals(doc, read);
        assertEquals(ExplanationText.render(doc, null), ExplanationText.render(read, null));
    }

    @Test
    void valuesCarryTheirSentenceAndOldConstructorsLeaveItOut() throws Exception {
        String line = EventJson.toJsonLine(explainedDocument());
        assertTrue(line.contains("\"trigger\":{\"text\":\"car bomb\",\"start\":19,\"end\":27,\"rule\":\"trigger.bombing\",\"sentence\":0}"), line);
        Event old = new Event("e1", null, Subtype.BOMBING, new Trigger("car bomb", 19, 27, "trigger.bombing"),
                null, null, null, null, null, null);
        String plain = EventJson.toJsonLine(new EventDocument("d", null, List.of(old)));
        assertFalse(plain.contains("sentence") || plain.contains("explanation"), plain);
    }
}

package org.conflictie.format.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDate;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Place;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;
import org.conflictie.model.Trigger;
import org.junit.jupiter.api.Test;

/** Reading .ann files made by people in brat: what maps, and every problem with file:line and annotation id. */
class BratReaderTest {
    private static final String ARTICLE = "Rebels attacked Kirkuk on Monday,\r\nkilling 3 police.\n";

    private static BratReader.Result read(String ann) {
        return BratReader.read(Path.of("x.ann"), ann, ARTICLE, "x");
    }

    private static List<String> problems(String ann) {
        BratReader.Result r = read(ann);
        if (!r.ok()) assertNull(r.document(), "no document when there are problems");
        return r.problems().stream().map(Object::toString).toList();
    }

    private static final String GOOD = """
            T1\tAttack 7 15\tattacked
            T2\tActor 0 6\tRebels
            T3\tPlace 16 22\tKirkuk
            T4\tDate 23 32\ton Monday
            T5\tCasualty 34 50\tkilling 3 police
            E1\tAttack:T1 Attacker:T2 Place:T3 Time:T4 Casualty:T5
            A1\tSubtype E1 armed_assault
            A2\tOutcome T5 killed
            #1\tAnnotatorNotes T4\t{"value": "2021-05-03"}
            #2\tAnnotatorNotes T5\t{"count": 3, "group": "police"}
            """;

    @Test
    void readsAnnotationsMadeInBratWithTheirOffsets() {
        BratReader.Result r = read(GOOD);
        assertEquals(List.of(), r.problems());
        // Spans drawn in brat give start/end (UTF-16); the CRLF before "killing" is one brat character.
        int killing = ARTICLE.indexOf("killing");
        assertEquals(35, killing);
        Event expected = new Event("e1", "attack", Subtype.ARMED_ASSAULT, new Trigger("attacked", 7, 15, null),
                new EventDate("2021-05-03", "on Monday", 23, 32, null),
                new Place(null, "Kirkuk", 16, 22, null, null, List.of(), null),
                List.of(new Actor(Role.ATTACKER, null, "Rebels", 0, 6, List.of(), null, null)),
                List.of(new Casualty(Outcome.KILLED, 3, "police", "killing 3 police", killing, killing + 16, null, null, null)),
                null, null);
        assertEquals(new EventDocument("x", null, List.of(expected)), r.document());
    }

    @Test
    void toleratesCrlfLineEndingsInTheAnnFile() {
        assertEquals(List.of(), read(GOOD.replace("\n", "\r\n")).problems());
    }

    @Test
    void unparsableLinesAreReportedWithFileAndLine() {
        assertEquals(List.of("x.ann:2: expected an annotation line ID<TAB>..., found \"T2 Actor 0 6 Rebels\""),
                problems("T1\tAttack 7 15\tattacked\nT2 Actor 0 6 Rebels\nE1\tAttack:T1\n"));
        assertEquals(List.of("x.ann:1: T2: expected offsets START END (or START END;START END...), found \"zero 6\""),
                problems("T2\tActor zero 6\tRebels\n"));
        assertEquals(List.of("x.ann:1: E1: expected TYPE:TRIGGER ROLE:ID..., found \"Attack T1\""),
                problems("E1\tAttack T1\n"));
        assertEquals(List.of("x.ann:2: T1: expected each annotation id once, found T1 again"),
                problems("T1\tAttack 7 15\tattacked\nT1\tActor 0 6\tRebels\nE1\tAttack:T1\n"));
    }

    @Test
    void spansMustMatchTheArticle() {
        assertEquals(List.of("x.ann:1: T1: expected the text \"attacked\" (offsets 7..15 of the article), found \"attacks\""),
                problems("T1\tAttack 7 15\tattacks\nE1\tAttack:T1\n"));
        assertEquals(List.of("x.ann:1: T1: expected offsets within 0..52 (the length of the article in characters), found 7 99"),
                problems("T1\tAttack 7 99\tattacked\nE1\tAttack:T1\n"));
        assertEquals(List.of("x.ann:2: T2: expected one continuous span (format v1 has one text per value), found a discontinuous one skipping \" attacked \""),
                problems("T1\tAttack 7 15\tattacked\nT2\tActor 0 6;16 22\tRebels Kirkuk\nE1\tAttack:T1 Attacker:T2\n"));
        assertEquals(List.of("x.ann:1: T2: expected a span type Attack, Actor, Place, Date, Casualty or Document, found Person"),
                problems("T2\tPerson 0 6\tRebels\n"));
    }

    @Test
    void aSpanAcrossALineBreakIsReadWhole() {
        BratReader.Result r = read("T1\tAttack 23 33;34 41\ton Monday, killing\nE1\tAttack:T1\n");
        assertEquals(List.of(), r.problems());
        assertEquals("on Monday,\r\nkilling", r.document().events().get(0).trigger().text());
    }

    @Test
    void annotationKindsOutsideTheMappingAreReportedNotDropped() {
        assertEquals(List.of(
                "x.ann:3: R1: relations (R) are not part of the brat mapping of format v1; express the link as an event argument or in a note",
                "x.ann:4: N1: normalisations (N) are not part of the brat mapping of format v1; put canonical names in the span's note, e.g. {\"name\": \"ISIS\"}",
                "x.ann:5: *: equivalences (*) are not part of the brat mapping of format v1; list other wordings in the note's \"alt\""),
                problems("T1\tAttack 7 15\tattacked\nE1\tAttack:T1\nR1\tRel Arg1:T1 Arg2:T1\nN1\tReference T1 Wiki:1\tx\n*\tEquiv T1 T1\n"));
    }

    @Test
    void notesMustBeJsonWithKnownKeys() {
        assertEquals(List.of("x.ann:4: #1: expected the note to be a JSON object such as {\"name\": \"ISIS\"}: Unrecognized token 'ISIS': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') in \"ISIS\""),
                problems("T1\tAttack 7 15\tattacked\nT2\tActor 0 6\tRebels\nE1\tAttack:T1 Attacker:T2\n#1\tAnnotatorNotes T2\tISIS\n"));
        assertEquals(List.of("x.ann:4: #1: note key \"nmae\" is not part of the mapping here; expected alt, name, offsets, optional, rule"),
                problems("T1\tAttack 7 15\tattacked\nT2\tActor 0 6\tRebels\nE1\tAttack:T1 Attacker:T2\n#1\tAnnotatorNotes T2\t{\"nmae\": \"ISIS\"}\n"));
        assertEquals(List.of("x.ann:5: #1: note \"count\": expected a whole number ≥ 0 or null, found \"three\""),
                problems("T1\tAttack 7 15\tattacked\nT5\tCasualty 34 50\tkilling 3 police\nE1\tAttack:T1 Casualty:T5\nA1\tOutcome T5 killed\n"
                        + "#1\tAnnotatorNotes T5\t{\"count\": \"three\"}\n"));
        assertEquals(List.of("x.ann:3: #1: expected the note on the event, not on its trigger T1 (brat rejects notes on triggers); put trigger values under \"trigger\" in the event's note"),
                problems("T1\tAttack 7 15\tattacked\nE1\tAttack:T1\n#1\tAnnotatorNotes T1\t{\"rule\": \"x\"}\n"));
        assertEquals(List.of("x.ann:3: #1: note \"casualties[0]\": key \"cuont\" is not a format v1 field; expected count, end, group, optional, outcome, rule, sentence, source, start, text"),
                problems("T1\tAttack 7 15\tattacked\nE1\tAttack:T1\n#1\tAnnotatorNotes E1\t{\"casualties\": [{\"outcome\": \"killed\", \"cuont\": 3}]}\n"));
    }

    @Test
    void eventsAndArgumentsMustFitTheSchema() {
        assertEquals(List.of("x.ann:3: T2: expected an Outcome attribute (killed, injured, captured or missing) on this Casualty span, found none"),
                problems("T1\tAttack 7 15\tattacked\nE1\tAttack:T1 Casualty:T2\nT2\tCasualty 34 50\tkilling 3 police\n"));
        assertEquals(List.of("x.ann:4: E1: expected Target to point at a Actor span, found T3 (Place)"),
                problems("T1\tAttack 7 15\tattacked\nT2\tActor 0 6\tRebels\nT3\tPlace 16 22\tKirkuk\nE1\tAttack:T1 Attacker:T2 Target:T3 Place:T3\n"));
        assertEquals(List.of("x.ann:2: E1: expected a role Attacker, Target, Place, Time or Casualty, found Victim"),
                problems("T1\tAttack 7 15\tattacked\nE1\tAttack:T1 Victim:T1\n"));
        assertEquals(List.of("x.ann:3: E1: expected at most one Place argument (format v1 has one place per event), found Place2"),
                problems("T1\tAttack 7 15\tattacked\nT3\tPlace 16 22\tKirkuk\nE1\tAttack:T1 Place:T3 Place2:T3\n"));
        assertEquals(List.of("x.ann:2: T2: expected every Actor span to belong to an event (as trigger or argument), found \"Rebels\" in none"),
                problems("T1\tAttack 7 15\tattacked\nT2\tActor 0 6\tRebels\nE1\tAttack:T1\n"));
        assertEquals(List.of("x.ann:2: E1: expected the trigger T2 to be an Attack span, found Actor"),
                problems("T2\tActor 0 6\tRebels\nE1\tAttack:T2 Attacker:T2\n"));
    }

    @Test
    void attributesMustFitTheSchema() {
        String base = "T1\tAttack 7 15\tattacked\nT2\tActor 0 6\tRebels\nE1\tAttack:T1 Attacker:T2\n";
        assertEquals(List.of("x.ann:4: A1: expected Subtype to be one of armed_clash, air_strike, shelling, bombing, armed_assault, abduction, other, found raid"),
                problems(base + "A1\tSubtype E1 raid\n"));
        assertEquals(List.of("x.ann:4: A1: expected Outcome on a Casualty span, found it on T2 (Actor span)"),
                problems(base + "A1\tOutcome T2 killed\n"));
        assertEquals(List.of("x.ann:4: A1: expected an attribute Subtype, Outcome, Optional or NoTrigger, found Negation"),
                problems(base + "A1\tNegation E1\n"));
        assertEquals(List.of("x.ann:5: A2: expected one Subtype on E1, found another (first A1)"),
                problems(base + "A1\tSubtype E1 bombing\nA2\tSubtype E1 shelling\n"));
    }

    @Test
    void aDocumentWithoutEventsIsAnEmptyAnn() {
        BratReader.Result r = read("");
        assertEquals(new EventDocument("x", null, List.of()), r.document());
    }
}

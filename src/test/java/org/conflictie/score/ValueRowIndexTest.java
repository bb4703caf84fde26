package org.conflictie.score;

import static org.conflictie.score.TestEvents.doc;
import static org.conflictie.score.TestEvents.docs;
import static org.conflictie.score.TestEvents.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.conflictie.model.Subtype;
import org.junit.jupiter.api.Test;

/** The indices on each diff row point at the very value that earned the mark (the HTML view relies on them). */
class ValueRowIndexTest {

    private static ValueRow row(List<ValueRow> rows, Slot slot, Mark mark) {
        return rows.stream().filter(r -> r.slot() == slot && r.mark() == mark).findFirst().orElseThrow();
    }

    @Test
    void indicesNameThePositionOfEachValueInItsEvent() {
        var gold = ev("g1").subtype(Subtype.BOMBING).attacker("ISIS").attacker("Taliban").target("police")
                .killed(2).injured(5).build();
        var pred = ev("p1").subtype(Subtype.SHELLING).attacker("Taliban").attacker("al-Shabaab").target("police")
                .injured(5).build();
        ScoreReport r = Scorer.builder().bootstrapSamples(0).build().score(docs(doc("d", gold)), docs(doc("d", pred)));
        List<ValueRow> rows = r.perDocument().get(0).alignments().get(0).rows();

        ValueRow subtype = row(rows, Slot.SUBTYPE, Mark.WRONG);
        assertEquals(List.of(0, 0), List.of(subtype.predictedIndex(), subtype.goldIndex()));
        ValueRow taliban = row(rows, Slot.ATTACKER, Mark.RIGHT);
        assertEquals("Taliban", taliban.predicted().value());
        assertEquals(List.of(0, 1), List.of(taliban.predictedIndex(), taliban.goldIndex()));
        ValueRow isis = row(rows, Slot.ATTACKER, Mark.WRONG);
        assertEquals(List.of(1, 0), List.of(isis.predictedIndex(), isis.goldIndex()), "al-Shabaab shown against ISIS");
        ValueRow injured = row(rows, Slot.CASUALTY, Mark.RIGHT);
        assertEquals(List.of(0, 1), List.of(injured.predictedIndex(), injured.goldIndex()));
        ValueRow killed = row(rows, Slot.CASUALTY, Mark.MISSING);
        assertEquals(List.of(-1, 0), List.of(killed.predictedIndex(), killed.goldIndex()));
    }

    @Test
    void anIndexWithoutItsValueIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ValueRow(Slot.DATE, Mark.MISSING, null, new Shown("2021-01-01", null), 0, 0));
    }
}

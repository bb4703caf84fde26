package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.format.Table;
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

/** Event tables from hand-made events (no CoreNLP). */
class TablesTest {

    private static final Event RAID = new Event("e1", null, Subtype.ARMED_ASSAULT, new Trigger("stormed"),
            new EventDate("2023-09-14"), new Place("Dori", null, null, null, "Sahel", "BF", List.of(), null),
            List.of(new Actor(Role.ATTACKER, "JNIM", "militants"), new Actor(Role.TARGET, "army", "soldiers"),
                    new Actor(Role.TARGET, "VDP", "volunteers")),
            List.of(new Casualty(Outcome.KILLED, 7, "soldiers"), new Casualty(Outcome.KILLED, 3, null),
                    new Casualty(Outcome.INJURED, null, "civilians")),
            0.8, null);
    private static final Event BARE = new Event("e2", null, null, null, null, null, null, null, null, null);

    @Test
    void oneRowPerEventWithEveryFigureOfAnOutcome() {
        Table t = Tables.events(List.of(RAID, BARE));
        assertEquals(List.of("id", "subtype", "date", "place", "attacker", "target", "killed", "injured", "captured",
                "missing", "trigger"), t.columns());
        assertEquals(List.of("e1", "armed_assault", "2023-09-14", "Dori, Sahel (BF)", "JNIM", "army; VDP",
                "7 (soldiers); 3", "? (civilians)", "", "", "stormed"), t.rows().get(0));
        assertEquals(List.of("e2", "", "", "", "", "", "", "", "", "", ""), t.rows().get(1));
        assertTrue(t.toMarkdown().contains("| e1 | armed_assault | 2023-09-14 | Dori, Sahel (BF) | JNIM | army; VDP |"));
    }

    @Test
    void documentsGetADocIdColumnAndArticlesWithoutEventsNoRow() {
        Table t = Tables.documents(List.of(new EventDocument("bf-1", "2023-09-15", List.of(RAID)),
                new EventDocument("quiet", null, List.of()), new EventDocument("bf-2", null, List.of(BARE))));
        assertEquals("doc_id", t.columns().get(0));
        assertEquals(List.of("bf-1", "bf-2"), t.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("e1", t.rows().get(0).get(1));
    }

    @Test
    void noEventsIsAnEmptyTableWithItsHeader() {
        Table t = Tables.events(List.of());
        assertTrue(t.isEmpty());
        assertTrue(t.toHtml().contains("<th>subtype</th>"));
        assertEquals(0, Tables.documents(List.of()).rows().size());
    }

    @Test
    void articleWordsAreEscapedInHtml() {
        Event e = new Event("e1", null, Subtype.BOMBING, new Trigger("<blast>"), null, null,
                List.of(new Actor(Role.ATTACKER, "Al-Shabaab & allies", "x")), null, null, null);
        String html = Tables.events(List.of(e)).toHtml();
        assertTrue(html.contains("<td>Al-Shabaab &amp; allies</td>"), html);
        assertTrue(html.contains("<td>&lt;blast&gt;</td>"), html);
    }
}

package org.conflictie.annotators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictie.lexicon.ModelFiles;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
    static final RuleCatalog CATALOG = RuleCatalog.of(ModelFiles.bundled());

    @Test
    void knowsTheRulesOfTheFilesTheDatePatternsAndTheCode() {
        Set<String> ids = CATALOG.ids();
        assertTrue(ids.contains("trigger.air-strike"), "from triggers/attack-triggers.tsv");
        assertTrue(ids.contains("casualty.killed") && ids.contains("casualty.killed.bare") && ids.contains("casualty.killed.suffered"),
                "from casualties/outcomes.tsv with the annotator's suffixes");
        assertTrue(ids.contains("actor.passive-agent") && ids.contains("actor.active-subject"), "from actors/role-rules.tsv");
        assertTrue(ids.contains("date.weekday") && ids.contains("date.range+month-day"), "from the date patterns");
        assertTrue(ids.contains("place.gazetteer+neighbour") && ids.contains("place.dateline"), "from the code");
    }

    @Test
    void prefixesMatchFamiliesAndSingleRules() {
        List<String> casualty = CATALOG.matching("casualty.");
        assertTrue(casualty.size() > 10, casualty.toString());
        assertTrue(casualty.stream().allMatch(id -> id.startsWith("casualty.")));
        assertEquals(List.of("casualty.shot", "casualty.shot-fatally"), CATALOG.matching("casualty.shot"));
        assertEquals(List.of(), CATALOG.matching("casualties."));
    }

    @Test
    void aTypoShowsTheIdsMeant() {
        assertEquals("actor.passive-agent", CATALOG.nearby("actor.pasive-agent", 5).get(0));
        List<String> family = CATALOG.nearby("casualty.shoot", 3);
        assertTrue(family.stream().allMatch(id -> id.startsWith("casualty.")), family.toString());
        assertTrue(family.contains("casualty.shot"), family.toString());
        assertEquals(3, RuleCatalog.distance("kitten", "sitting"));
    }

    /** Every rule id written as a literal in the annotators and the assembler must be known, or typos go unwarned. */
    @Test
    void everyRuleIdLiteralInTheCodeIsKnown() throws Exception {
        Pattern literal = Pattern.compile("\"((?:actor|place|casualty|date|trigger)\\.[a-z][a-z+-]*)\"");
        Set<String> unknown = new TreeSet<>();
        int seen = 0;
        for (String dir : List.of("annotators", "assembly")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/conflictie", dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        seen++;
                        if (CATALOG.matching(m.group(1)).isEmpty()) unknown.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertTrue(seen > 20, "found only " + seen + " rule id literals; has the code moved?");
        assertEquals(Set.of(), unknown);
    }
}

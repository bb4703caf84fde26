package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldDropsAccentsAndUnifiesQuotes() {
        assertEquals("Bogota", Text.fold("Bogotá"));
        assertEquals("Sa'dah", Text.fold("Şa‘dah"));
        assertEquals("Lodz", Text.fold("Łódź"));
        assertEquals("a b", Text.fold("  a \t b "));
    }

    @Test
    void keyIgnoresCaseSpacesAndPunctuation() {
        assertEquals(Text.key("Al-Anbar"), Text.key("al anbar"));
        assertEquals("us", Text.key("U.S."));
        assertEquals(List.of("jisr", "al", "shughur"), Text.tokens("Jisr al-Shughur"));
    }

    @Test
    void articlesAreDroppedAtTheStartAndInside() {
        assertEquals("anbar", Text.stripArticles("Al-Anbar"));
        assertEquals("suwayda", Text.stripArticles("as-Suwayda"));
        assertEquals("deirzor", Text.stripArticles("Deir ez-Zor"));
        assertEquals("al", Text.stripArticles("Al")); // a lone article stays
    }

    @Test
    void skeletonFoldsTransliterationVariants() {
        assertEquals(Text.skeleton("Makhmur"), Text.skeleton("Makhmour"));
        assertEquals(Text.skeleton("Qarachogh"), Text.skeleton("Qaracogh"));
        assertEquals(Text.skeleton("Qarachogh"), Text.skeleton("Qarachugh"));
        assertEquals(Text.skeleton("Fallujah"), Text.skeleton("Falluja"));
        assertEquals(Text.skeleton("Tikrit"), Text.skeleton("Tikreet"));
        assertEquals(Text.skeleton("Baquba"), Text.skeleton("Baqubah"));
        assertNotEquals(Text.skeleton("Kirkuk"), Text.skeleton("Karachi"));
    }

    @Test
    void oneEditNeighbourhoodContainsSwaps() {
        assertTrue(Gazetteer.editsOne(Text.skeleton("Kikruk")).contains(Text.skeleton("Kirkuk")));
        assertFalse(Gazetteer.editsOne("kirkuk").contains("kirkuk"));
    }

    @Test
    void caseHelpers() {
        assertTrue(Text.isUpperCase("U.S."));
        assertFalse(Text.isUpperCase("Us"));
        assertTrue(Text.isAcronym("ISF"));
        assertFalse(Text.isAcronym("Daesh"));
        assertEquals("Iraq", Text.stripPossessive("Iraq's"));
        assertEquals("Iraq", Text.stripPossessive("Iraq’s"));
        assertEquals("Mosul", Text.trimPunctuation("\"Mosul,\""));
    }
}

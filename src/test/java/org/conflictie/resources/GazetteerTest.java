package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.defaultInstance();

    private static GeoEntry best(String mention) {
        return G.best(mention).orElseThrow(() -> new AssertionError("no reading of " + mention)).entry();
    }

    private static GeoEntry best(String mention, GeoContext ctx) {
        return G.best(mention, ctx).orElseThrow(() -> new AssertionError("no reading of " + mention)).entry();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mosul               | CITY    | Mosul          | Nineveh          | IQ
            Kirkuk              | CITY    | Kirkuk         | Kirkuk           | IQ
            Makhmour            | CITY    | Makhmur        | Erbil            | IQ
            Makhmur             | CITY    | Makhmur        | Erbil            | IQ
            SAN SALVADOR        | CITY    | San Salvador   | San Salvador     | SV
            Milwaukee           | CITY    | Milwaukee      | Wisconsin        | US
            MILWAUKEE           | CITY    | Milwaukee      | Wisconsin        | US
            Fallujah            | CITY    | Fallujah       | Anbar            | IQ
            Tal Afar            | CITY    | Tal Afar       | Nineveh          | IQ
            Al-Anbar            | ADMIN1  | Anbar          | Anbar            | IQ
            Anbar               | ADMIN1  | Anbar          | Anbar            | IQ
            Nineveh governorate | ADMIN1  | Nineveh        | Nineveh          | IQ
            Ninawa              | ADMIN1  | Nineveh        | Nineveh          | IQ
            Salahuddin          | ADMIN1  | Salah ad Din   | Salah ad Din     | IQ
            Saladin             | ADMIN1  | Salah ad Din   | Salah ad Din     | IQ
            Kirkuk province     | ADMIN1  | Kirkuk         | Kirkuk           | IQ
            Kurdistan Region    | REGION  | Kurdistan Region |                | IQ
            Mogadishu           | CITY    | Mogadishu      | Banadir          | SO
            Kandahar            | CITY    | Kandahar       | Kandahar         | AF
            Maiduguri           | CITY    | Maiduguri      | Borno            | NG
            Borno State         | ADMIN1  | Borno          | Borno            | NG
            Medellin            | CITY    | Medellin       | Antioquia        | CO
            Medellín            | CITY    | Medellin       | Antioquia        | CO
            Lima                | CITY    | Lima           | Lima Province    | PE
            Kharkiv             | CITY    | Kharkiv        | Kharkiv          | UA
            Kiev                | CITY    | Kyiv           | Kyiv City        | UA
            Goma                | CITY    | Goma           | North Kivu       | CD
            Timbuktu            | CITY    | Timbuktu       | Timbuktu         | ML
            Raqqa               | CITY    | Raqqa          | Raqqa            | SY
            Kobani              | CITY    | Kobani         | Aleppo           | SY
            Khan Younis         | CITY    | Khan Younis    | Gaza Strip       | PS
            New York City       | CITY    | New York City  | New York         | US
            Washington, D.C.    | CITY    | Washington     | District of Columbia | US
            the Bronx           | CITY    | The Bronx      | New York         | US
            Iraq                | COUNTRY | Iraq           |                  | IQ
            northern Iraq       | COUNTRY | Iraq           |                  | IQ
            Iraq's              | COUNTRY | Iraq           |                  | IQ
            El Salvador         | COUNTRY | El Salvador    |                  | SV
            U.S.                | COUNTRY | United States  |                  | US
            the United States   | COUNTRY | United States  |                  | US
            Ivory Coast         | COUNTRY | Ivory Coast    |                  | CI
            Burma               | COUNTRY | Myanmar        |                  | MM
            """)
    void readsPlacesOnEveryContinent(String mention, GeoKind kind, String name, String admin1, String country) {
        GeoEntry e = best(mention, GeoContext.none());
        assertEquals(kind, e.kind(), e.toString());
        assertEquals(name, e.name());
        assertEquals(admin1 == null ? null : admin1, e.kind() == GeoKind.COUNTRY ? null : e.admin1());
        assertEquals(country, e.country());
    }

    @Test
    void aCityComesBeforeTheDivisionItGivesItsNameTo() {
        List<PlaceMatch> l = G.lookup("Kirkuk");
        assertEquals(GeoKind.CITY, l.get(0).entry().kind());
        assertEquals(GeoKind.ADMIN1, l.get(1).entry().kind());
        assertEquals(GeoKind.CITY, best("Basra").kind());
    }

    @Test
    void contextRanksAmbiguousNames() {
        GeoContext delaware = new GeoContext(Set.of("US"), Set.of("US.DE"), false);
        GeoContext carolina = new GeoContext(Set.of("US"), Set.of("US.NC"), false);
        assertEquals("Delaware", best("Wilmington", delaware).admin1());
        assertEquals("North Carolina", best("Wilmington", carolina).admin1());
        assertEquals(PlaceMatch.ContextFit.ADMIN1, G.best("Wilmington", delaware).orElseThrow().fit());
        // without context: the larger namesake
        assertEquals("North Carolina", best("Wilmington").admin1());
        // in an article about California none of the known Wilmingtons is meant
        GeoContext california = new GeoContext(Set.of("US"), Set.of("US.CA"), false);
        assertTrue(G.best("Wilmington", california).isEmpty(), () -> G.lookup("Wilmington", california).toString());
        // but an unambiguous name is still read, whatever other state the article names
        assertEquals("Wisconsin", best("Milwaukee", california).admin1());
        // a country beats a US state, unless the article is about the US
        assertEquals(GeoKind.COUNTRY, best("Georgia").kind());
        assertEquals(GeoKind.ADMIN1, best("Georgia", GeoContext.ofCountries("US")).kind());
        // "San Salvador": the capital, or the town in Argentina when the article is about Argentina
        assertEquals("SV", best("San Salvador").country());
        assertEquals("AR", best("San Salvador", GeoContext.ofCountries("AR")).country());
    }

    @Test
    void contextIsBuiltFromUnambiguousPlaceWords() {
        GeoContext ctx = G.contextOf(List.of("Iraqi", "Nineveh governorate", "Police", "Wilmington"));
        assertTrue(ctx.countries().contains("IQ"));
        assertTrue(ctx.admin1Codes().contains("IQ.15"));
        assertFalse(ctx.countries().contains("PL")); // "Police" is a word, not the Polish town
        assertFalse(ctx.countries().contains("US")); // several Wilmingtons: no evidence either way
        assertTrue(G.contextOf(List.of("Calif.")).admin1Codes().contains("US.CA"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The", "the", "Police", "police", "Monday", "Sunday", "General", "March", "march",
            "Washington Post", "President", "Reuters", "Hit"})
    void wordsAreNotPlacesWithoutContext(String mention) {
        assertEquals(Optional.empty(), G.best(mention), () -> G.lookup(mention).toString());
    }

    @Test
    void lowerCaseWordsMatchNothingAtAll() {
        assertTrue(G.lookup("police").isEmpty());
        assertTrue(G.lookup("march").isEmpty());
        assertTrue(G.lookup("us").isEmpty());
    }

    @Test
    void riskyMatchesNeedSupport() {
        // "Hit" is a town in Anbar, and an English word
        PlaceMatch hit = G.lookup("Hit").get(0);
        assertTrue(hit.risky());
        assertEquals("IQ", best("Hit", GeoContext.ofCountries("IQ")).country());
        // "Aurora" is a first name and a city in several states
        assertTrue(G.best("Aurora").isEmpty());
        assertEquals("Colorado", best("Aurora", new GeoContext(Set.of("US"), Set.of("US.CO"), false)).admin1());
        assertEquals("Illinois", best("Aurora", new GeoContext(Set.of("US"), Set.of("US.IL"), false)).admin1());
        // "March" the town needs its country in the context
        assertEquals("GB", best("March", GeoContext.ofCountries("GB")).country());
        // a trusted mention (a tagger said LOCATION) stands in for context only when there is none
        assertEquals("Colorado", best("Aurora", GeoContext.none().trustedMention()).admin1());
    }

    @Test
    void fuzzyMatchingIsNarrow() {
        List<PlaceMatch> l = G.lookup("Kikruk");
        assertEquals(MatchLevel.FUZZY, l.get(0).level());
        assertTrue(l.get(0).risky());
        assertTrue(G.best("Kikruk").isEmpty());
        GeoEntry k = best("Kikruk", GeoContext.ofCountries("IQ"));
        assertEquals("Kirkuk", k.name());
        // no fuzzy reading of words or short names
        assertTrue(G.lookup("Generel").stream().noneMatch(p -> p.level() == MatchLevel.FUZZY && !p.risky()));
        assertTrue(G.lookup("Mosal").isEmpty() || G.lookup("Mosal").get(0).risky());
        assertTrue(G.best("Johnsen").isEmpty()); // a surname: no town of that spelling, variants are risky
        assertTrue(G.lookup("Bagdad").stream().anyMatch(p -> p.entry().name().equals("Baghdad")));
    }

    @Test
    void variantsMatchWithoutBeingListed() {
        PlaceMatch m = G.best("Makhmour").orElseThrow();
        assertEquals(MatchLevel.VARIANT, m.level());
        assertEquals("Makhmur", m.entry().name());
        assertEquals("Salah ad Din", best("Salahaddin").name());
    }

    @Test
    void stateAbbreviationsAndPostalCodes() {
        assertEquals("California", best("Calif.").name());
        assertEquals("California", best("Calif").name());
        assertEquals("Minnesota", best("Minn.").name());
        assertEquals("Minnesota", best("MINN.").name());
        assertEquals("New York", best("N.Y.").name());
        assertEquals("West Virginia", best("W.Va.").name());
        assertEquals("Washington", best("Wash.").name());
        // "Wash" and "Miss" without their period are words
        assertTrue(G.lookup("Wash").stream().noneMatch(p -> p.level() == MatchLevel.ABBREVIATION));
        // postal codes are risky: accepted with a US context, or when a division is asked for
        assertTrue(G.best("CA").isEmpty());
        assertEquals("California", best("CA", GeoContext.ofCountries("US")).name());
        assertEquals("California", G.admin1ByName("CA", null).orElseThrow().name());
        assertEquals("Indiana", G.admin1ByName("IN", "US").orElseThrow().name());
    }

    @Test
    void admin1ByNameAndCode() {
        assertEquals("IQ.15", G.admin1ByName("Nineveh governorate", null).orElseThrow().admin1Code());
        assertEquals("IQ.18", G.admin1ByName("Salah al-Din", "IQ").orElseThrow().admin1Code());
        assertEquals("Nineveh", G.admin1("IQ.15").orElseThrow().name());
        assertEquals("San Vicente", G.admin1ByName("San Vicente department", "SV").orElseThrow().name());
        assertEquals("Rivers State", G.admin1ByName("Rivers State", "NG").orElseThrow().name());
        assertEquals("Kyiv Oblast", G.admin1ByName("Kyiv Oblast", null).orElseThrow().name());
        assertTrue(G.admin1ByName("Mosul", "IQ").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Iraqi,IQ", "Salvadoran,SV", "Peruvian,PE", "Colombian,CO", "Guatemalan,GT", "Honduran,HN",
            "Nicaraguan,NI", "American,US", "British,GB", "Syrian,SY", "Afghan,AF", "Yemeni,YE", "Somali,SO",
            "Nigerian,NG", "Malian,ML", "Israeli,IL", "Palestinian,PS", "Ukrainian,UA", "Russian,RU",
            "Iraqis,IQ", "Afghans,AF", "Filipinos,PH", "Emirati,AE", "Kosovar,XK", "South Sudanese,SS",
            "Burkinabe,BF", "Nigerien,NE", "Congolese,CD", "Argentine,AR", "Welsh,GB"})
    void demonyms(String word, String country) {
        assertEquals(Optional.of(country), G.countryOfDemonym(word));
    }

    @Test
    void demonymsAndModifiers() {
        assertEquals(List.of("CD", "CG"), G.countriesOfDemonym("Congolese"));
        assertEquals(Optional.of("US"), G.countryOfModifier("U.S."));
        assertEquals(Optional.of("US"), G.countryOfModifier("US"));
        assertEquals(Optional.empty(), G.countryOfModifier("us"));
        assertEquals(Optional.of("IQ"), G.countryOfModifier("Iraq's"));
        assertEquals(Optional.of("GB"), G.countryOfModifier("U.K."));
        assertEquals(Optional.of("Iraqi"), G.demonymOf("IQ"));
        assertEquals(Optional.empty(), G.countryOfDemonym("Kurdish"));
    }

    @Test
    void everyCountryHasADemonym() {
        for (GeoEntry c : countries()) {
            assertTrue(G.demonymOf(c.country()).isPresent(), c.toString());
        }
    }

    private static List<GeoEntry> countries() {
        return java.util.stream.Stream.of("AD,AE,AF,AX,IQ,SH,US,XK,ZW".split(","))
                .map(cc -> G.country(cc).orElseThrow()).toList();
    }

    @Test
    void containment() {
        GeoEntry iraq = G.country("IQ").orElseThrow();
        GeoEntry nineveh = G.admin1("IQ.15").orElseThrow();
        GeoEntry mosul = best("Mosul");
        GeoEntry erbil = best("Erbil");
        GeoEntry kurdistan = best("Kurdistan Region");
        assertTrue(G.contains(iraq, mosul));
        assertTrue(G.contains(nineveh, mosul));
        assertTrue(G.contains(iraq, nineveh));
        assertTrue(G.contains(kurdistan, erbil));
        assertTrue(G.contains(kurdistan, G.admin1("IQ.11").orElseThrow()));
        assertTrue(G.contains(mosul, mosul));
        assertFalse(G.contains(kurdistan, mosul));
        assertFalse(G.contains(mosul, nineveh));
        assertFalse(G.contains(G.country("SY").orElseThrow(), mosul));
        assertTrue(G.contains("Iraq", "Mosul"));
        assertTrue(G.contains("Nineveh", "Mosul"));
        assertTrue(G.contains("California", "Los Angeles"));
        assertTrue(G.contains("Calif.", "Long Beach"));
        assertFalse(G.contains("Texas", "Los Angeles"));
        assertFalse(G.contains("Police", "Mosul"));
    }

    @Test
    void secondLevelDivisions() {
        GeoEntry la = best("Los Angeles County");
        assertEquals(GeoKind.ADMIN2, la.kind());
        assertEquals("California", la.admin1());
        assertEquals(GeoKind.CITY, best("Los Angeles").kind()); // the city, not its county
        assertTrue(G.contains(la, best("Long Beach")));
        assertTrue(G.contains(G.admin1("US.CA").orElseThrow(), la));
        assertEquals("Texas", best("Harris County", GeoContext.ofCountries("US")).admin1());
        assertEquals("Georgia", best("Harris County", new GeoContext(Set.of("US"), Set.of("US.GA"), false)).admin1());
        GeoEntry makhmur = best("Makhmour district");
        assertEquals("Erbil", makhmur.admin1());
        assertEquals(GeoKind.ADMIN2, makhmur.kind());
    }

    @Test
    void everyPlaceOfAKnownDivisionNamesIt() {
        GeoEntry m = best("Mosul");
        assertEquals("IQ.15", m.admin1Code());
        assertEquals(Set.of("IQ.15"), m.admin1Codes());
        assertTrue(m.population() > 1_000_000);
        assertEquals("PPLA", m.featureCode());
    }
}

package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorAliasesTest {
    private static final ActorAliases A = ActorAliases.defaultInstance();

    private static String name(String mention) {
        return A.canonical(mention).map(CanonicalActor::name).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Daesh                                  | ISIS
            the so-called Islamic State            | ISIS
            Islamic State of Iraq and the Levant   | ISIS
            ISIL                                   | ISIS
            IS                                     | ISIS
            IS militants                           | ISIS
            ISIS fighters                          | ISIS
            islamic state                          | ISIS
            Islamic State's                        | ISIS
            members of the Islamic State           | ISIS
            suspected Daesh terrorists             | ISIS
            the Pentagon                           | US military
            CENTCOM                                | US military
            US Central Command                     | US military
            US Department of Defense               | US military
            US troops                              | US military
            U.S. forces                            | US military
            U.S. service members                   | US military
            American soldiers                      | US military
            the US-led coalition                   | US-led coalition
            the coalition                          | US-led coalition
            CJTF-OIR                               | US-led coalition
            Combined Joint Task Force – Operation Inherent Resolve | US-led coalition
            Hashd al-Shaabi                        | Popular Mobilization Forces
            PMF                                    | Popular Mobilization Forces
            Popular Mobilisation Units             | Popular Mobilization Forces
            Kata'ib Hizballah                      | Kataib Hezbollah
            Kataib Hezbollah militiamen            | Kataib Hezbollah
            Iraqi Security Forces                  | Iraqi security forces
            ISF                                    | Iraqi security forces
            Iraqi forces                           | Iraqi security forces
            Iraq's army                            | Iraqi security forces
            Iraqi army units                       | Iraqi security forces
            Peshmerga fighters                     | Peshmerga
            PKK militants                          | PKK
            YPG                                    | YPG
            Syrian Democratic Forces               | SDF
            US-backed SDF                          | SDF
            Taliban                                | Taliban
            Pakistani Taliban                      | TTP
            al-Qaida in the Arabian Peninsula      | AQAP
            JNIM                                   | JNIM
            al-Shabab militants                    | al-Shabaab
            Boko Haram insurgents                  | Boko Haram
            ISWAP                                  | ISWAP
            Hamas gunmen                           | Hamas
            Hizbollah                              | Hezbollah
            Hezbollah drones                       | Hezbollah
            Houthi rebels                          | Houthis
            Ansar Allah                            | Houthis
            Islamic Jihad                          | Palestinian Islamic Jihad
            Wagner mercenaries                     | Wagner Group
            Russian troops                         | Russian armed forces
            Armed Forces of Ukraine                | Ukrainian armed forces
            IDF                                    | Israeli Defense Forces
            Israeli warplanes                      | Israeli Defense Forces
            Syrian army                            | Syrian Arab Army
            Syrian government forces               | Syrian Arab Army
            Hayat Tahrir al-Sham                   | HTS
            Rapid Support Forces                   | RSF
            Sudanese army                          | SAF
            M23 rebels                             | M23
            Allied Democratic Forces               | ADF
            Tigray Defense Forces                  | Tigray forces
            Jalisco New Generation Cartel          | CJNG
            Sinaloa cartel                         | Sinaloa Cartel
            FMLN                                   | FMLN
            Farabundo Marti National Liberation Front | FMLN
            FARABUNDO MARTI NATIONAL LIBERATION FRONT | FMLN
            FMLN urban guerrillas                  | FMLN
            Sendero Luminoso                       | Shining Path
            SHINING PATH                           | Shining Path
            Tupac Amaru Revolutionary Movement     | MRTA
            Revolutionary Armed Forces of Colombia | FARC
            ARMY OF NATIONAL LIBERATION            | ELN
            Salvadoran army                        | Salvadoran armed forces
            Armed Forces of El Salvador            | Salvadoran armed forces
            Contra rebels                          | Contras
            Irish Republican Army                  | IRA
            Euskadi Ta Askatasuna                  | ETA
            Turkish troops                         | Turkish armed forces
            Kenyan soldiers                        | Kenyan armed forces
            Afghan police                          | Afghan police
            Turkish-backed Syrian National Army    | Syrian National Army
            Iraqi Kurdish Peshmerga                | Peshmerga
            Iran-backed Kataib Hezbollah           | Kataib Hezbollah
            Hamas's armed wing                     | Hamas
            the Islamic State group's fighters     | ISIS
            """)
    void canonicalNames(String mention, String canonical) {
        assertEquals(canonical, name(mention), () -> A.match(mention).toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the state", "is", "Is", "state", "Ira", "eta", "pmf", "isf", "Washington Post",
            "Iraqi militants", "unidentified gunmen", "gunmen", "militants", "terrorists", "police", "the army",
            "government forces", "Police", "Monday", "people", "the government", "Iraq", "US"})
    void wordsThatNameNoActorByThemselves(String mention) {
        assertEquals(Optional.empty(), A.canonical(mention), () -> A.match(mention).toString());
    }

    @Test
    void blankAndNullNameNobody() {
        assertEquals(Optional.empty(), A.canonical(" "));
        assertEquals(Optional.empty(), A.canonical(null));
    }

    @Test
    void kindsAndCountries() {
        CanonicalActor pmf = A.canonical("PMU").orElseThrow();
        assertEquals(ActorKind.PARAMILITARY, pmf.kind());
        assertEquals("IQ", pmf.country());
        CanonicalActor isis = A.canonical("Daesh").orElseThrow();
        assertEquals(ActorKind.NON_STATE_ARMED_GROUP, isis.kind());
        assertEquals(null, isis.country());
        assertEquals(ActorKind.COALITION, A.canonical("CJTF-OIR").orElseThrow().kind());
        assertEquals(ActorKind.STATE_FORCE, A.canonical("CENTCOM").orElseThrow().kind());
        assertEquals(ActorKind.CRIMINAL_GROUP, A.canonical("CJNG").orElseThrow().kind());
    }

    @Test
    void headNounsAreReported() {
        ActorMatch m = A.match("ISIS militants").orElseThrow();
        assertEquals("militants", m.headNoun());
        assertEquals("ISIS", m.alias());
        assertFalse(m.viaContext());
        assertEquals("troops", A.match("Kenyan troops").orElseThrow().headNoun());
        assertTrue(A.isHeadNoun("service members"));
        assertFalse(A.isHeadNoun("Mosul"));
    }

    @Test
    void theArticlesCountryNamesGenericForces() {
        ActorMatch m = A.match("government forces", "SV").orElseThrow();
        assertEquals("Salvadoran armed forces", m.actor().name());
        assertTrue(m.viaContext());
        assertEquals("Iraqi security forces", A.match("the army", "IQ").orElseThrow().actor().name());
        assertEquals("Iraqi police", A.match("police", "IQ").orElseThrow().actor().name());
        assertEquals("Kenyan police", A.match("security forces", "KE").map(x -> x.actor().name())
                .map(x -> x.replace("armed forces", "police")).orElseThrow());
        // a member head noun alone names nobody, whatever the country
        assertTrue(A.match("gunmen", "SV").isEmpty());
        assertEquals("Salvadoran armed forces", A.match("6TH INFANTRY BRIGADE", "SV").orElseThrow().actor().name());
        assertEquals("Salvadoran armed forces", A.match("members of the armed forces", "SV").orElseThrow().actor().name());
        assertTrue(A.match("Iraqi gunmen", "IQ").isEmpty());
        // a named actor is not overridden by the article's country
        assertEquals("ISIS", A.match("ISIS fighters", "SV").orElseThrow().actor().name());
    }

    @Test
    void armedForcesOfAnyCountry() {
        assertEquals("Iraqi security forces", A.armedForces("IQ").orElseThrow().name());
        assertEquals("Malian armed forces", A.armedForces("ML").orElseThrow().name());
        assertEquals("Yemeni armed forces", A.armedForces("YE").orElseThrow().name());
        assertEquals(Optional.of("ISIS"), A.byName("ISIS").map(CanonicalActor::name));
    }
}

package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictie.format.InputDocument;
import org.conflictie.model.Actor;
import org.conflictie.model.Casualty;
import org.conflictie.model.Event;
import org.conflictie.model.EventDocument;
import org.conflictie.model.Outcome;
import org.conflictie.model.Role;
import org.conflictie.model.Subtype;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine on short sentences written for these tests (not from the seeds or dev corpora). */
class ExtractorIT {

    private static List<Event> extract(String text, String date) {
        EventDocument doc = ModelFixture.extractor().extract(new InputDocument("t", text, date));
        assertSpansAreVerbatim(text, doc);
        return doc.events();
    }

    private static Event only(String text, String date) {
        List<Event> events = extract(text, date);
        assertEquals(1, events.size(), () -> "expected one event in: " + text + "\n got " + events);
        return events.get(0);
    }

    /** Every text with offsets must be the article's own characters there (traceability). */
    static void assertSpansAreVerbatim(String text, EventDocument doc) {
        for (Event e : doc.events()) {
            if (e.trigger() != null) check(text, e.trigger().text(), e.trigger().start(), e.trigger().end());
            if (e.date() != null) check(text, e.date().text(), e.date().start(), e.date().end());
            if (e.place() != null) check(text, e.place().text(), e.place().start(), e.place().end());
            for (Actor a : e.actors()) check(text, a.text(), a.start(), a.end());
            for (Casualty c : e.casualties()) check(text, c.text(), c.start(), c.end());
        }
    }

    private static void check(String text, String span, Integer start, Integer end) {
        if (span == null || start == null) return;
        assertEquals(span, text.substring(start, end), "offsets must frame the text");
    }

    private static Casualty casualty(Event e, Outcome outcome) {
        return e.casualties().stream().filter(c -> c.outcome() == outcome).findFirst()
                .orElseThrow(() -> new AssertionError("no " + outcome + " casualty in " + e));
    }

    @Nested
    class Attacks {
        /** Wordings of older and non-US wire copy that once gave no event or no attacker. */
        @Test
        void hackedToDeathFiredOnAndOverranAreAttacksWithTheirAttackers() {
            Event hacked = only("A farmer was hacked to death by machete-wielding attackers in Kivu on Saturday.", "1995-06-12");
            assertEquals(Subtype.ARMED_ASSAULT, hacked.subtype());
            Event firedOn = only("Suspected IRA gunmen fired on a police patrol in Belfast on Saturday.", "1995-06-12");
            assertEquals(List.of("IRA"), firedOn.actors(Role.ATTACKER).stream().map(Actor::name).toList(), firedOn::toString);
            Event overran = only("Tamil Tiger rebels overran an army camp in Jaffna on Saturday.", "1995-06-12");
            assertTrue(overran.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().contains("rebels")), overran::toString);
        }

        @Test
        void tookTwentyCrewMembersHostageIsAnAbductionOfTwenty() {
            Event e = only("Pirates seized a tanker off Somalia on Monday and took 20 crew members hostage.", "2020-03-10");
            assertEquals(Subtype.ABDUCTION, e.subtype());
            assertEquals(20, casualty(e, Outcome.CAPTURED).count(), e::toString);
            assertTrue(e.actors(Role.TARGET).stream().noneMatch(a -> a.text().contains("hostage")), e::toString);
        }

        @Test
        void rocketAttackIsShelling() {
            assertEquals(Subtype.SHELLING, only("A rocket attack hit the airport in Erbil on Tuesday, officials said.", "2021-02-17").subtype());
        }

        @Test
        void airstrikeIsAirStrike() {
            assertEquals(Subtype.AIR_STRIKE, only("An airstrike destroyed a weapons depot near Deir ez-Zor on Friday.", "2021-02-27").subtype());
        }

        @Test
        void roadsideBombIsBombing() {
            assertEquals(Subtype.BOMBING, only("A roadside bomb wounded three soldiers outside Kandahar.", "2019-05-02").subtype());
        }

        @Test
        void ambushIsArmedAssault() {
            assertEquals(Subtype.ARMED_ASSAULT, only("Rebels ambushed an army patrol near Goma, killing four soldiers.", "2022-06-01").subtype());
        }

        @Test
        void kidnappingIsAbduction() {
            assertEquals(Subtype.ABDUCTION, only("Gunmen kidnapped six teachers from a school in Zamfara on Monday.", "2021-03-09").subtype());
        }

        @Test
        void clashIsArmedClash() {
            assertEquals(Subtype.ARMED_CLASH, only("Government troops clashed with rebels in the hills near Bamako on Sunday.", "2020-07-13").subtype());
        }

        @Test
        void habitsThreatsAndAbilitiesAreNotEvents() {
            assertEquals(List.of(), extract("The insurgents often carry out hit-and-run attacks against police posts. "
                    + "Their leader threatened to attack the capital. The group remains capable of launching attacks.", "2020-01-10"));
        }

        @Test
        void seizedOrDefusedWeaponsAreNotEvents() {
            assertEquals(List.of(), extract("Soldiers confiscated two grenades and a rifle at a checkpoint on Monday. "
                    + "Engineers defused a bomb found under a bridge.", "2020-01-10"));
        }

        @Test
        void aPluralThatDidSomethingIsAnIncident() {
            Event e = only("Rockets hit a military base near Baghdad on Tuesday, wounding three soldiers.", "2020-03-12");
            assertEquals(Subtype.SHELLING, e.subtype());
        }

        @Test
        void twoIncidentsOnDifferentDaysStayApart() {
            List<Event> events = extract("A car bomb exploded in Mosul on Monday, killing two people. "
                    + "On Thursday, gunmen ambushed a convoy in Kirkuk and killed three guards.", "2021-03-20");
            assertEquals(2, events.size(), events::toString);
        }

        @Test
        void incidentsWithOtherNamedSidesStayApart() {
            List<Event> events = extract("Islamic State militants attacked a Kurdish checkpoint, killing two guards. "
                    + "Taliban fighters ambushed an Afghan army convoy, killing four soldiers.", "2021-03-10");
            assertEquals(2, events.size(), events::toString);
        }

        @Test
        void theSameSidesToldAgainAreOneIncident() {
            Event e = only("Islamic State militants attacked a Kurdish checkpoint, killing two guards. "
                    + "The attack by ISIS also wounded a civilian.", "2021-03-10");
            assertEquals(Subtype.ARMED_ASSAULT, e.subtype());
        }

        @Test
        void incidentsInDifferentProvincesStayApart() {
            List<Event> events = extract("A car bomb killed four people in Baghdad on Monday. "
                    + "Separately, a roadside bomb wounded two soldiers in Basra province.", "2021-03-10");
            assertEquals(2, events.size(), events::toString);
        }

        @Test
        void warsAreNotEvents() {
            assertEquals(List.of(), extract("The war has killed thousands of people since 2011. "
                    + "The 2003 invasion toppled the government.", "2020-01-10"));
        }

        @Test
        void mentionsOfOneIncidentMerge() {
            Event e = only("A suicide bomber killed five people at a market in Kabul on Sunday. "
                    + "The bombing was the deadliest in months.", "2019-08-19");
            assertEquals(Subtype.BOMBING, e.subtype());
        }
    }

    @Nested
    class Casualties {
        @Test
        void numberWordsAndHyphenatedCounts() {
            Event e = only("Twenty-five militants were killed in the raid on Tuesday.", "2020-04-01");
            assertEquals(25, casualty(e, Outcome.KILLED).count());
        }

        @Test
        void atLeastKeepsTheFigure() {
            Event e = only("At least 15 civilians were wounded when a shell struck a bus station.", "2020-04-01");
            Casualty c = casualty(e, Outcome.INJURED);
            assertEquals(15, c.count());
            assertEquals("civilians", c.group());
        }

        @Test
        void aDozenKidnapped() {
            Event e = only("Bandits kidnapped a dozen students in an attack on a college.", "2021-02-10");
            assertEquals(12, casualty(e, Outcome.CAPTURED).count());
        }

        @Test
        void sourceFromAccordingTo() {
            Event e = only("A bomb killed three policemen in Quetta, according to the provincial government.", "2018-01-02");
            Casualty c = casualty(e, Outcome.KILLED);
            assertEquals(3, c.count());
            assertNotNull(c.source());
            assertTrue(c.source().contains("provincial government"), c.source());
        }

        @Test
        void agesAreNotCountsAndShotAndKilledIsOneOutcome() {
            Event e = only("Dale Porter, 32, and Ana Ruiz, 41, were shot and killed outside a store on Friday.", "2016-01-10");
            assertTrue(e.casualties().stream().allMatch(c -> c.outcome() == Outcome.KILLED), e::toString);
            assertTrue(e.casualties().stream().noneMatch(c -> c.count() != null && c.count() > 2), e::toString);
        }

        /** The tagger reads "A gunman shot" as a noun phrase; PosRepairAnnotator restores the verb and the parse. */
        @Test
        void aSingularAttackerWhoShotAndKilledSomeone() {
            Event e = only("A Florida mother shot and killed her daughter at their home in Tampa on Friday.", "2016-03-06");
            assertEquals(1, casualty(e, Outcome.KILLED).count(), e::toString);
            assertTrue(e.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().contains("mother")), e::toString);
        }

        @Test
        void anEllipticalSecondClauseKeepsItsFigure() {
            Event e = only("Three soldiers were killed and two wounded when their convoy was ambushed near Fallujah on Monday.", "2003-08-20");
            assertEquals(3, casualty(e, Outcome.KILLED).count(), e::toString);
            assertEquals(2, casualty(e, Outcome.INJURED).count(), e::toString);
            Event left = only("A bomb exploded in a market in Kirkuk on Saturday. The blast left 12 dead and 30 wounded.", "2003-08-20");
            assertEquals(30, casualty(left, Outcome.INJURED).count(), left::toString);
        }

        @Test
        void theDeathTollGivesTheKilled() {
            Event e = only("A bomb exploded at a wedding party in Kirkuk on Saturday. The death toll rose to 23, officials said.", "2003-08-20");
            assertEquals(23, casualty(e, Outcome.KILLED).count(), e::toString);
        }

        @Test
        void aPronounRestatesTheVictimAlreadyReported() {
            Event e = only("A man was shot and killed outside a bar on Saturday night. He was shot in the chest, police said.", "2016-03-06");
            assertEquals(1, e.casualties().size(), e::toString);
            assertEquals(Outcome.KILLED, e.casualties().get(0).outcome());
        }

        @Test
        void aShootingCapturedOnVideoAndAGunmanCapturedLaterAreNoCaptives() {
            Event e = only("Two men were wounded in a shooting on Main Street on Friday. The shooting was captured on video "
                    + "by a neighbor. Hours later, police captured the gunman.", "2016-03-05");
            assertTrue(e.casualties().stream().noneMatch(c -> c.outcome() == Outcome.CAPTURED), e::toString);
            assertEquals(2, casualty(e, Outcome.INJURED).count());
        }

        @Test
        void aSuspectsLaterArrestIsNoCapture() {
            Event e = only("Two men were shot on Sunday. Police later arrested a suspect in connection with the shooting.", "2016-01-12");
            assertTrue(e.casualties().stream().noneMatch(c -> c.outcome() == Outcome.CAPTURED), e::toString);
        }

        @Test
        void anAimIsNoDeath() {
            Event e = only("Gunmen stormed the town hall on Monday to kill the mayor, but he escaped.", "2019-02-20");
            assertTrue(e.casualties().stream().noneMatch(c -> c.outcome() == Outcome.KILLED), e::toString);
        }

        @Test
        void twoSourcesWithDifferentFiguresGiveTwoEntries() {
            Event e = only("An airstrike killed 14 fighters near Hama on Monday, the defence ministry said. "
                    + "A monitoring group said 16 fighters were killed in the strike.", "2021-06-08");
            List<Casualty> killed = e.casualties().stream().filter(c -> c.outcome() == Outcome.KILLED).toList();
            assertEquals(List.of(14, 16), killed.stream().map(Casualty::count).sorted().toList(), e::toString);
            assertTrue(killed.stream().allMatch(c -> c.source() != null), e::toString);
        }

        @Test
        void theMinistrySaidNamesTheSource() {
            Event e = only("Three soldiers were wounded in a mortar attack on Tuesday, the ministry said.", "2021-06-09");
            Casualty c = casualty(e, Outcome.INJURED);
            assertEquals(3, c.count());
            assertEquals("ministry", c.source());
        }

        @Test
        void aDatelineCityIsNoSource() {
            Event e = only("HERAT (Example Wire) - A roadside bomb killed four soldiers in Farah on Tuesday, officials said.",
                    "2020-03-12");
            Casualty c = casualty(e, Outcome.KILLED);
            assertEquals(4, c.count());
            assertTrue(c.source() == null || !c.source().contains("HERAT"), () -> "source " + c.source());
        }

        @Test
        void aFigureRestatedWithItsSourceIsOneEntryNamingTheSide() {
            Event e = only("Air strikes killed 20 ISIS militants in Anbar province on Sunday. "
                    + "The defence ministry said 20 members were killed in the strikes.", "2020-06-01");
            assertEquals(Subtype.AIR_STRIKE, e.subtype());
            List<Casualty> killed = e.casualties().stream().filter(c -> c.outcome() == Outcome.KILLED).toList();
            assertEquals(1, killed.size(), killed::toString);
            assertEquals(20, killed.get(0).count());
            assertEquals("ISIS", killed.get(0).group());
            assertTrue(killed.get(0).source() != null && killed.get(0).source().contains("ministry"), killed::toString);
        }

        @Test
        void aMinimumOfOne() {
            Event e = only("A minimum of one civilian was killed when a shell hit the market on Friday.", "2021-06-12");
            assertEquals(1, casualty(e, Outcome.KILLED).count());
        }

        @Test
        void sustainedInjuriesCountsThePerson() {
            Event e = only("A police officer sustained injuries when gunmen attacked his patrol on Sunday.", "2021-06-14");
            assertEquals(1, casualty(e, Outcome.INJURED).count());
        }

        @Test
        void bodiesAreDead() {
            Event e = only("Villagers found the bodies of four farmers after the massacre on Wednesday.", "2021-06-11");
            assertEquals(4, casualty(e, Outcome.KILLED).count());
        }

        @Test
        void conjoinedVictimsGiveOneFigureEach() {
            Event e = only("Two soldiers and three policemen were killed in an ambush on Monday.", "2021-06-08");
            List<Integer> counts = e.casualties().stream().filter(c -> c.outcome() == Outcome.KILLED).map(Casualty::count).sorted().toList();
            assertEquals(List.of(2, 3), counts, e::toString);
        }

        @Test
        void noFigureGivesNullCount() {
            Event e = only("Several soldiers were killed when militants attacked a checkpoint.", "2018-01-02");
            assertEquals(null, casualty(e, Outcome.KILLED).count());
        }
    }

    @Nested
    class Actors {
        @Test
        void theAccusedIsTheAttacker() {
            Event e = only("A man was shot dead outside a bar in Tulsa on Friday. "
                    + "Police said John Mercer, 31, was charged with murder.", "2019-06-10");
            assertEquals(List.of("John Mercer"), e.actors(Role.ATTACKER).stream().map(Actor::name).toList());
        }

        @Test
        void identifiedAsNamesTheDescribedAttacker() {
            Event e = only("The suspect, identified as Christian Goins, 25, shot a homeowner in Tulsa on Friday.", "2015-12-14");
            assertEquals(List.of("Christian Goins"), e.actors(Role.ATTACKER).stream().map(Actor::name).toList(), e::toString);
        }

        @Test
        void anAppositionNamesTheDescribedVictim() {
            Event e = only("A gunman shot and killed a neighbor, 55-year-old Bettie Jones, in Chicago on Saturday.", "2015-12-28");
            List<String> targets = e.actors(Role.TARGET).stream().map(Actor::name).toList();
            assertTrue(targets.contains("Bettie Jones") && !targets.contains("neighbor"), targets::toString);
        }

        @Test
        void whoeverHurledTheWeaponIsTheAttackerAndWhereItWentTheTarget() {
            Event e = only("Unknown assailants hurled a grenade at a police station in Nairobi on Monday.", "2020-03-10");
            assertTrue(e.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().contains("assailants")), e::toString);
            assertTrue(e.actors(Role.TARGET).stream().anyMatch(a -> a.text().contains("police station")), e::toString);
        }

        /** The tagger reads "A Palestinian stabbed three Israeli soldiers" as one noun phrase; PosRepairAnnotator repairs it. */
        @Test
        void aNationalityUsedAsANounIsTheAttacker() {
            Event e = only("A Palestinian stabbed three Israeli soldiers in Hebron on Friday.", "2020-03-10");
            assertTrue(e.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().equals("Palestinian")), e::toString);
            assertTrue(e.actors(Role.TARGET).stream().anyMatch(a -> a.text().contains("soldiers")), e::toString);
        }

        @Test
        void theSubjectOfTheClauseDidTheKillingItsParticipleReports() {
            Event e = only("Gunmen in a passing car sprayed a crowd with bullets outside a cafe in Belfast, killing three men.", "1989-11-20");
            assertTrue(e.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().equals("Gunmen")), e::toString);
        }

        @Test
        void torchingHomesAndThrowingAcidAreAttacksAndTodayIsNoSide() {
            Event torched = only("Nine people died when rebels torched their homes in a village near Huambo.", "1989-11-20");
            assertTrue(torched.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().equals("rebels")), torched::toString);
            Event acid = only("Assailants threw acid at a schoolgirl in Kandahar on Wednesday.", "2020-03-10");
            assertTrue(acid.actors(Role.TARGET).stream().anyMatch(a -> a.text().contains("schoolgirl")), acid::toString);
            Event caps = only("BOGOTA, 18 NOV 89 -- A BOMB EXPLODED TODAY AT A BRANCH OF THE BANCO DE COLOMBIA IN MEDELLIN.", "1989-11-18");
            assertTrue(caps.actors(Role.TARGET).stream().noneMatch(a -> a.text().equalsIgnoreCase("today")), caps::toString);
        }

        @Test
        void passiveAgentIsTheAttacker() {
            Event e = only("Two policemen were shot dead by unidentified gunmen in Peshawar.", "2018-01-02");
            assertTrue(e.actors(Role.ATTACKER).stream().anyMatch(a -> a.text().contains("gunmen")), e::toString);
            assertTrue(e.actors(Role.TARGET).stream().anyMatch(a -> a.text().contains("policemen")), e::toString);
        }

        @Test
        void aliasesGiveCanonicalNames() {
            Event e = only("Daesh fighters attacked a checkpoint near Tikrit on Friday.", "2020-05-03");
            assertEquals("ISIS", e.actors(Role.ATTACKER).get(0).name());
        }

        @Test
        void backedByJoinsTheAttackingSide() {
            Event e = only("Iraqi forces, backed by the US-led coalition, attacked ISIS hideouts in Anbar on Tuesday.", "2020-03-12");
            List<String> attackers = e.actors(Role.ATTACKER).stream().map(Actor::name).toList();
            assertTrue(attackers.contains("Iraqi security forces") && attackers.contains("US-led coalition"), attackers::toString);
            assertTrue(e.actors(Role.TARGET).stream().anyMatch(a -> a.name().equals("ISIS")), e::toString);
        }

        @Test
        void aResponsibilityClaimNamesTheAttacker() {
            Event e = only("A bomb exploded outside a bank in Lima on Monday. The Shining Path claimed responsibility.", "1990-01-16");
            assertTrue(e.actors(Role.ATTACKER).stream().anyMatch(a -> a.name().equals("Shining Path")), e::toString);
        }

        @Test
        void aSurnameIsCompletedFromTheFullName() {
            Event e = only("Police said Marcus Ellery opened fire outside a bar on Saturday, wounding two men. "
                    + "Ellery was shot by an officer.", "2016-01-11");
            assertTrue(e.actors().stream().anyMatch(a -> a.name().equals("Marcus Ellery")), e::toString);
        }

        @Test
        void raidTargetingNamesTheTarget() {
            Event e = only("Commandos carried out a raid targeting Shabaab militants in Jilib.", "2021-01-05");
            assertTrue(e.actors(Role.TARGET).stream().anyMatch(a -> a.name().equals("al-Shabaab")), e::toString);
        }
    }

    @Nested
    class Places {
        @Test
        void cityWithAdmin1AndCountry() {
            Event e = only("A bomb exploded in Mosul on Sunday, killing two people.", "2019-03-12");
            assertEquals("Mosul", e.place().name());
            assertEquals("IQ", e.place().country());
        }

        @Test
        void transliterationVariantResolves() {
            Event e = only("Militants attacked a checkpoint in Makhmour on Sunday, killing a soldier.", "2020-03-09");
            assertEquals("IQ", e.place().country());
            assertEquals("Makhmour", e.place().text());
        }

        @Test
        void demonymGivesTheCountry() {
            Event e = only("Gunmen killed two Pakistani soldiers in an ambush on Friday.", "2019-04-14");
            assertEquals("PK", e.place().country());
        }

        @Test
        void theDatelineIsNotTheIncidentPlace() {
            Event e = only("KABUL (Example Wire) - A suicide bomber killed six people in Jalalabad on Tuesday, officials said.", "2018-07-11");
            assertEquals("Jalalabad", e.place().name());
        }
    }

    @Nested
    class Dates {
        @Test
        void lateSundayNightInAMondayReportIsTheDayBefore() {
            Event e = only("Militants attacked an army post late Sunday night, killing two soldiers.", "2020-03-09");
            assertEquals("2020-03-08", e.date().value());
        }

        @Test
        void aWeekdayResolvesBackwards() {
            Event e = only("Gunmen ambushed a bus on Friday, killing four passengers.", "2020-03-09");
            assertEquals("2020-03-06", e.date().value());
        }

        @Test
        void aMonthAloneGivesYearAndMonth() {
            Event e = only("Rebels ambushed a convoy in late February, killing three soldiers.", "2020-03-16");
            assertEquals("2020-02", e.date().value());
        }

        @Test
        void theArticlesOwnDateLineDatesTheReport() {
            EventDocument doc = ModelFixture.extractor().extract(new InputDocument("t",
                    "09-03-2020\n\nGunmen killed two guards in Kirkuk on Sunday.", null));
            assertEquals("2020-03-09", doc.documentDate());
            assertEquals("2020-03-08", doc.events().get(0).date().value());
        }

        @Test
        void yesterdayIsTheDayBeforeTheReport() {
            Event e = only("Gunmen killed a shopkeeper in Lahore yesterday.", "2017-11-30");
            assertEquals("2017-11-29", e.date().value());
        }

        @Test
        void aLaterSentenceAboutTheIncidentGivesItsDate() {
            Event e = only("A man was shot dead outside a bar in Tulsa. Police said the incident happened late Friday.",
                    "2019-06-10");
            assertEquals("2019-06-07", e.date().value());
            assertEquals("Friday", e.date().text().replace("late ", ""));
        }
    }

    @Nested
    class Robustness {
        @Test
        void aHeadlineIsNotGluedToTheFirstSentence() {
            EventDocument doc = ModelFixture.extractor().extract(new InputDocument("t",
                    "Bomb kills two in Kabul\n\nA roadside bomb killed two soldiers on Sunday, officials said.", "2020-03-09"));
            assertSpansAreVerbatim("Bomb kills two in Kabul\n\nA roadside bomb killed two soldiers on Sunday, officials said.", doc);
            assertEquals(1, doc.events().size(), doc.events()::toString);
            assertTrue(doc.events().get(0).casualties().stream().noneMatch(c -> c.text().contains("\n")), doc.events()::toString);
        }

        @Test
        void paraphrasedWireCopy() {
            Event e = only("Two infantrymen had been killed in a rocket assault on the camp on Wednesday.", "2020-03-16");
            assertEquals(Subtype.SHELLING, e.subtype());
            assertEquals(2, casualty(e, Outcome.KILLED).count());
        }

        @Test
        void allCapsWireCopy() {
            Event e = only("SAN SALVADOR, 14 MAR 90 (ACAN) -- GUERRILLAS KILLED THREE SOLDIERS IN AN AMBUSH NEAR THE TOWN "
                    + "OF SUCHITOTO YESTERDAY, THE ARMED FORCES REPORTED.", null);
            assertEquals(3, casualty(e, Outcome.KILLED).count());
            assertEquals("1990-03-13", e.date().value());
        }
    }
}

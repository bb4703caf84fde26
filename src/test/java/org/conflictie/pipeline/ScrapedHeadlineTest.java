package org.conflictie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.conflictie.lexicon.ModelFiles;
import org.junit.jupiter.api.Test;

class ScrapedHeadlineTest {
    private static final ScrapedHeadline HEADLINES = ScrapedHeadline.load(ModelFiles.bundled());


    @Test
    void aDomainGluedToTheFirstWordBecomesAParagraphBreak() {
        String article = "Two hurt in downtown shooting | KXYZ.comPolice said two men were hurt.";
        String separated = HEADLINES.separate(article);
        String blanked = "\n\n" + " ".repeat(" | KXYZ.com".length() - 2);
        assertEquals("Two hurt in downtown shooting" + blanked + "Police said two men were hurt.", separated);
    }

    @Test
    void aSiteNameGluedToAnAllCapsDatelineLeavesTheDatelineAtTheStartOfALine() {
        String article = "Clerk shot in robbery | Channel 4TULSA, Okla. (May 2, 2016) -- A clerk was shot.";
        String separated = HEADLINES.separate(article);
        String blanked = "\n\n" + " ".repeat(" | Channel 4".length() - 2);
        assertEquals("Clerk shot in robbery" + blanked + "TULSA, Okla. (May 2, 2016) -- A clerk was shot.", separated);
    }

    @Test
    void theLengthAndEveryWordOfTheBodyKeepTheirOffsets() {
        String article = "Man killed | News 9.comA man was killed on Elm Street.";
        String separated = HEADLINES.separate(article);
        assertEquals(article.length(), separated.length());
        int body = article.indexOf("A man");
        assertEquals(article.substring(body), separated.substring(body));
        assertEquals(article.substring(0, article.indexOf(" | ")), separated.substring(0, article.indexOf(" | ")));
    }

    @Test
    void aBarWithoutAGluedSiteNameIsLeftAlone() {
        String spaced = "Man killed | Local News\n\nA man was killed on Elm Street.";
        assertSame(spaced, HEADLINES.separate(spaced));
        String mixedCaseName = "Shots fired | WJZ McDonald's on Main Street was closed.";
        assertSame(mixedCaseName, HEADLINES.separate(mixedCaseName));
    }

    @Test
    void aBarLaterInTheArticleIsNotAHeadline() {
        String article = "A man was killed on Elm Street.\nWitnesses said | KXYZ.comPolice came later.";
        assertSame(article, HEADLINES.separate(article));
    }

    @Test
    void aNavigationWordGluedToTheBodyAndTheLastBarOfTheHeadlineAreFound() {
        String article = "Clerk shot | Local News | Evening News - HomeState police said a clerk was shot.";
        String separated = HEADLINES.separate(article);
        int body = article.indexOf("State police");
        assertEquals("Clerk shot | Local News\n\n", separated.substring(0, separated.indexOf('\n') + 2));
        assertEquals(" ".repeat(body - separated.indexOf('\n') - 2), separated.substring(separated.indexOf('\n') + 2, body));
        assertEquals(article.substring(body), separated.substring(body));
    }
}

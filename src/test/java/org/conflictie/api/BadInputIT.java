package org.conflictie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.conflictie.assembly.EventAssembler;
import org.conflictie.format.InputDocument;
import org.conflictie.format.MarkupText;
import org.conflictie.model.Event;
import org.conflictie.pipeline.DocumentAnnotator;
import org.conflictie.pipeline.DocumentFailure;
import org.junit.jupiter.api.Test;

/** Articles that are odd rather than broken: each completes, and none yields events it does not report. */
class BadInputIT {
    private static final String ATTACK = "Gunmen killed two police officers in Kirkuk on Sunday, officials said.";

    @Test
    void aSixThousandWordSentenceDoesNotStopTheArticleAroundIt() {
        Random random = new Random(6000);
        String[] words = {"the", "residents", "said", "and", "farmers", "in", "the", "village", "a", "market", "crowd",
                "gathered", "near", "road", "with", "their", "goats", "while", "officials", "spoke"};
        StringBuilder monster = new StringBuilder("Residents said");
        for (int i = 0; i < 6000; i++) monster.append(' ').append(words[random.nextInt(words.length)]);
        String text = monster + ".\n\n" + ATTACK;
        DocumentResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ModelFixture.extractor().process(new InputDocument("monster", text, "2021-05-04")));
        assertTrue(r.tokens() > 6000);
        List<Event> events = r.document().events();
        assertEquals(1, events.size(), events.toString());
        assertEquals("killed", events.get(0).trigger().text());
    }

    @Test
    void sentencesWithoutADependencyGraphAreReadWithoutFailing() {
        // What depparse leaves for a sentence it skipped (depparse.sentenceTimeout): no graph at all.
        Annotation ann = ModelFixture.extractor().corenlp().annotate(ATTACK + "\n\nA bomb exploded in Mosul on Monday.", "2021-05-04");
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            s.remove(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            s.remove(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            s.remove(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class);
        }
        assertEquals(2, DocumentAnnotator.sentencesWithoutParse(ann));
        ModelFixture.extractor().eventPipeline().annotate(ann);
        List<Event> events = new EventAssembler().assemble(ann);
        // Without a graph there are no victims or actors to attach, but the triggers are still words.
        for (Event e : events) {
            assertTrue(e.trigger() == null || List.of("killed", "bomb", "exploded").contains(e.trigger().text()), e.toString());
        }
    }

    @Test
    void violentSoundingSpanishFrenchAndGermanAreRefusedNotRead() {
        List<String> paragraphs = List.of(
                "Hombres armados mataron a dos policías y secuestraron a tres civiles en un ataque en Bogotá el domingo, "
                        + "dijeron las autoridades. Una bomba hirió a diez personas en el mercado.",
                "Des hommes armés ont tué deux policiers et blessé dix civils lors d'une attaque à Kaboul dimanche, "
                        + "selon les autorités. Une bombe a explosé près du marché.",
                "Bewaffnete haben am Sonntag in Bagdad zwei Polizisten getötet und zehn Zivilisten verletzt, "
                        + "teilten die Behörden mit. Eine Bombe explodierte auf dem Markt.");
        for (String p : paragraphs) {
            // Read as English, the German one gave an attack whose victim was the verb "teilten".
            DocumentFailure f = assertThrows(DocumentFailure.class,
                    () -> ModelFixture.extractor().process(new InputDocument("foreign", p, "2021-05-04")), p);
            assertEquals("language", f.stage());
            assertTrue(f.getMessage().startsWith("not English"), f.getMessage());
        }
        // An English article quoting a foreign sentence is still English.
        String quoted = ATTACK + " A witness shouted \"¡Nos están matando, ayúdennos por favor!\" as the gunmen fled.";
        assertEquals(1, ModelFixture.extractor().extract(quoted, "2021-05-04").size());
    }

    @Test
    void anHtmlPageYieldsTheArticlesEventAndNothingFromItsMarkup() {
        String html = "<!DOCTYPE html><html><head><title>Kirkuk news</title>"
                + "<script>var headline = 'Suicide bomber killed 40 soldiers in Mosul'; track('attack');</script></head>"
                + "<body><nav class=\"bombing-coverage\">Home | World</nav><p>" + ATTACK + "</p>"
                + "<p>The province&#39;s governor condemned it.</p></body></html>";
        String text = MarkupText.blank(html);
        List<Event> events = ModelFixture.extractor().extract(text, "2021-05-04");
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("killed", html.substring(e.trigger().start(), e.trigger().end()), "offsets index the HTML file");
        assertEquals("Kirkuk", e.place().name());
        assertTrue(e.casualties().stream().allMatch(c -> c.count() == null || c.count() == 2), e.toString());
    }
}

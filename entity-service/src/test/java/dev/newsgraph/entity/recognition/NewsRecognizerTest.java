package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class NewsRecognizerTest {

    private final NewsRecognizer recognizer = SharedRecognizer.news();

    @Test
    void mentionsAreSortedNonOverlappingAndExactlyOffsetIntoThePostedText() {
        String text = "Brief: Kim Jong Un met Vladimir Putin.\r\n\r\nThe Kremlin’s statement – issued in Moscow – "
                + "praised “Kim’s visit”.";
        Recognition recognition = recognizer.recognize(text);
        int previousEnd = 0;
        for (RecognizedMention m : recognition.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(m.start() >= previousEnd, recognition.mentions()::toString);
            assertTrue(m.sentenceStart() <= m.start() && m.end() <= m.sentenceEnd());
            assertTrue(m.confidence() > 0 && m.confidence() <= 1);
            previousEnd = m.end();
        }
        assertTrue(recognition.tokens() > 15);
    }

    @Test
    void emptyTextHasNoMentions() {
        assertEquals(new Recognition(List.of(), 0), recognizer.recognize(""));
    }

    @Test
    void pronounsAreNeverNames() {
        String text = "Maria Lopez arrived in Madrid on Monday. She said he had left. He denied it. They met her later.";
        List<RecognizedMention> mentions = recognizer.recognize(text).mentions();
        assertTrue(has(mentions, "Maria Lopez", EntityType.PERSON), mentions::toString);
        assertTrue(mentions.stream().noneMatch(m -> List.of("She", "he", "He", "They", "her").contains(m.text())),
                mentions::toString);
    }

    @Test
    void titlesStayOutOfPersonNamesAndPortfoliosAreNoOrganisations() {
        String text = "Brazilian Foreign Minister Ana Souza met President Luis Carvalho in Brasilia. "
                + "Souza, Brazil's Minister of Defence until last year, said little.";
        List<RecognizedMention> mentions = recognizer.recognize(text).mentions();
        assertTrue(has(mentions, "Ana Souza", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Luis Carvalho", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Souza", EntityType.PERSON), mentions::toString);
        assertTrue(mentions.stream().noneMatch(m -> m.text().contains("Minister") || m.text().equals("Defence")),
                mentions::toString);
    }

    @Test
    void aHyphenBetweenTwoFullNamesSeparatesTwoPeople() {
        String text = "The Angela Merkel-Emmanuel Macron summit ended early. Jean-Pierre Papin watched.";
        List<RecognizedMention> mentions = recognizer.recognize(text).mentions();
        assertTrue(has(mentions, "Angela Merkel", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Emmanuel Macron", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Jean-Pierre Papin", EntityType.PERSON), mentions::toString);
    }

    @Test
    void surnamesAndLaterMentionsTakeTheTypeOfTheFullName() {
        String text = "Chinese President Xi Jinping met Kenyan President William Ruto in Beijing on Monday.\n"
                + "Xi praised the talks. Ruto said Kenya would expand trade with China.";
        List<RecognizedMention> mentions = recognizer.recognize(text).mentions();
        assertTrue(has(mentions, "Xi", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Ruto", EntityType.PERSON), mentions::toString);
        assertTrue(has(mentions, "Kenya", EntityType.LOCATION), mentions::toString);
        assertTrue(has(mentions, "Kenyan", EntityType.MISC), mentions::toString);
    }

    @Test
    void titleCaseHeadingsKeepOnlyTheNamesTheBodyEstablishes() {
        String text = """
                Tesla Shares Slide Amid Berlin Factory Doubts

                Tesla shares fell 4 percent on Tuesday after reports that production at the Berlin plant would slow.

                The Question of Brandenburg Subsidies

                The state of Brandenburg said its subsidies were not in question. Analysts at Deutsche Bank \
                expected further doubts about the factory.
                """;
        List<RecognizedMention> mentions = recognizer.recognize(text).mentions();
        String firstHeading = text.substring(0, text.indexOf('\n'));
        List<String> headingNames = mentions.stream().filter(m -> m.end() <= firstHeading.length()).map(RecognizedMention::text).toList();
        assertEquals(List.of("Tesla", "Berlin"), headingNames, mentions::toString);
        int secondHeading = text.indexOf("The Question");
        assertTrue(mentions.stream().anyMatch(m -> m.start() == secondHeading + "The Question of ".length()
                && m.text().equals("Brandenburg")), mentions::toString);
        assertTrue(mentions.stream().noneMatch(m -> m.text().contains("Question") || m.text().contains("Subsidies")),
                mentions::toString);
    }

    @Test
    void theSampleArticleComesOutFreeOfTheHeadingAndHyphenErrors() throws IOException {
        String text = Files.readString(Path.of("../samples/kim-putin-summit.txt"));
        List<RecognizedMention> mentions = recognizer.recognize(text).mentions();

        for (String person : List.of("Kim Jong Un", "Vladimir Putin", "Sergei Shoigu", "Adrienne Watson", "Putin")) {
            assertTrue(has(mentions, person, EntityType.PERSON), person);
        }
        for (String place : List.of("Russia", "North Korea", "Pyongyang", "Vladivostock")) {
            assertTrue(has(mentions, place, EntityType.LOCATION), place);
        }
        for (String organisation : List.of("The New York Times", "National Security Council")) {
            assertTrue(has(mentions, organisation, EntityType.ORGANIZATION), organisation);
        }
        for (RecognizedMention m : mentions) {
            String surface = m.text();
            assertFalse(surface.contains("-") && m.type() == EntityType.PERSON, "two people as one: " + surface);
            assertFalse(surface.equals("He") || surface.equals("Defence"), "not a name: " + surface);
            for (String word : surface.split(" ")) {
                assertFalse(List.of("Meet", "Choice", "Significance", "Speculations", "Report", "Urges", "Intelligence",
                        "Amidst", "Drama", "This").contains(word), "heading words in a name: " + surface);
            }
        }
    }

    @Test
    void recognisesTheSameOnManyThreadsAsOnOne() throws Exception {
        String text = Files.readString(Path.of("../samples/kim-putin-summit.txt"));
        Recognition expected = recognizer.recognize(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Recognition>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> recognizer.recognize(text)));
            }
            for (Future<Recognition> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean has(List<RecognizedMention> mentions, String surface, EntityType type) {
        return mentions.stream().anyMatch(m -> m.text().equals(surface) && m.type() == type);
    }
}

package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpRecognizerTest {

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void loadModel() {
        recognizer = new CoreNlpRecognizer(CoreNlpRecognizer.CONLL_4CLASS_MODEL);
    }

    @Test
    void findsPeoplePlacesAndOrganisationsWithExactOffsets() {
        String text = "Russian President Vladimir Putin met Kim Jong Un in Vladivostok.\n"
                + "The New York Times reported it first.";
        Recognition recognition = recognizer.recognize(text);
        List<RecognizedMention> mentions = recognition.mentions();
        for (RecognizedMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertTrue(m.sentenceStart() <= m.start() && m.end() <= m.sentenceEnd());
        }
        assertTrue(mentions.contains(mention(text, "Vladimir Putin", EntityType.PERSON, mentions)), mentions::toString);
        assertTrue(mentions.contains(mention(text, "Vladivostok", EntityType.LOCATION, mentions)), mentions::toString);
        assertTrue(recognition.tokens() > 15);
    }

    private static RecognizedMention mention(String text, String surface, EntityType type, List<RecognizedMention> found) {
        int start = text.indexOf(surface);
        return found.stream().filter(m -> m.start() == start && m.end() == start + surface.length() && m.type() == type)
                .findFirst().orElse(null);
    }
}

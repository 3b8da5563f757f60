package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Java features and decoding equal the training script's: for sentences written for this check,
 * {@code train_tagger.py fixture} recorded the shipped ensemble's averaged emissions and Viterbi tags
 * through Python's ONNX Runtime (src/test/resources/ner/fixture.json); the service's tagger must match.
 */
class NeuralTaggerTest {

    private static final NeuralTagger TAGGER = new NeuralTagger();

    @Test
    void emissionsAndTagsEqualThoseOfTheTrainingScript() throws IOException {
        JsonNode fixture;
        try (InputStream in = NeuralTaggerTest.class.getClassLoader().getResourceAsStream("ner/fixture.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        List<List<String>> sentences = new ArrayList<>();
        for (JsonNode sentence : fixture) {
            List<String> words = new ArrayList<>();
            sentence.get("words").forEach(w -> words.add(w.asText()));
            sentences.add(words);
        }
        List<NeuralTagger.Tagged> tagged = TAGGER.tag(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            JsonNode expected = fixture.get(s);
            List<String> tags = new ArrayList<>();
            expected.get("tags").forEach(t -> tags.add(t.asText()));
            assertEquals(tags, List.of(tagged.get(s).tags()), sentences.get(s)::toString);
            float[][] emissions = TAGGER.emissions(List.of(sentences.get(s)))[0];
            for (int t = 0; t < emissions.length; t++) {
                double[] want = new double[NeuralTagger.TAGS.length];
                double[] got = new double[NeuralTagger.TAGS.length];
                for (int k = 0; k < want.length; k++) {
                    want[k] = expected.get("emissions").get(t).get(k).asDouble();
                    got[k] = emissions[t][k];
                }
                assertArrayEquals(want, got, 1e-3, sentences.get(s) + " token " + t);
            }
            for (double p : tagged.get(s).probability()) {
                assertTrue(p > 0 && p <= 1.0 + 1e-9);
            }
        }
    }

    @Test
    void batchingDoesNotChangeTheTags() {
        List<List<String>> one = List.of(List.of("Angela", "Merkel", "visited", "Paris", "."));
        List<List<String>> many = new ArrayList<>();
        many.add(List.of("Short", "."));
        many.addAll(one);
        many.add(List.of("A", "much", "longer", "sentence", "about", "the", "European", "Union", "and", "NATO",
                "in", "Brussels", "on", "Monday", "."));
        assertArrayEquals(TAGGER.tag(one).get(0).tags(), TAGGER.tag(many).get(1).tags());
        assertArrayEquals(TAGGER.tag(one).get(0).probability(), TAGGER.tag(many).get(1).probability(), 1e-5);
    }

    @Test
    void casingClassesMatchTheScript() {
        assertEquals(1, NeuralTagger.casing("word"));
        assertEquals(2, NeuralTagger.casing("Word"));
        assertEquals(3, NeuralTagger.casing("NATO"));
        assertEquals(4, NeuralTagger.casing("A"));
        assertEquals(5, NeuralTagger.casing("McDonald"));
        assertEquals(6, NeuralTagger.casing("1996"));
        assertEquals(7, NeuralTagger.casing("2-1"));
        assertEquals(8, NeuralTagger.casing("--"));
    }
}

package dev.newsgraph.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @Test
    void hashIsSha256OfTheNormalisedText() {
        // sha256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ContentFingerprint.of("abc").contentHash());
    }

    @Test
    void layoutAndUnicodeCompositionDoNotChangeTheHash() {
        ContentFingerprint composed = ContentFingerprint.of("Caf\u00e9 news\n\nSecond  block");
        ContentFingerprint decomposed = ContentFingerprint.of("  Cafe\u0301 news \u00a0Second\tblock\n");
        assertEquals(composed, decomposed);
        assertNotEquals(composed, ContentFingerprint.of("Cafe news Second block"));
    }

    @Test
    void countsWords() {
        assertEquals(5, ContentFingerprint.of("Kim Jong Un\n\nmeets Putin.").wordCount());
        assertEquals(0, ContentFingerprint.of("   ").wordCount());
    }
}

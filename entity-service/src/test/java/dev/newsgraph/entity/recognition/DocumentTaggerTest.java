package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DocumentTaggerTest {

    @Test
    void textWithoutOverlongWordsIsTaggedAsItIs() {
        String text = "Angela Merkel met Emmanuel Macron. " + "x".repeat(DocumentTagger.MAX_WORD_CHARS);
        assertSame(text, DocumentTagger.withoutOverlongWords(text));
    }

    @Test
    void overlongWordsAreBlankedAtTheSameLengthSoOffsetsHold() {
        String huge = "H".repeat(150_000);
        String text = "Angela Merkel " + huge + " met\nEmmanuel Macron " + "y".repeat(DocumentTagger.MAX_WORD_CHARS + 1) + ".";
        String masked = DocumentTagger.withoutOverlongWords(text);
        assertEquals(text.length(), masked.length());
        assertEquals("Angela Merkel " + " ".repeat(huge.length()) + " met\nEmmanuel Macron " + " ".repeat(DocumentTagger.MAX_WORD_CHARS + 2), masked);
    }
}

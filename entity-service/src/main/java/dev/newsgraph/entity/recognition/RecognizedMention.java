package dev.newsgraph.entity.recognition;

/**
 * A name found in a text.
 *
 * @param start         offset of the first character, into exactly the text analysed
 * @param end           offset after the last character
 * @param text          the surface form, {@code text.substring(start, end)}
 * @param type          the entity kind
 * @param confidence    0..1, the recogniser's confidence in the type and boundaries
 * @param sentenceStart offset of the sentence the mention stands in
 * @param sentenceEnd   end offset of that sentence
 */
public record RecognizedMention(int start, int end, String text, EntityType type, double confidence,
        int sentenceStart, int sentenceEnd) {
}

package dev.newsgraph.entity.recognition;

/**
 * A name as a run of the document's tokens, while the recogniser is still refining it.
 *
 * @param start      index of the first token in the document
 * @param end        index after the last token
 * @param type       the entity kind
 * @param confidence 0..1
 */
record TokenMention(int start, int end, EntityType type, double confidence) {

    TokenMention withType(EntityType newType) {
        return new TokenMention(start, end, newType, confidence);
    }

    TokenMention withBounds(int newStart, int newEnd) {
        return new TokenMention(newStart, newEnd, type, confidence);
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    int length() {
        return end - start;
    }
}

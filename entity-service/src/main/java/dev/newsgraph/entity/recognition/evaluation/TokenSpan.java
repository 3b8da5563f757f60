package dev.newsgraph.entity.recognition.evaluation;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * A name as a run of corpus tokens: the unit CoNLL scoring compares.
 *
 * @param start index of the first token
 * @param end   index after the last token
 * @param type  the entity kind
 */
public record TokenSpan(int start, int end, EntityType type) {

    public boolean sameBoundaries(TokenSpan other) {
        return start == other.start && end == other.end;
    }

    public boolean overlaps(TokenSpan other) {
        return start < other.end && other.start < end;
    }
}

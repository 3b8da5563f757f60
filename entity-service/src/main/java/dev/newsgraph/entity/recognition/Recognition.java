package dev.newsgraph.entity.recognition;

import java.util.List;

/**
 * What a recogniser found in one text.
 *
 * @param mentions the mentions, ordered by start offset, never overlapping
 * @param tokens   how many tokens the text had (for throughput figures)
 */
public record Recognition(List<RecognizedMention> mentions, int tokens) {
}

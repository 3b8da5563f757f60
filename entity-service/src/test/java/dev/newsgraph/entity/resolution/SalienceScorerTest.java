package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SalienceScorerTest {

    @Test
    void theMostMentionedEarliestHeadlineEntityScoresOne() {
        assertEquals(1.0, SalienceScorer.score(10, 10, 0, 1000, true));
    }

    @Test
    void eachFactorRaisesTheScore() {
        double base = SalienceScorer.score(2, 10, 500, 1000, false);
        assertTrue(SalienceScorer.score(5, 10, 500, 1000, false) > base, "frequency");
        assertTrue(SalienceScorer.score(2, 10, 100, 1000, false) > base, "position");
        assertTrue(SalienceScorer.score(2, 10, 500, 1000, true) > base, "headline");
    }

    @Test
    void staysWithinZeroAndOne() {
        assertEquals(0.0, SalienceScorer.score(0, 10, 1000, 1000, false));
        double score = SalienceScorer.score(1, 1, 999, 1000, false);
        assertTrue(score > 0 && score <= 1);
    }
}

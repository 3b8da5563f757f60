package dev.newsgraph.entity.recognition.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.newsgraph.entity.recognition.EntityType;

class ScoreBoardTest {

    private static final List<String> TOKENS = List.of("Anna", "Berg", "of", "Nordic", "Rail", "visited", "Oslo", "and", "Bergen", ".");

    @Test
    void countsOnlyExactBoundariesAndTypeAsCorrectAndSortsMistakesIntoKinds() {
        List<TokenSpan> gold = List.of(
                new TokenSpan(0, 2, EntityType.PERSON),
                new TokenSpan(3, 5, EntityType.ORGANIZATION),
                new TokenSpan(6, 7, EntityType.LOCATION),
                new TokenSpan(8, 9, EntityType.LOCATION));
        List<TokenSpan> predicted = List.of(
                new TokenSpan(0, 2, EntityType.PERSON),        // correct
                new TokenSpan(4, 5, EntityType.ORGANIZATION),  // boundary
                new TokenSpan(6, 7, EntityType.ORGANIZATION),  // type confusion
                new TokenSpan(9, 10, EntityType.MISC));        // spurious; Bergen is missed
        ScoreBoard board = new ScoreBoard();
        board.add(TOKENS, gold, predicted);

        assertEquals(new ScoreBoard.Score(4, 4, 1), board.overall());
        assertEquals(0.25, board.overall().precision(), 1e-9);
        assertEquals(0.25, board.overall().f1(), 1e-9);
        assertEquals(new ScoreBoard.Score(2, 0, 0), board.score(EntityType.LOCATION));
        Map<String, Integer> kinds = board.topErrors(10).stream()
                .collect(Collectors.toMap(ScoreBoard.ErrorKind::kind, ScoreBoard.ErrorKind::count));
        assertEquals(Map.of("boundary ORGANIZATION", 1, "type LOCATION as ORGANIZATION", 1, "spurious MISC", 1,
                "missed LOCATION", 1), kinds);
    }
}

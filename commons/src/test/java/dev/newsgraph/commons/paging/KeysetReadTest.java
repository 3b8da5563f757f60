package dev.newsgraph.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class KeysetReadTest {

    @Test
    void oneDirectionAtATime() {
        assertFalse(KeysetRead.parse(null, null, null, 5).backward());
        assertTrue(KeysetRead.parse(null, "c", null, 5).backward());
        assertTrue(KeysetRead.parse(null, null, "true", 5).backward());
        assertEquals("c", KeysetRead.parse(null, "c", "false", 5).key());
        assertThrows(ProblemException.class, () -> KeysetRead.parse("a", "b", null, 5));
        assertThrows(ProblemException.class, () -> KeysetRead.parse("a", null, "true", 5));
        assertThrows(ProblemException.class, () -> KeysetRead.parse(null, "b", "true", 5));
        assertThrows(ProblemException.class, () -> KeysetRead.parse(null, null, "yes", 5));
    }

    @Test
    void forwardRowsBeyondTheLimitGiveTheNextCursorAndTheGivenCursorIsThePrevious() {
        Page<Integer> page = KeysetRead.forward("c3", 2).page(List.of(4, 5, 6), i -> "c" + i, Function.identity(), 10);
        assertEquals(List.of(4, 5), page.items());
        assertEquals("c5", page.nextCursor());
        assertEquals("c3", page.previousCursor());
        assertNull(KeysetRead.forward(null, 3).page(List.of(0, 1), i -> "c" + i, Function.identity(), 2).nextCursor());
    }

    @Test
    void backwardRowsComeReversedAndTheExtraRowIsTheItemBeforeThePage() {
        Page<Integer> page = KeysetRead.parse(null, "c6", null, 2).page(List.of(6, 5, 4), i -> "c" + i, Function.identity(), 10);
        assertEquals(List.of(5, 6), page.items());
        assertEquals("c4", page.previousCursor());
        assertEquals("c6", page.nextCursor());
        Page<Integer> atStart = KeysetRead.parse(null, null, "true", 5).page(List.of(1, 0), i -> "c" + i, Function.identity(), 2);
        assertEquals(List.of(0, 1), atStart.items());
        assertNull(atStart.previousCursor());
        assertNull(atStart.nextCursor());
    }
}

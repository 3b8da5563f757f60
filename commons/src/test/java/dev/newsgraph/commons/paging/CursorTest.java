package dev.newsgraph.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class CursorTest {

    @Test
    void roundTripsKeyParts() {
        String cursor = Cursor.encode("2024-09-05T10:00:00Z", "6f1c0c1e-2a4b-4f7e-9a51-0d3c2f1e0b11");
        assertEquals(List.of("2024-09-05T10:00:00Z", "6f1c0c1e-2a4b-4f7e-9a51-0d3c2f1e0b11"), Cursor.decode(cursor, 2));
    }

    @Test
    void keepsEmptyParts() {
        assertEquals(List.of("", "x"), Cursor.decode(Cursor.encode("", "x"), 2));
    }

    @Test
    void rejectsGarbageAndWrongShape() {
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode("%%%not-base64", 2)).problem().status());
        assertEquals("invalid-cursor", assertThrows(ProblemException.class,
                () -> Cursor.decode(Cursor.encode("only-one"), 2)).problem().slug());
    }
}

package dev.newsgraph.commons.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class IdListTest {

    private static final String ID = "0b9d6a3e-6c1f-4a52-9d8e-3f2a1b4c5d6e";

    @Test
    void onlyTheCanonicalFormIsAUuid() {
        assertEquals(UUID.fromString(ID), IdList.canonical(ID));
        assertEquals(UUID.fromString(ID), IdList.canonical(ID.toUpperCase()));
        assertNull(IdList.canonical("1-2-3-4-5"));
        assertNull(IdList.canonical(ID + "0"));
        assertNull(IdList.canonical(ID.replace('-', '_')));
        assertNull(IdList.canonical("0b9d6a3e-6c1f-4a52-9d8e-3f2a1b4c5d6g"));
        assertNull(IdList.canonical(null));
    }

    @Test
    void nonCanonicalIdsAreInvalidIds() {
        assertEquals("invalid-id", assertThrows(ProblemException.class, () -> IdList.one("1-2-3-4-5", "article")).problem().slug());
        ProblemException e = assertThrows(ProblemException.class, () -> IdList.parse(List.of(ID + ",1-1-1-1-1"), "ids"));
        assertEquals("invalid-id", e.problem().slug());
        assertEquals(List.of(UUID.fromString(ID)), IdList.parse(List.of(ID, ID), "ids"));
    }
}

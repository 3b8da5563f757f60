package dev.newsgraph.gateway.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.gateway.errors.BadUserInputError;

class ListCursorTest {

    private static final String SERVICE_CURSOR = Cursor.encode("40");

    @Test
    void cursorsRoundTripAndBelongToTheirList() {
        for (ListCursor cursor : new ListCursor[] {
            new ListCursor(new ListPosition(SERVICE_CURSOR, 7), new ListPosition(SERVICE_CURSOR, 8)),
            new ListCursor(new ListPosition(null, 19), new ListPosition(SERVICE_CURSOR, 0)),
            ListCursor.at(ListPosition.START) }) {
            assertEquals(cursor, ListCursor.decode(cursor.encode("articles", ""), "after", "articles", ""));
        }
        String other = ListCursor.at(ListPosition.START).encode("entities", "");
        BadUserInputError refused = assertThrows(BadUserInputError.class, () -> ListCursor.decode(other, "before", "articles", ""));
        assertTrue(refused.getMessage().startsWith("before"));
        String ownersCursor = ListCursor.at(ListPosition.START).encode("entity-articles", "e1");
        assertThrows(BadUserInputError.class, () -> ListCursor.decode(ownersCursor, "after", "entity-articles", "e2"));
        assertThrows(BadUserInputError.class, () -> ListCursor.decode("not a cursor", "after", "articles", ""));
        assertThrows(BadUserInputError.class, () -> ListCursor.decode(Cursor.encode("articles", "", "", "5000", "", "5001"), "after", "articles", ""),
                "a position skips at most one service page");
    }

    @Test
    void aPageGoesOneWay() {
        String cursor = ListCursor.at(new ListPosition(SERVICE_CURSOR, 2)).encode("articles", "");
        assertEquals(new PageRequest(false, ListPosition.START, 20), PageRequest.of(null, null, null, null, "articles", ""));
        assertEquals(new PageRequest(true, null, 5), PageRequest.of(null, null, 5, null, "articles", ""));
        assertEquals(new PageRequest(true, new ListPosition(SERVICE_CURSOR, 2), 20), PageRequest.of(null, null, null, cursor, "articles", ""));
        assertEquals(new PageRequest(false, new ListPosition(SERVICE_CURSOR, 2), 3), PageRequest.of(3, cursor, null, null, "articles", ""));
        assertThrows(BadUserInputError.class, () -> PageRequest.of(3, null, 3, null, "articles", ""));
        assertThrows(BadUserInputError.class, () -> PageRequest.of(null, cursor, null, cursor, "articles", ""));
        assertThrows(BadUserInputError.class, () -> PageRequest.of(3, null, null, cursor, "articles", ""));
        assertThrows(BadUserInputError.class, () -> PageRequest.of(null, cursor, 3, null, "articles", ""));
        assertThrows(BadUserInputError.class, () -> PageRequest.of(null, null, 101, null, "articles", ""));
        assertThrows(BadUserInputError.class, () -> PageRequest.of(null, null, 0, null, "articles", ""));
    }
}

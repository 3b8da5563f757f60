package dev.newsgraph.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class RefusedValueTest {

    @Test
    void aDataExceptionAnywhereInTheCausesIsARefusedValue() {
        assertTrue(RefusedValue.isCauseOf(new RuntimeException(new SQLException("timestamp out of range", "22008"))));
        assertTrue(RefusedValue.isCauseOf(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(400, RefusedValue.problem().status());
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(RefusedValue.isCauseOf(new SQLException("connection refused", "08001")));
        assertFalse(RefusedValue.isCauseOf(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(RefusedValue.isCauseOf(new IllegalStateException("bug")));
    }
}

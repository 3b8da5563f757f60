package dev.newsgraph.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class StatementTimeoutTest {

    @Test
    void aCancelledStatementAnywhereInTheCausesIsATimeout() {
        SQLException cancelled = new SQLException("ERROR: canceling statement due to statement timeout", "57014");
        assertTrue(StatementTimeout.isCauseOf(new RuntimeException(new IllegalStateException(cancelled))));
        RuntimeException suppressing = new RuntimeException("commit failed");
        suppressing.addSuppressed(cancelled);
        assertTrue(StatementTimeout.isCauseOf(suppressing));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(StatementTimeout.isCauseOf(new RuntimeException(new SQLException("timestamp out of range", "22008"))));
        assertFalse(StatementTimeout.isCauseOf(new SQLException("connection refused", "08001")));
        assertEquals(503, StatementTimeout.problem().status());
        assertEquals("query-timeout", StatementTimeout.problem().slug());
    }
}

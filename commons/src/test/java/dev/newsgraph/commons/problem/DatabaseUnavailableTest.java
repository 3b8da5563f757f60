package dev.newsgraph.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainMeanTheDatabaseIsUnavailable() {
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("refused", "08001")));
        assertTrue(DatabaseUnavailable.isCauseOf(new IllegalStateException(new RuntimeException(new SQLException("closed", "08003")))));
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03")));
        RuntimeException failedCommit = new RuntimeException("Could not commit transaction");
        failedCommit.addSuppressed(new IllegalStateException(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseUnavailable.isCauseOf(failedCommit));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug")));
        RuntimeException cycle = new RuntimeException();
        RuntimeException other = new RuntimeException(cycle);
        cycle.initCause(other);
        assertFalse(DatabaseUnavailable.isCauseOf(cycle));
    }

    @Test
    void theProblemIsAServiceUnavailableThatInvitesARetry() {
        assertEquals(503, DatabaseUnavailable.problem().status());
        assertEquals("database-unavailable", DatabaseUnavailable.problem().slug());
    }
}

package dev.newsgraph.commons.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure whose cause is that PostgreSQL cancelled a statement that ran past its
 * {@code statement_timeout} (SQLSTATE 57014, query_canceled). The request was too expensive to finish
 * in the time the service allows one request; it changed nothing (its transaction is rolled back).
 * Callers get 503 {@code query-timeout} with {@code Retry-After}, never 500: narrowing the request
 * (fewer terms, a filter) is the way to an answer.
 */
public final class StatementTimeout {

    /** Seconds a caller should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String QUERY_CANCELED = "57014";

    private StatementTimeout() {
    }

    public static Problem problem() {
        return Problem.of(503, "query-timeout", "Service unavailable",
                "The request took longer than the service allows one request to run and was stopped; narrow it or retry later");
    }

    /** Whether {@code failure}, its causes or the failures suppressed along the way are a cancelled statement. */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isCauseOf(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCauseOf(suppressed, seen)) {
                return true;
            }
        }
        return isCauseOf(failure.getCause(), seen);
    }
}

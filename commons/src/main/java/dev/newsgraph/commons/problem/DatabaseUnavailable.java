package dev.newsgraph.commons.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure whose cause is that the service's database cannot be reached at the moment: it is down,
 * restarting, or dropped the connection. The request was not carried out (an interrupted transaction
 * is rolled back), and trying again shortly is the right answer, so callers get 503, not 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a caller should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static Problem problem() {
        return Problem.of(503, "database-unavailable", "Service unavailable",
                "The service cannot reach its database at the moment; retry shortly");
    }

    /** Whether {@code failure}, its causes or the failures suppressed along the way (a failed commit keeps its reason there) say so. */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isCauseOf(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCauseOf(suppressed, seen)) {
                return true;
            }
        }
        return isCauseOf(failure.getCause(), seen);
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin or crash shutdown, not yet accepting connections). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}

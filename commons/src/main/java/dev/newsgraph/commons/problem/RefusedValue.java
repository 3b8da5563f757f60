package dev.newsgraph.commons.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure whose cause is that PostgreSQL refused a value of the request (SQLSTATE class 22, data
 * exception: a timestamp or number out of range, a character it cannot store). Validation refuses such
 * values before they reach a query, naming the field; this is the net under it, so that a value it
 * missed is a 400 {@code invalid-value}, logged as a warning, and never a 500.
 */
public final class RefusedValue {

    private RefusedValue() {
    }

    public static Problem problem() {
        return Problem.of(400, "invalid-value", "Bad request", "A value in the request is outside what the service can store or compare");
    }

    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isCauseOf(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
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

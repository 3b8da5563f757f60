package dev.newsgraph.commons.paging;

import dev.newsgraph.commons.problem.ProblemException;

/** Validates the {@code limit} of a list request against the service's ceiling. */
public final class PageLimit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageLimit() {
    }

    public static int of(Integer requested) {
        return of(requested, DEFAULT, MAX);
    }

    /**
     * A {@code limit} query parameter as sent. Services take it as text: JAX-RS answers a parameter that
     * fails conversion with 404, which would tell the caller the wrong thing.
     */
    public static int parse(String requested, int defaultLimit, int max) {
        if (requested == null || requested.isBlank()) {
            return defaultLimit;
        }
        try {
            return of(Integer.valueOf(requested.strip()), defaultLimit, max);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-limit", "limit must be a number between 1 and " + max + ", was '" + requested + "'");
        }
    }

    public static int parse(String requested) {
        return parse(requested, DEFAULT, MAX);
    }

    public static int of(Integer requested, int defaultLimit, int max) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1 || requested > max) {
            throw ProblemException.badRequest("invalid-limit", "limit must be between 1 and " + max + ", was " + requested);
        }
        return requested;
    }
}

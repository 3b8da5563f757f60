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

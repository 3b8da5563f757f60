package dev.newsgraph.gateway.connection;

import dev.newsgraph.gateway.errors.BadUserInputError;

/** Validates a {@code first} argument: how many items a page or list may hold. */
public final class PageSize {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageSize() {
    }

    /** @throws BadUserInputError naming the limit and the value when {@code first} is outside 1..100 */
    public static int of(Integer first) {
        return of(first, DEFAULT);
    }

    public static int of(Integer first, int defaultSize) {
        if (first == null) {
            return defaultSize;
        }
        if (first < 1 || first > MAX) {
            throw new BadUserInputError("first must be between 1 and " + MAX + ", was " + first);
        }
        return first;
    }
}

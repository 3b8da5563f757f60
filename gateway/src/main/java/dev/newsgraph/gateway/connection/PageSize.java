package dev.newsgraph.gateway.connection;

import dev.newsgraph.gateway.errors.BadUserInputError;

/** Validates a {@code first} or {@code last} argument: how many items a page or list may hold. */
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
        return of(first, "first", defaultSize);
    }

    /** @param argument the argument's name, for the error */
    public static int of(Integer size, String argument, int defaultSize) {
        if (size == null) {
            return defaultSize;
        }
        if (size < 1 || size > MAX) {
            throw new BadUserInputError(argument + " must be between 1 and " + MAX + ", was " + size);
        }
        return size;
    }
}

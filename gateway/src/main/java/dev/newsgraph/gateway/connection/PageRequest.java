package dev.newsgraph.gateway.connection;

import dev.newsgraph.gateway.errors.BadUserInputError;

/**
 * What a connection's {@code first/after/last/before} arguments ask for: {@code size} items forward
 * from a position ({@code first}, {@code after}), or backward up to one ({@code last}, {@code before}:
 * the last {@code size} items before it, or of the whole list without {@code before}). A page goes one
 * way: {@code first} with {@code last}, and {@code after} with {@code before}, are refused, as are the
 * crossed pairs {@code first}+{@code before} and {@code last}+{@code after}, which Relay clients never send.
 *
 * @param from forward: the position to read after ({@link ListPosition#START} without a cursor);
 *             backward: the position to read before, null for the end of the list
 */
public record PageRequest(boolean backward, ListPosition from, int size) {

    public static PageRequest of(Integer first, String after, Integer last, String before, String kind, String owner) {
        if (first != null && last != null) {
            throw new BadUserInputError("Give first or last, not both: first pages forward (with after), last backward (with before)");
        }
        if (after != null && before != null) {
            throw new BadUserInputError("Give after or before, not both: after pages forward, before backward");
        }
        if (first != null && before != null || last != null && after != null) {
            throw new BadUserInputError("Page forward with first and after, or backward with last and before");
        }
        if (last != null || before != null) {
            ListPosition from = before == null ? null : ListCursor.decode(before, "before", kind, owner).before();
            return new PageRequest(true, from, PageSize.of(last, "last", PageSize.DEFAULT));
        }
        ListPosition from = after == null ? ListPosition.START : ListCursor.decode(after, "after", kind, owner).after();
        return new PageRequest(false, from, PageSize.of(first, "first", PageSize.DEFAULT));
    }

    /** The same request without its cursor: from the list start forward, from the end backward. */
    public PageRequest fromListEnd() {
        return new PageRequest(backward, backward ? null : ListPosition.START, size);
    }
}

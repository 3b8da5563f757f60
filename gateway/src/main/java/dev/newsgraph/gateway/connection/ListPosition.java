package dev.newsgraph.gateway.connection;

import java.util.List;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.gateway.errors.BadUserInputError;

/**
 * A position in a list a service pages for us: the service's own opaque cursor for the start of a
 * service page (null for the list start) plus how many items of that page lie before the position.
 * Encoded as a GraphQL cursor in the one Newsgraph cursor format, tagged with the kind of list (and,
 * for per-entity lists, the owner) so a cursor is only accepted by the list that issued it. A page
 * end that coincides with a service page end is stored as {@code (nextCursor, 0)}, so paging forward
 * passes the service's cursor straight through.
 *
 * @param serviceCursor cursor of the service page holding the position; null for the first page
 * @param skip          items of that service page before the position
 */
public record ListPosition(String serviceCursor, int skip) {

    public static final ListPosition START = new ListPosition(null, 0);

    /** The position an {@code after} argument names, or {@link #START} when absent. */
    public static ListPosition after(String after, String kind, String owner) {
        if (after == null) {
            return START;
        }
        try {
            List<String> parts = Cursor.decode(after, 4);
            if (parts.get(0).equals(kind) && parts.get(1).equals(owner)) {
                int skip = Integer.parseInt(parts.get(3));
                if (skip >= 0) {
                    return new ListPosition(parts.get(2).isEmpty() ? null : parts.get(2), skip);
                }
            }
        } catch (ProblemException | NumberFormatException malformed) {
            // reported below, like a cursor of another list
        }
        throw new BadUserInputError("after is not a cursor of this list");
    }

    public String encode(String kind, String owner) {
        return Cursor.encode(kind, owner, serviceCursor == null ? "" : serviceCursor, Integer.toString(skip));
    }
}

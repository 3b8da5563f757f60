package dev.newsgraph.gateway.connection;

import java.util.List;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.gateway.errors.BadUserInputError;

/**
 * A GraphQL cursor: the positions just before and just after its edge's item, so that it works as
 * {@code after} (read on from {@code after}) and as {@code before} (read back from {@code before}),
 * whichever direction issued it. A cursor that marks where a scan stopped between items has both
 * positions equal. Encoded in the one Newsgraph cursor format, tagged with the kind of list (and, for
 * per-entity lists, the owner) so that a cursor is only accepted by the list that issued it.
 */
public record ListCursor(ListPosition before, ListPosition after) {

    /** How many items of a service page a position may skip: a service page holds at most 100. */
    private static final int MAX_SKIP = 100;

    /** The cursor of a place between items rather than of an item. */
    public static ListCursor at(ListPosition position) {
        return new ListCursor(position, position);
    }

    /**
     * @param argument the argument the text came in, for the error
     * @throws BadUserInputError when the text is not a cursor this list issued
     */
    public static ListCursor decode(String text, String argument, String kind, String owner) {
        try {
            List<String> parts = Cursor.decode(text, 6);
            if (parts.get(0).equals(kind) && parts.get(1).equals(owner)) {
                ListPosition before = position(parts.get(2), parts.get(3));
                // the after position's service cursor is left out when it is the before position's
                ListPosition after = position(parts.get(4).isEmpty() ? parts.get(2) : parts.get(4), parts.get(5));
                return new ListCursor(before, after);
            }
        } catch (ProblemException | IllegalArgumentException malformed) {
            // reported below, like a cursor of another list
        }
        throw new BadUserInputError(argument + " is not a cursor of this list");
    }

    public String encode(String kind, String owner) {
        String afterCursor = text(after.serviceCursor()).equals(text(before.serviceCursor())) ? "" : after.serviceCursor();
        return Cursor.encode(kind, owner, text(before.serviceCursor()), Integer.toString(before.skip()), afterCursor,
                Integer.toString(after.skip()));
    }

    private static ListPosition position(String serviceCursor, String skip) {
        int count = Integer.parseInt(skip);
        if (count < 0 || count > MAX_SKIP) {
            throw new IllegalArgumentException("skip out of range");
        }
        return new ListPosition(serviceCursor.isEmpty() ? null : serviceCursor, count);
    }

    private static String text(String serviceCursor) {
        return serviceCursor == null ? "" : serviceCursor;
    }
}

package dev.newsgraph.commons.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.query.BooleanParameter;

/**
 * Which part of a keyset list a request reads, the same for every list endpoint. Forward: the
 * {@code limit} items after {@code cursor} (from the list start without one). Backward: the last
 * {@code limit} items before the position {@code before} names (a cursor names the position just after
 * its key item, so that item is included), or of the whole list with {@code last=true}; in list order
 * either way.
 *
 * <p>A backward read is one keyset query in reverse ({@code key <= before}, reverse order, limit + 1):
 * the extra row is the item just before the page, whose key becomes {@link Page#previousCursor()}.
 */
public record KeysetRead(String cursor, String before, boolean last, int limit) {

    /** @throws ProblemException 400 {@code invalid-parameter} when more than one of cursor, before and last are given */
    public static KeysetRead parse(String cursor, String before, String last, int limit) {
        boolean fromEnd = BooleanParameter.parse("last", last, false);
        int given = (cursor != null ? 1 : 0) + (before != null ? 1 : 0) + (fromEnd ? 1 : 0);
        if (given > 1) {
            throw ProblemException.badRequest("invalid-parameter",
                    "give at most one of cursor (read forward), before and last=true (read backward)");
        }
        return new KeysetRead(cursor, before, fromEnd, limit);
    }

    public static KeysetRead forward(String cursor, int limit) {
        return new KeysetRead(cursor, null, false, limit);
    }

    public boolean backward() {
        return before != null || last;
    }

    /** The cursor whose key bounds the read: {@code before} backward, {@code cursor} forward; null for none. */
    public String key() {
        return backward() ? before : cursor;
    }

    /**
     * The page of rows a keyset query read for this request: at most {@code limit + 1} of them, in list
     * order forward and in reverse list order backward.
     *
     * @param cursorOf the cursor naming the position just after a row
     */
    public <R, T> Page<T> page(List<R> rows, Function<R, String> cursorOf, Function<R, T> item, long totalCount) {
        boolean beyond = rows.size() > limit;
        List<R> taken = beyond ? rows.subList(0, limit) : rows;
        if (!backward()) {
            String next = beyond ? cursorOf.apply(taken.get(limit - 1)) : null;
            return new Page<>(taken.stream().map(item).toList(), next, totalCount, cursor);
        }
        List<R> inListOrder = new ArrayList<>(taken);
        Collections.reverse(inListOrder);
        String previous = beyond ? cursorOf.apply(rows.get(limit)) : null;
        return new Page<>(inListOrder.stream().map(item).toList(), before, totalCount, previous);
    }
}

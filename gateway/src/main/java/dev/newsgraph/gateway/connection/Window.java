package dev.newsgraph.gateway.connection;

import java.util.List;

/**
 * The items of one GraphQL page, each with its cursor, plus what the page info needs.
 *
 * @param items           the page's items in list order
 * @param start           cursor to read back from: the first item's, or where a backward scan stopped
 *                        before it; null for an empty page with nothing to resume
 * @param end             cursor to read on from: the last item's, or where a forward scan stopped after
 *                        it; null for an empty page with nothing to resume
 * @param hasPreviousPage whether items may precede the page
 * @param hasNextPage     whether items may follow the page
 * @param totalCount      size of the whole list, or null when it cannot be known without a full scan
 */
public record Window<T>(List<Positioned<T>> items, ListCursor start, ListCursor end, boolean hasPreviousPage,
        boolean hasNextPage, Long totalCount) {

    /** An item and its edge cursor. */
    public record Positioned<T>(T item, ListCursor cursor) {
    }

    /** The window of these items, whose first and last cursors are the page's start and end. */
    public static <T> Window<T> of(List<Positioned<T>> items, boolean hasPreviousPage, boolean hasNextPage, Long totalCount) {
        ListCursor start = items.isEmpty() ? null : items.get(0).cursor();
        ListCursor end = items.isEmpty() ? null : items.get(items.size() - 1).cursor();
        return new Window<>(items, start, end, hasPreviousPage, hasNextPage, totalCount);
    }

    public Window<T> withTotalCount(Long total) {
        return new Window<>(items, start, end, hasPreviousPage, hasNextPage, total);
    }
}

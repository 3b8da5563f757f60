package dev.newsgraph.gateway.connection;

import java.util.List;

/**
 * The items of one GraphQL page, each with the position just after it, plus what the page info
 * needs.
 *
 * @param items       the page's items in list order
 * @param end         position after the last item examined (resume here); equals the last item's
 *                    position unless the scan stopped between items
 * @param hasNextPage whether more items may follow
 * @param totalCount  size of the whole list, or null when it cannot be known without a full scan
 */
public record Window<T>(List<Positioned<T>> items, ListPosition end, boolean hasNextPage, Long totalCount) {

    /** An item and the position right after it (its edge cursor). */
    public record Positioned<T>(T item, ListPosition after) {
    }
}

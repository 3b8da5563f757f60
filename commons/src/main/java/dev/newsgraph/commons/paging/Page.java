package dev.newsgraph.commons.paging;

import java.util.List;

/**
 * One page of a keyset-paginated list, the shape of every list endpoint.
 *
 * @param items          the items of this page, in list order
 * @param nextCursor     pass as {@code cursor} to get the items after this page; null on the last page
 *                       (of a backward read: the {@code before} it was given, null when it read the end)
 * @param totalCount     how many items the whole list holds, across all pages
 * @param previousCursor pass as {@code before} to get the items before this page: the cursor of the
 *                       item just before the first one; null when the page starts at the list start
 *                       (of a forward read: the {@code cursor} it was given)
 */
public record Page<T>(List<T> items, String nextCursor, long totalCount, String previousCursor) {

    public boolean hasNextPage() {
        return nextCursor != null;
    }
}

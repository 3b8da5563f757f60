package dev.newsgraph.commons.paging;

import java.util.List;

/**
 * One page of a keyset-paginated list, the shape of every list endpoint.
 *
 * @param items      the items of this page, in list order
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 * @param totalCount how many items the whole list holds, across all pages
 */
public record Page<T>(List<T> items, String nextCursor, long totalCount) {

    public boolean hasNextPage() {
        return nextCursor != null;
    }
}

package dev.newsgraph.article.search;

import java.util.List;

/**
 * A page of search hits: the commons {@code Page} shape ({@code items, nextCursor, totalCount,
 * previousCursor}) plus one field, so that clients that read a {@code Page} read this too.
 *
 * @param totalCount      how many hits the whole search has: every match when {@code totalCountExact},
 *                        else the number of matches ranked ({@link SearchConfig#maxRanked()}), a lower
 *                        bound of the matches
 * @param totalCountExact false when more articles match than a search ranks; the pages then hold the
 *                        most recently published matches only
 */
public record SearchPage(List<SearchHit> items, String nextCursor, long totalCount, boolean totalCountExact, String previousCursor) {

    public SearchPage withoutBody() {
        return new SearchPage(items.stream().map(SearchHit::withoutBody).toList(), nextCursor, totalCount, totalCountExact, previousCursor);
    }
}

package dev.newsgraph.gateway.article;

import java.util.List;

import dev.newsgraph.commons.paging.Page;

/**
 * A page of the article service's search: a {@link Page} plus whether its total is exact. A search
 * ranks only the most recent matches when more articles match than it ranks (a bound the article
 * service sets); its total is then that bound, a lower bound of the matches.
 *
 * @param totalCountExact false when more articles match than the search ranked; null (a service that
 *                        does not say) counts as exact
 */
public record SearchPage(List<SearchHit> items, String nextCursor, long totalCount, Boolean totalCountExact,
        String previousCursor) {

    public Page<SearchHit> page() {
        return new Page<>(items, nextCursor, totalCount, previousCursor);
    }

    public boolean exact() {
        return !Boolean.FALSE.equals(totalCountExact);
    }
}

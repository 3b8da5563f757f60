package dev.newsgraph.article.search;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what one search costs; overridable by env var (NEWSGRAPH_ARTICLE_SEARCH_MAX_RANKED). */
@ConfigMapping(prefix = "newsgraph.article.search")
public interface SearchConfig {

    /**
     * How many matches a search ranks: the most recently published ones (list order). Ranking reads each
     * match's whole search vector, so this bounds the cost of a query whose words are in most articles;
     * a query with fewer matches ranks all of them. It also caps the total: above it, the total is this
     * bound and is marked as not exact. Default 1000, 50 pages of 20.
     */
    @WithDefault("1000")
    @Min(1)
    int maxRanked();
}

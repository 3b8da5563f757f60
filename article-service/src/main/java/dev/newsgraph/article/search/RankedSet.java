package dev.newsgraph.article.search;

import dev.newsgraph.article.store.ArticleFilter;

/**
 * The set of matches one search ranks and pages through: the {@code bound} most recent ones. A search
 * reads one match past the bound, so that it knows whether the bound cut anything off.
 *
 * @param bound how many matches are ranked at most
 */
record RankedSet(int bound) {

    RankedSet {
        if (bound < 1) {
            throw new IllegalArgumentException("the ranked set must hold at least one match, was " + bound);
        }
    }

    /**
     * The set for a search under this filter. An {@code ids} restriction is never cut short: it already
     * bounds the matches, and the gateway's mentions filter needs every match among its ids.
     */
    static RankedSet of(SearchConfig config, ArticleFilter filter) {
        int ids = filter.ids() == null ? 0 : filter.ids().size();
        return new RankedSet(Math.max(config.maxRanked(), ids));
    }

    /** How many matches to read: one past the bound. */
    int probe() {
        return bound + 1;
    }

    /** The total a page reports, given how many matches were read (at most {@link #probe()}). */
    long total(long read) {
        return Math.min(read, bound);
    }

    /** Whether {@link #total} counts every match, i.e. the bound cut nothing off. */
    boolean exact(long read) {
        return read <= bound;
    }
}

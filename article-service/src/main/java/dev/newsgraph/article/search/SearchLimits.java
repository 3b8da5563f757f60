package dev.newsgraph.article.search;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one search request may ask of the database, beside {@link SearchConfig#maxRanked()}: checked
 * before it runs ({@link SearchQuery}) and enforced while it runs ({@link SearchTimeout}). Each is
 * overridable by env var (NEWSGRAPH_ARTICLE_SEARCH_MAX_TERMS, ..._MAX_QUERY_CHARS, ..._STATEMENT_TIMEOUT).
 */
@ConfigMapping(prefix = "newsgraph.article.search")
public interface SearchLimits {

    /** How many terms (words, negated words, 'or') a query may hold; more is 400 invalid-query. */
    @WithDefault("32")
    @Min(1)
    int maxTerms();

    /** How many characters a query may hold; more is 400 invalid-query. */
    @WithDefault("1000")
    @Min(1)
    int maxQueryChars();

    /**
     * How long PostgreSQL may run one statement of a search before cancelling it; a cancelled search
     * answers 503 query-timeout. Searches take milliseconds; default 2.5 s, under the gateway's 3 s read
     * timeout, so a search the gateway gives up on (and does not retry) stops in the database too.
     */
    @WithDefault("2500ms")
    Duration statementTimeout();
}

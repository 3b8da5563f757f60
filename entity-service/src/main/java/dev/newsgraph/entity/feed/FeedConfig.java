package dev.newsgraph.entity.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the entity service follows the article service's change feed. */
@ConfigMapping(prefix = "newsgraph.entity.feed")
public interface FeedConfig {

    /** Off in deployments that must not consume (e.g. a read-only replica). */
    @WithDefault("true")
    boolean enabled();

    /** How often the feed is polled when idle. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Events fetched per request. */
    @WithDefault("100")
    int batchSize();

    /**
     * Articles this instance holds claimed at once, analysing or waiting for an analysis thread. Above
     * the pool's thread count, so a thread that finishes finds its next article already fetched.
     */
    @WithDefault("4")
    int parallelism();

    /** How long a claimed article stays reserved for this instance; after a crash others take it over then. */
    @WithDefault("2m")
    Duration claimLease();

    /** First pause after the article service failed to answer; doubles up to the max. */
    @WithDefault("1s")
    Duration outageBackoffInitial();

    @WithDefault("30s")
    Duration outageBackoffMax();

    /** First wait before a failed article is retried; doubles with every failure up to the max. */
    @WithDefault("5s")
    Duration retryBackoffInitial();

    @WithDefault("10m")
    Duration retryBackoffMax();
}

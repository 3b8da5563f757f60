package dev.newsgraph.article.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a client may send; each is overridable by its env var (NEWSGRAPH_ARTICLE_MAX_BODY_BYTES, ...). */
@ConfigMapping(prefix = "newsgraph.article")
public interface IngestConfig {

    /** Largest body of one article (POST /articles, PUT); above it the answer is 413. Default 2 MiB. */
    @WithDefault("2097152")
    long maxBodyBytes();

    /**
     * Largest body of a batch (POST /articles/batch); above it the answer is 413. Default 10 MiB, below
     * the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) so that our problem+json
     * answers first.
     */
    @WithDefault("10485760")
    long maxBatchBytes();
}

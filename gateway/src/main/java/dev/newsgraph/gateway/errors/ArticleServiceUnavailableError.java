package dev.newsgraph.gateway.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The article service did not answer in time, failed, or its circuit breaker is open. */
@ErrorCode("ARTICLE_SERVICE_UNAVAILABLE")
public class ArticleServiceUnavailableError extends GatewayError {

    public ArticleServiceUnavailableError() {
        super("The article service is unavailable; article data is missing from this answer");
    }
}

package dev.newsgraph.gateway.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The entity service did not answer in time, failed, or its circuit breaker is open. */
@ErrorCode("ENTITY_SERVICE_UNAVAILABLE")
public class EntityServiceUnavailableError extends GatewayError {

    public EntityServiceUnavailableError() {
        super("The entity service is unavailable; entity data is missing from this answer");
    }
}

package dev.newsgraph.gateway.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The requested article or entity does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundError extends GatewayError {

    public NotFoundError(String message) {
        super(message);
    }
}

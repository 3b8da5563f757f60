package dev.newsgraph.gateway.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A downstream service refused the caller's token (it is checked there too). */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedError extends GatewayError {

    public UnauthenticatedError() {
        super("A valid bearer token is required");
    }
}

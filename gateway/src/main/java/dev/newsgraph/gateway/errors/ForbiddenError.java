package dev.newsgraph.gateway.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A downstream service refused the caller's role. */
@ErrorCode("FORBIDDEN")
public class ForbiddenError extends GatewayError {

    public ForbiddenError() {
        super("The token does not grant the editor role");
    }
}

package dev.newsgraph.gateway.errors;

import io.smallrye.graphql.api.ErrorCode;

/** An argument of the query is invalid: a malformed id or cursor, a page size out of range. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputError extends GatewayError {

    public BadUserInputError(String message) {
        super(message);
    }
}

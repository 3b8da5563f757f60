package dev.newsgraph.gateway.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * Gives the refusals of {@code @RolesAllowed} operations a message: Quarkus raises them without one,
 * and a GraphQL error's message must be a string clients can show. The code stays the one
 * {@link SecurityErrorCodes} assigns.
 */
public final class SecurityErrorMessages {

    static final Map<String, String> MESSAGES = Map.of(
            "UNAUTHENTICATED", "This operation needs a valid bearer token",
            "FORBIDDEN", "The token does not grant the editor role this operation needs");

    private SecurityErrorMessages() {
    }

    private static boolean isSilentRefusal(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching && (error.getMessage() == null || error.getMessage().isBlank())
                && SecurityErrorCodes.CODES.containsKey(fetching.getException().getClass());
    }

    /** A refusal raised without a message, with its message; any other error as it is. */
    public static GraphQLError withMessage(GraphQLError error) {
        if (!isSilentRefusal(error)) {
            return error;
        }
        String code = SecurityErrorCodes.CODES.get(((ExceptionWhileDataFetching) error).getException().getClass());
        return new Refusal(MESSAGES.get(code), error.getLocations(), error.getPath(), code);
    }

    /** The refusal as the gateway's own errors look to clients: message, place and code (its classification too). */
    private record Refusal(String message, List<SourceLocation> locations, List<Object> path, String code) implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public ErrorClassification getErrorType() {
            return ErrorClassification.errorClassification(code);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", code);
        }
    }
}

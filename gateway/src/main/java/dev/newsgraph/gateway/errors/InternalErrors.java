package dev.newsgraph.gateway.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import dev.newsgraph.commons.tracing.CurrentTrace;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * An exception no resolver meant to raise (a defect, or a failure nobody translated) is logged once,
 * with its stack trace, an error id and the request's trace id, and reaches the client as
 * {@code INTERNAL_SERVER_ERROR} with those ids only: never the exception's class, message or a code
 * derived from them. The error id lets an operator find the log line a user reports, the trace id the
 * request's spans in every service and all its log lines.
 */
public final class InternalErrors {

    public static final String CODE = "INTERNAL_SERVER_ERROR";
    private static final Logger LOG = Logger.getLogger(InternalErrors.class);

    private InternalErrors() {
    }

    public static GraphQLError withErrorId(GraphQLError error) {
        if (!(error instanceof ExceptionWhileDataFetching fetching) || isExpected(fetching.getException())) {
            return error;
        }
        String errorId = UUID.randomUUID().toString();
        Optional<String> traceId = CurrentTrace.id();
        // the trace id is in the message as well as in the log format, so the line names it wherever it is read
        LOG.errorf(fetching.getException(), "Unexpected failure resolving %s (error id %s, trace id %s)", error.getPath(), errorId,
                traceId.orElse("none"));
        return internal(errorId, traceId, error);
    }

    /** The error a client gets for an unexpected failure logged under {@code errorId} in the trace {@code traceId}. */
    public static Map<String, Object> extensions(String errorId, Optional<String> traceId) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", CODE);
        extensions.put("errorId", errorId);
        traceId.ifPresent(id -> extensions.put("traceId", id));
        return extensions;
    }

    public static String message(String errorId) {
        return "The gateway could not resolve this field (error id " + errorId + ")";
    }

    private static GraphQLError internal(String errorId, Optional<String> traceId, GraphQLError error) {
        return GraphqlErrorBuilder.newError().message(message(errorId)).path(error.getPath()).locations(error.getLocations())
                .extensions(extensions(errorId, traceId)).build();
    }

    private static boolean isExpected(Throwable failure) {
        return failure instanceof GatewayError || failure instanceof UnauthorizedException || failure instanceof ForbiddenException
                || failure instanceof AuthenticationFailedException;
    }
}

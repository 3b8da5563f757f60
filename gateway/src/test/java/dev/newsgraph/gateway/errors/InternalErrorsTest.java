package dev.newsgraph.gateway.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;

class InternalErrorsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void anUnexpectedExceptionBecomesAnInternalErrorWithAnIdAndNothingElse() {
        GraphQLError error = new ExceptionWhileDataFetching(ResultPath.parse("/articles/edges[0]/node"),
                new IllegalStateException("secret detail in com.example.Internal"), new SourceLocation(1, 3));
        GraphQLError rewritten = InternalErrors.withErrorId(error);
        assertEquals("INTERNAL_SERVER_ERROR", rewritten.getExtensions().get("code"));
        String errorId = (String) rewritten.getExtensions().get("errorId");
        assertTrue(rewritten.getMessage().contains(errorId), rewritten.getMessage());
        assertFalse(rewritten.getMessage().contains("secret"));
        assertEquals(List.of("articles", "edges", 0, "node"), rewritten.getPath());
        assertEquals(List.of("code", "errorId"), List.copyOf(rewritten.getExtensions().keySet()), "outside a trace: no trace id");
    }

    @Test
    void aResolverFailureInATraceIsLoggedOnceWithItsErrorIdAndTraceId() {
        GraphQLError error = new ExceptionWhileDataFetching(ResultPath.parse("/entities"), new IllegalStateException("injected failure"),
                new SourceLocation(1, 3));
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(InternalErrors.class.getName());
        logger.addHandler(capture);
        GraphQLError rewritten;
        Span request = Span.wrap(SpanContext.create(TRACE_ID, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault()));
        try (Scope inTrace = request.makeCurrent()) {
            rewritten = InternalErrors.withErrorId(error);
        } finally {
            logger.removeHandler(capture);
        }
        String errorId = (String) rewritten.getExtensions().get("errorId");
        assertEquals(List.of("code", "errorId", "traceId"), List.copyOf(rewritten.getExtensions().keySet()));
        assertEquals(TRACE_ID, rewritten.getExtensions().get("traceId"));
        assertEquals(1, logged.size(), "logged once");
        LogRecord record = logged.get(0);
        assertTrue(record.getLevel().intValue() >= Level.SEVERE.intValue(), "an error: " + record.getLevel());
        // JBoss Logging hands printf-style records over unformatted
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        assertTrue(message.contains(errorId) && message.contains(TRACE_ID), message);
        assertEquals("injected failure", record.getThrown().getMessage(), "with its stack trace");
    }

    @Test
    void theGatewaysOwnErrorsStayAsTheyAre() {
        GraphQLError error = new ExceptionWhileDataFetching(ResultPath.parse("/article"), new NotFoundError("No article"),
                new SourceLocation(1, 3));
        assertSame(error, InternalErrors.withErrorId(error));
    }
}

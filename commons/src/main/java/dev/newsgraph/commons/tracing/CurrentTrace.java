package dev.newsgraph.commons.tracing;

import java.util.Optional;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The trace the current request belongs to, for answers that name it: an operator searches the logs
 * (every line carries {@code traceId}) and the trace backend with the id a user reports.
 */
public final class CurrentTrace {

    private CurrentTrace() {
    }

    /** The W3C trace id (32 lowercase hex digits) of the current span, empty outside any trace. */
    public static Optional<String> id() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }
}

package dev.newsgraph.gateway.observability;

import java.util.Locale;

import graphql.language.OperationDefinition;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerRoute;
import io.opentelemetry.instrumentation.api.semconv.http.HttpServerRouteSource;

/**
 * Names the gateway's HTTP server span after the GraphQL operation it runs ({@code graphql query
 * ArticlesWithEntities}) with the attributes of OpenTelemetry's GraphQL semantic conventions. Every
 * GraphQL request is {@code POST /graphql} to HTTP, so without this a trace list cannot tell one
 * operation from another. The HTTP instrumentation names the span after its route once more when the
 * response is sent, unless a controller (the highest route source) has set the route already: the
 * route is set as the controller's first, so the operation's name stays.
 */
public final class OperationSpan {

    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");

    private OperationSpan() {
    }

    /**
     * @param request       the context of the HTTP server span
     * @param route         the HTTP route the operation is served on, for {@code http.route}
     * @param kind          the operation's type; null when the document does not say which operation
     *                      runs (execution then reports the error and the span keeps its HTTP name)
     * @param operationName null for an anonymous operation
     */
    public static void describe(Context request, String route, OperationDefinition.Operation kind, String operationName) {
        if (kind == null) {
            return;
        }
        HttpServerRoute.update(request, HttpServerRouteSource.CONTROLLER, route);
        Span span = Span.fromContext(request);
        String type = kind.name().toLowerCase(Locale.ROOT);
        span.setAttribute(OPERATION_TYPE, type);
        if (operationName == null) {
            span.updateName("graphql " + type);
        } else {
            span.setAttribute(OPERATION_NAME, operationName);
            span.updateName("graphql " + type + " " + operationName);
        }
    }
}

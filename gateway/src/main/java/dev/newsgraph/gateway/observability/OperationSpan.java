package dev.newsgraph.gateway.observability;

import java.util.Locale;

import graphql.language.OperationDefinition;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;

/**
 * Names the gateway's HTTP server span after the GraphQL operation it runs ({@code graphql query
 * ArticlesWithEntities}) with the attributes of OpenTelemetry's GraphQL semantic conventions. Every
 * GraphQL request is {@code POST /graphql} to HTTP, so without this a trace list cannot tell one
 * operation from another.
 */
public final class OperationSpan {

    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");

    private OperationSpan() {
    }

    /**
     * @param kind          the operation's type; null when the document does not say which operation
     *                      runs (execution then reports the error and the span keeps its HTTP name)
     * @param operationName null for an anonymous operation
     */
    public static void describe(Span span, OperationDefinition.Operation kind, String operationName) {
        if (kind == null) {
            return;
        }
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

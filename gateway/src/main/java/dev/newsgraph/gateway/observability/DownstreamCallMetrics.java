package dev.newsgraph.gateway.observability;

import java.lang.reflect.Method;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Counts the gateway's HTTP calls to each service per GraphQL operation
 * ({@code newsgraph_graphql_downstream_calls_total{operation,service}}), so a dashboard shows which
 * operations fan out into how many calls (divided by the operations' count: calls per operation).
 * Registered on the REST clients as a request filter, so every request sent is counted, a retry too.
 * The operation is the bounded name the operation metrics use; it travels in the request's Vert.x
 * duplicated context, where the clients are called from and where their requests are sent.
 * Calls outside a GraphQL operation over HTTP (start-up checks) count under operation {@code none}.
 */
@ApplicationScoped
public class DownstreamCallMetrics implements ClientRequestFilter {

    static final String CALLS = "newsgraph.graphql.downstream.calls";
    static final String NONE = "none";
    private static final String OPERATION = DownstreamCallMetrics.class.getName() + ".operation";
    /** Set by the MicroProfile REST Client on every request: the interface method called. */
    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    @Inject
    MeterRegistry registry;

    /** Attributes the service calls made while serving the current HTTP request to this operation. */
    public static void attribute(OperationMetrics.Measurement operation) {
        ContextLocals.put(OPERATION, operation.operation());
    }

    @Override
    public void filter(ClientRequestContext request) {
        Counter.builder(CALLS).description("HTTP calls of the gateway to each service, by GraphQL operation")
                .tag("operation", operation()).tag("service", service(request)).register(registry).increment();
    }

    private static String operation() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return NONE;
        }
        String operation = context.getLocal(OPERATION);
        return operation == null ? NONE : operation;
    }

    /** The client's configuration key ({@code article-service}, {@code entity-service}): the service it calls. */
    private static String service(ClientRequestContext request) {
        if (request.getProperty(INVOKED_METHOD) instanceof Method method) {
            RegisterRestClient client = method.getDeclaringClass().getAnnotation(RegisterRestClient.class);
            if (client != null && !client.configKey().isEmpty()) {
                return client.configKey();
            }
        }
        return "unknown";
    }
}

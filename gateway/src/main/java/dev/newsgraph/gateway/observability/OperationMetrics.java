package dev.newsgraph.gateway.observability;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Per GraphQL operation: how many ran and how long they took ({@code newsgraph_graphql_operations_seconds},
 * a histogram with fixed buckets; exemplars carry trace ids when scraped as OpenMetrics) and their errors
 * by {@code extensions.code} ({@code newsgraph_graphql_errors_total}). HTTP metrics see only
 * {@code POST /graphql}; these tell the operations apart. Requests refused before they ran (parse,
 * limits) count as errors of operation {@code rejected} only.
 */
@ApplicationScoped
public class OperationMetrics {

    static final String OPERATIONS = "newsgraph.graphql.operations";
    static final String ERRORS = "newsgraph.graphql.errors";
    static final String REJECTED = "rejected";
    /** Few buckets per series (not the percentile histogram's ~70), so names times buckets stays small. */
    private static final Duration[] BUCKETS = { Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10) };

    @Inject
    MeterRegistry registry;

    @Inject
    OperationMetricsConfig config;

    private OperationNames names;
    /** Registered timers by operation, type and outcome: looking a meter up through the registry per request costs more than the measurement. */
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        names = new OperationNames(config.maxOperationNames());
    }

    /** Starts measuring an admitted operation; {@code kind} null when the document does not say which runs. */
    public Measurement start(OperationDefinition.Operation kind, String operationName) {
        return new Measurement(names.tag(operationName), kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT),
                Timer.start(registry));
    }

    /** A request refused before it ran, with the extensions of its error. */
    public void rejected(Map<String, Object> extensions) {
        error(REJECTED, "unknown", extensions);
    }

    private void error(String operation, String type, Map<String, Object> extensions) {
        Counter.builder(ERRORS).description("GraphQL errors by operation and extensions.code").tag("operation", operation)
                .tag("type", type).tag("code", code(extensions)).register(registry).increment();
    }

    private static String code(Map<String, Object> extensions) {
        Object code = extensions == null ? null : extensions.get("code");
        return code == null ? "NONE" : code.toString();
    }

    /** One operation being measured. */
    public final class Measurement {

        private final String operation;
        private final String type;
        private final Timer.Sample sample;

        private Measurement(String operation, String type, Timer.Sample sample) {
            this.operation = operation;
            this.type = type;
            this.sample = sample;
        }

        /** The bounded operation name this operation is measured under. */
        public String operation() {
            return operation;
        }

        /** The operation answered, with these errors (none, or partial failures). */
        public void finished(List<GraphQLError> errors) {
            stop(errors.isEmpty() ? "success" : "error");
            for (GraphQLError error : errors) {
                error(operation, type, error.getExtensions());
            }
        }

        /** The operation failed as a whole (an unexpected failure, answered 500). */
        public void failed() {
            stop("failure");
            error(operation, type, Map.of("code", "INTERNAL_SERVER_ERROR"));
        }

        private void stop(String outcome) {
            sample.stop(timers.computeIfAbsent(List.of(operation, type, outcome), key -> Timer.builder(OPERATIONS)
                    .description("GraphQL operations run by the gateway, by name, type and outcome")
                    .tag("operation", operation).tag("type", type).tag("outcome", outcome).serviceLevelObjectives(BUCKETS)
                    .register(registry)));
        }
    }
}

package dev.newsgraph.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** Members run as one: each with its own state, in order, and any of them can refuse the operation. */
class OperationInstrumentationsTest {

    private static final String SDL = "type Query { hello: String, me: Person } type Person { friend: Person, name: String }";

    private final List<String> calls = new ArrayList<>();

    @Test
    void eachMemberGetsItsOwnStateAndRewritesTheResultInOrder() {
        GraphQL graphQL = graphQL(List.of(new Recording("a"), new Recording("b")));

        ExecutionResult result = graphQL.execute("{ hello }");

        assertEquals(List.of("a starts with a-state", "b starts with b-state", "a rewrites with a-state", "b rewrites with b-state"), calls);
        assertEquals(Map.of("hello", "world", "seen", "a,b"), result.getData());
    }

    @Test
    void aMemberCanRefuseTheOperation() {
        GraphQL graphQL = graphQL(List.of(new MaxQueryDepthInstrumentation(2), new Recording("a")));

        ExecutionResult result = graphQL.execute("{ me { friend { friend { name } } } }");

        assertTrue(result.getErrors().get(0).getMessage().contains("maximum query depth exceeded"), result.getErrors().toString());
        assertEquals(List.of(), calls.stream().filter(call -> call.startsWith("a starts")).toList());
    }

    private static GraphQL graphQL(List<Instrumentation> members) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("hello", environment -> "world"))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring))
                .instrumentation(new OperationInstrumentations(members))
                .build();
    }

    private final class Recording extends SimplePerformantInstrumentation {

        private final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return CompletableFuture.completedFuture(new Named(name + "-state"));
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            calls.add(name + " starts with " + ((Named) state).name());
            return super.beginExecuteOperation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            calls.add(name + " rewrites with " + ((Named) state).name());
            if (result.getData() == null) {
                return CompletableFuture.completedFuture(result);
            }
            Map<String, Object> data = new LinkedHashMap<>(result.getData());
            data.merge("seen", name, (before, added) -> before + "," + added);
            return CompletableFuture.completedFuture(result.transform(builder -> builder.data(data)));
        }
    }

    private record Named(String name) implements InstrumentationState {
    }
}

package dev.newsgraph.gateway.errors;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Rewrites the errors of a finished operation into the shape clients get from the gateway's own
 * errors, one rewrite after another (each answers an error it does not concern unchanged). The
 * result is rebuilt only when a rewrite changed something.
 */
public class ErrorRewrites extends SimplePerformantInstrumentation {

    private final List<UnaryOperator<GraphQLError>> rewrites;

    public ErrorRewrites(List<UnaryOperator<GraphQLError>> rewrites) {
        this.rewrites = List.copyOf(rewrites);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = result.getErrors();
        List<GraphQLError> rewritten = errors.stream().map(this::rewrite).toList();
        // by identity: graphql-java's errors compare equal without their extensions, where codes live
        if (IntStream.range(0, errors.size()).allMatch(i -> rewritten.get(i) == errors.get(i))) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(rewritten)));
    }

    private GraphQLError rewrite(GraphQLError error) {
        GraphQLError rewritten = error;
        for (UnaryOperator<GraphQLError> rewrite : rewrites) {
            rewritten = rewrite.apply(rewritten);
        }
        return rewritten;
    }
}

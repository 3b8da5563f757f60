package dev.newsgraph.gateway.execution;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The parsed and validated documents of graphql-java's execution, kept in the same cache SmallRye
 * GraphQL reads before every execution (to learn the operation's type), so a document is parsed once,
 * not on every request. SmallRye fills its {@link QueryCache} from its own validation hook, which the
 * gateway's instrumentation replaces; this serves as both the document provider and that hook, using
 * the cache SmallRye hands each execution through its public context
 * ({@link SmallRyeContext#getQueryCache()}). An execution without that context (none is expected) uses
 * a cache of its own.
 */
public final class ExecutionDocumentCache extends SimplePerformantInstrumentation implements PreparsedDocumentProvider {

    private final QueryCache fallback = new QueryCache();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return cacheOf(executionInput.getGraphQLContext()).getDocumentAsync(executionInput, parseAndValidate);
    }

    /** Only a document that was not in the cache is validated; a valid one is then added to the cache. */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return cacheOf(parameters.getExecutionInput().getGraphQLContext()).beginValidation(parameters, state);
    }

    private QueryCache cacheOf(GraphQLContext context) {
        Object smallRye = context == null ? null : context.get(SmallRyeContextManager.CONTEXT);
        if (smallRye instanceof SmallRyeContext execution && execution.getQueryCache() != null) {
            return execution.getQueryCache();
        }
        return fallback;
    }
}

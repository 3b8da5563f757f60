package dev.newsgraph.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/** Documents graphql-java parses and validates land in the cache SmallRye reads before each execution. */
class ExecutionDocumentCacheTest {

    private final ExecutionDocumentCache documents = new ExecutionDocumentCache();
    private final GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { hello: String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("hello", env -> "hi")).build()))
            .instrumentation(documents).preparsedDocumentProvider(documents).build();

    @Test
    void aValidDocumentIsCachedInSmallRyesCacheAndNotParsedAgain() {
        QueryCache smallRyes = new QueryCache();
        assertEquals(Map.of("hello", "hi"), execute("{ hello }", smallRyes).getData());

        AtomicInteger parses = new AtomicInteger();
        ExecutionInput next = ExecutionInput.newExecutionInput("{ hello }").build();
        PreparsedDocumentEntry cached = smallRyes.getDocumentAsync(next, input -> {
            parses.incrementAndGet();
            return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
        }).join();
        assertNotNull(cached.getDocument());
        assertEquals(0, parses.get(), "SmallRye's cache answers without parsing");
        assertEquals(Map.of("hello", "hi"), execute("{ hello }", smallRyes).getData());
    }

    @Test
    void anInvalidDocumentIsNotCached() {
        QueryCache smallRyes = new QueryCache();
        ExecutionResult result = execute("{ goodbye }", smallRyes);
        assertTrue(result.getErrors().get(0).getMessage().contains("goodbye"));

        AtomicInteger parses = new AtomicInteger();
        smallRyes.getDocumentAsync(ExecutionInput.newExecutionInput("{ goodbye }").build(), input -> {
            parses.incrementAndGet();
            return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
        }).join();
        assertEquals(1, parses.get());
    }

    @Test
    void withoutSmallRyesContextItUsesACacheOfItsOwn() {
        assertEquals(Map.of("hello", "hi"), graphQL.execute("{ hello }").getData());
        assertEquals(Map.of("hello", "hi"), graphQL.execute("{ hello }").getData());
    }

    private ExecutionResult execute(String query, QueryCache smallRyes) {
        SmallRyeContext context = new SmallRyeContext(getClass().getName());
        context.setQueryCache(smallRyes);
        ExecutionInput input = ExecutionInput.newExecutionInput(query).build();
        input.getGraphQLContext().put(SmallRyeContextManager.CONTEXT, context);
        return graphQL.execute(input);
    }
}

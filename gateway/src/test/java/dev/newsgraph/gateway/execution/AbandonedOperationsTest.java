package dev.newsgraph.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;

class AbandonedOperationsTest {

    @Test
    void aResolverRunsUntilTheClientHasGoneThenNoMore() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicBoolean abandoned = new AtomicBoolean();
        DataFetcher<?> resolver = AbandonedOperations.stoppingWhenAbandoned(environment -> calls.incrementAndGet());
        DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .graphQLContext(GraphQLContext.of(Map.of(AbandonedOperations.KEY, abandoned))).build();
        assertEquals(1, resolver.get(environment));
        abandoned.set(true);
        assertThrows(AbortExecutionException.class, () -> resolver.get(environment));
        assertEquals(1, calls.get());
    }

    @Test
    void operationsWithoutAnHttpClientAlwaysRun() throws Exception {
        DataFetcher<?> resolver = AbandonedOperations.stoppingWhenAbandoned(environment -> "ran");
        assertEquals("ran", resolver.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .graphQLContext(GraphQLContext.newContext().build()).build()));
    }
}

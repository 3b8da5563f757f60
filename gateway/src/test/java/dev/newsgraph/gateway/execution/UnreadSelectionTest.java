package dev.newsgraph.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** A resolver sees graphql-java's environment with an empty selection set, and nothing else changed. */
class UnreadSelectionTest {

    @Test
    void theResolverGetsNoSelectionSetButEverythingElse() {
        List<DataFetchingEnvironment> seen = new ArrayList<>();
        GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { person(id: ID): Person } type Person { name: String, friend: Person }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("person", UnreadSelection.resolving(env -> {
                    seen.add(env);
                    return Map.of("name", "Ada", "friend", Map.of("name", "Charles"));
                }))).build())).build();

        var result = graphQL.execute("{ person(id: \"7\") { name friend { name } } }");

        assertEquals(Map.of("person", Map.of("name", "Ada", "friend", Map.of("name", "Charles"))), result.getData());
        DataFetchingEnvironment env = seen.get(0);
        assertTrue(env.getSelectionSet().getFields().isEmpty());
        assertFalse(env.getSelectionSet().contains("name"));
        assertEquals(Map.of("id", "7"), env.getArguments());
        assertEquals("person", env.getField().getName());
        assertEquals("/person", env.getExecutionStepInfo().getPath().toString());
    }
}

package dev.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** Costs computed on the committed schema, as clients write queries against it. */
class QueryCostTest {

    private static GraphQLSchema schema;

    @BeforeAll
    static void committedSchema() throws IOException {
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
    }

    private static long cost(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return QueryCost.of(schema, document, operation.getSelectionSet(), schema.getQueryType(), variables, 10_000_000);
    }

    @Test
    void objectsCountOneAndListsMultiplyWhatIsUnderThem() {
        assertEquals(0, cost("{ __typename }", Map.of()));
        assertEquals(1, cost("{ article(id: \"x\") { headline text } }", Map.of()));
        assertEquals(1 + 20 * (1 + 1 + 5 * (1 + 1)), cost("{ articles(first: 20) { edges { node { headline entities(first: 5) { entity { name } } } } } }", Map.of()));
        assertEquals(1 + 7 * (1 + 1), cost("query($n: Int) { articles(first: $n) { edges { node { id } } } }", Map.of("n", 7)));
        assertEquals(1 + 3 * (1 + 1), cost("{ articles(last: 3) { edges { node { id } } } }", Map.of()));
    }

    @Test
    void unboundedListsCountTheirDefaultPage() {
        assertEquals(1 + 20 * (1 + 1), cost("{ entities { edges { node { id } } } }", Map.of()));
        assertEquals(1 + 100 * 2, cost("{ article(id: \"x\") { entities { entity { id } } } }", Map.of()));
        assertEquals(3, cost("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of("a", "b", "c"))));
    }

    @Test
    void fragmentsAndAliasesCountAsExecutedAndLargeCostsSaturate() {
        String fragments = "query { ...F } fragment F on Query { a: articles(first: 10) { edges { node { id } } } b: articles(first: 10) { edges { node { id } } } }";
        assertEquals(2 * (1 + 10 * 2), cost(fragments, Map.of()));
        StringBuilder bomb = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            bomb.append(" a").append(i).append(": articles(first: 100) { edges { node { entities(first: 100) { entity { articles(first: 100) { edges { node { id } } } } } } } }");
        }
        assertEquals(10_000_000, cost(bomb.append(" }").toString(), Map.of()));
    }
}

package dev.newsgraph.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * The schema the gateway executes has its own fetchers where they save work per field; every query test
 * shows they answer the same, this shows they are in place (nothing else would notice them missing).
 */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class FieldFetchersTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainRecordFieldsAndEnumsAreReadThroughAccessors() {
        for (String field : new String[] { "name", "type", "aliases", "mentionCount" }) {
            assertFalse(fetcher("Entity", field) instanceof FieldDataFetcher, "Entity." + field);
        }
        assertInstanceOf(FieldDataFetcher.class, fetcher("Entity", "firstSeen"), "dates stay with SmallRye");
    }

    @Test
    void batchedFieldsAskTheRecordFirst() {
        assertFalse(fetcher("ArticleEdge", "node") instanceof BatchDataFetcher, "ArticleEdge.node");
    }

    @Test
    void fieldVisibilityIsGraphqlJavasDefault() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }

    private Object fetcher(String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(object, object.getField(field)), object.getField(field));
    }
}

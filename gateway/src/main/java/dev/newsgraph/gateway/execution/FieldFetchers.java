package dev.newsgraph.gateway.execution;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import dev.newsgraph.gateway.batch.OperationFields;
import dev.newsgraph.gateway.limits.ControlCharacterArguments;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Puts the gateway's own field fetchers into the schema once, when it is built: record fields read
 * through their accessors ({@link RecordAccessors}), batched fields answered from records that already
 * hold them ({@link PrefetchedFields}), and arguments checked for control characters
 * ({@link ControlCharacterArguments}); resolvers stop once the client has gone
 * ({@link AbandonedOperations}); root fields record their selection for the operation's look-ahead
 * ({@link OperationFields}); SmallRye's resolvers are not handed a selection set to copy
 * ({@link UnreadSelection}). Done per field at execution time instead (an instrumentation),
 * every fetch of every field paid for building its step info and arguments, whether it had any.
 *
 * <p>It also gives graphql-java's default field visibility back: SmallRye GraphQL 2.17 reads its
 * {@code default} setting as a pattern of blocked fields, so every field lookup ran a regular expression.
 */
public class FieldFetchers implements EventingService {

    /** None: SmallRye always loads it. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(code -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(coordinates, field);
                        // resolvers (not fields of records) may call the services: not for an abandoned operation
                        DataFetcher<?> resolving = fetcher instanceof FieldDataFetcher ? RecordAccessors.fetcher(field, fetcher)
                                : AbandonedOperations.stoppingWhenAbandoned(UnreadSelection.resolving(fetcher));
                        DataFetcher<?> checked = ControlCharacterArguments.checking(field, prefetchedFirst(field, resolving));
                        code.dataFetcher(coordinates, isRoot(schema, object) ? recordingRoot(checked) : checked);
                    }
                }
            }
            if (Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
                code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
        });
        return GraphQLSchema.newSchema(schema).codeRegistry(registry);
    }

    private static boolean isRoot(GraphQLSchema schema, GraphQLObjectType object) {
        return object == schema.getQueryType() || object == schema.getMutationType() || object == schema.getSubscriptionType();
    }

    /** A root field's selection set is recorded before it is fetched, for the operation's look-ahead ({@link OperationFields}). */
    private static DataFetcher<?> recordingRoot(DataFetcher<?> fetcher) {
        return environment -> {
            OperationFields.recordRoot(environment);
            return fetcher.get(environment);
        };
    }

    /** A batched field answered from the record when it holds the value ({@link PrefetchedFields}). */
    private static DataFetcher<?> prefetchedFirst(GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        if (!(fetcher instanceof BatchDataFetcher)) {
            return fetcher;
        }
        String name = field.getName();
        return environment -> {
            Object held = environment.getSource() instanceof PrefetchedFields source ? source.prefetched(name) : null;
            return held != null ? held : fetcher.get(environment);
        };
    }
}

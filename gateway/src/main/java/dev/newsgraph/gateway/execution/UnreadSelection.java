package dev.newsgraph.gateway.execution;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * Hands SmallRye GraphQL's resolver fetchers an environment whose selection set is empty. Before every
 * resolver call (for a batched field, once per source object and again for the batch) SmallRye copies
 * the field's whole selection set into two JSON trees for {@code Context.getSelectedFields()}, whether
 * or not anything reads them; for a page of 20 articles with their entities that was about a twentieth
 * of the gateway's CPU. The gateway's resolvers never read those fields: what they fetch depends on the
 * operation's look-ahead ({@code batch.OperationFields}), which graphql-java's own environment answers
 * before this one is made. Everything else is graphql-java's environment, unchanged.
 */
final class UnreadSelection extends DelegatingDataFetchingEnvironment {

    private static final DataFetchingFieldSelectionSet NONE = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern, String... fieldGlobPatterns) {
            return Map.of();
        }
    };

    private UnreadSelection(DataFetchingEnvironment environment) {
        super(environment);
    }

    /** The resolver's fetcher, called with the environment whose selection set SmallRye would copy for nothing. */
    static DataFetcher<?> resolving(DataFetcher<?> smallRyeResolver) {
        return environment -> smallRyeResolver.get(new UnreadSelection(environment));
    }

    @Override
    public DataFetchingFieldSelectionSet getSelectionSet() {
        return NONE;
    }
}

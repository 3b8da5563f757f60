package dev.newsgraph.gateway.limits;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.newsgraph.commons.text.ControlCharacters;
import dev.newsgraph.gateway.errors.BadUserInputError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;

/**
 * Refuses a field whose arguments hold text with control characters ({@code BAD_USER_INPUT}), as the
 * services refuse them on REST. Checked on the arguments as GraphQL coerced them, before SmallRye maps
 * input objects to Java, which drops such characters silently: a client would otherwise see its text
 * stored other than it was sent.
 */
public final class ControlCharacterArguments {

    private ControlCharacterArguments() {
    }

    /** The field's fetcher, checking the arguments first when the field takes any. */
    public static DataFetcher<?> checking(GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        if (field.getArguments().isEmpty()) {
            return fetcher;
        }
        return environment -> {
            for (Map.Entry<String, Object> argument : environment.getArguments().entrySet()) {
                Optional<String> refusal = refusal(argument.getKey(), argument.getValue());
                if (refusal.isPresent()) {
                    throw new BadUserInputError(refusal.get());
                }
            }
            return fetcher.get(environment);
        };
    }

    private static Optional<String> refusal(String path, Object value) {
        if (value instanceof String text) {
            return ControlCharacters.problem(text).map(problem -> path + " " + problem);
        }
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                Optional<String> refusal = refusal(path + "." + field.getKey(), field.getValue());
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Optional<String> refusal = refusal(path + "[" + i + "]", items.get(i));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }
}

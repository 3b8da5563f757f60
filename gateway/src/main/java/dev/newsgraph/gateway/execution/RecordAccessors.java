package dev.newsgraph.gateway.execution;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Resolves the plain fields of the gateway's records (text, numbers, yes/no, ids and nested objects) by
 * calling the record's accessor. SmallRye GraphQL's own field fetcher builds a whole request context,
 * the selected fields included, for every such field; a page of articles with their entities has about
 * a thousand of them, and that was a sixth of the gateway's CPU. Everything else stays with SmallRye:
 * enums, dates and other scalars it converts, computed fields (a method named for the field), batched
 * and root fields.
 */
public class RecordAccessors extends SimplePerformantInstrumentation {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private final ClassValue<Map<String, MethodHandle>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return type.isRecord() ? accessorsOf(type) : Map.of();
        }
    };

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof FieldDataFetcher) || !plain(parameters.getField().getType())) {
            return fetcher;
        }
        String field = parameters.getField().getName();
        return environment -> {
            Object source = environment.getSource();
            MethodHandle accessor = source == null ? null : accessors.get(source.getClass()).get(field);
            if (accessor == null) {
                return fetcher.get(environment);
            }
            try {
                return accessor.invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static boolean plain(GraphQLType type) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        return named instanceof GraphQLObjectType
                || (named instanceof GraphQLScalarType scalar && PLAIN_SCALARS.contains(scalar.getName()));
    }

    /** The accessors of the record's components that are GraphQL fields of the same name. */
    private static Map<String, MethodHandle> accessorsOf(Class<?> record) {
        Set<String> renamed = new HashSet<>();
        for (Method method : record.getMethods()) {
            if (method.isAnnotationPresent(Name.class)) {
                renamed.add(method.getAnnotation(Name.class).value());
            }
        }
        Map<String, MethodHandle> byField = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.isAnnotationPresent(Ignore.class) || component.isAnnotationPresent(Name.class)
                    || renamed.contains(component.getName())) {
                continue;
            }
            try {
                byField.put(component.getName(), lookup.unreflect(component.getAccessor()));
            } catch (IllegalAccessException notPublic) {
                // SmallRye's fetcher resolves it
            }
        }
        return Map.copyOf(byField);
    }
}

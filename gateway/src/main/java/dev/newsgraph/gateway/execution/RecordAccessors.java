package dev.newsgraph.gateway.execution;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Resolves the plain fields of the gateway's records (text, numbers, yes/no, ids, enums and nested
 * objects) by calling the record's accessor. SmallRye GraphQL's own field fetcher builds a whole request
 * context, the selected fields included, for every such field; a page of articles with their entities
 * has about a thousand of them, and that was a sixth of the gateway's CPU. Everything else stays with
 * SmallRye: dates and other scalars it converts, enums whose GraphQL names differ from the Java ones,
 * computed fields (a method named for the field), batched and root fields.
 */
final class RecordAccessors {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private static final MethodType GENERIC = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return type.isRecord() ? accessorsOf(type) : Map.of();
        }
    };

    private RecordAccessors() {
    }

    /** The fetcher for the field: its record accessor where SmallRye would only have read the field. */
    static DataFetcher<?> fetcher(GraphQLFieldDefinition field, DataFetcher<?> smallRyeFetcher) {
        if (!(smallRyeFetcher instanceof FieldDataFetcher) || !plain(field.getType())) {
            return smallRyeFetcher;
        }
        String name = field.getName();
        return new DataFetcher<Object>() {
            /** The accessor for the last source class seen: a field's sources are nearly always of one record type. */
            private volatile Accessor last;

            @Override
            public Object get(DataFetchingEnvironment environment) throws Exception {
                Object source = environment.getSource();
                if (source == null) {
                    return smallRyeFetcher.get(environment);
                }
                Accessor accessor = last;
                if (accessor == null || accessor.type() != source.getClass()) {
                    accessor = new Accessor(source.getClass(), ACCESSORS.get(source.getClass()).get(name));
                    last = accessor;
                }
                if (accessor.read() == null) {
                    return smallRyeFetcher.get(environment);
                }
                try {
                    return (Object) accessor.read().invokeExact(source);
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** A record class's accessor for one field, typed {@code (Object)Object} for an exact call; null when it has none. */
    private record Accessor(Class<?> type, MethodHandle read) {
    }

    private static boolean plain(GraphQLType type) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        return named instanceof GraphQLObjectType
                || (named instanceof GraphQLScalarType scalar && PLAIN_SCALARS.contains(scalar.getName()))
                || (named instanceof GraphQLEnumType enumType && namedAsInJava(enumType));
    }

    /** graphql-java serialises a Java enum constant by its name, which is right when no value was renamed. */
    private static boolean namedAsInJava(GraphQLEnumType type) {
        return type.getValues().stream().allMatch(value -> value.getName().equals(String.valueOf(value.getValue())));
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
                byField.put(component.getName(), lookup.unreflect(component.getAccessor()).asType(GENERIC));
            } catch (IllegalAccessException notPublic) {
                // SmallRye's fetcher resolves it
            }
        }
        return Map.copyOf(byField);
    }
}

package dev.newsgraph.gateway.limits;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation may cost before it runs, counted as the objects it can return (GitHub's node
 * limit, Shopify's calculated cost): each object field counts one, and a list multiplies the cost of
 * what is selected under it by how many items it may hold: its {@code first}, {@code last} or
 * {@code ids}, else the page size it defaults to. Scalars are free; so is introspection, which the
 * field limit bounds. A page of 20 articles with 5 entities each costs 241; 20 aliases of
 * articles(first: 100) → entities(first: 100) → articles(first: 100) cost about 40 million.
 * Fragments are costed once each; counts saturate at a ceiling instead of overflowing.
 */
public final class QueryCost {

    /** Items a list is assumed to hold when no argument bounds it. */
    static final int DEFAULT_PAGE = 20;
    /** Lists that hold all their items when not bounded ({@code Article.entities}): at most this many are costed. */
    static final int ALL_ITEMS = 100;
    private static final Set<String> ALL_WHEN_UNBOUNDED = Set.of("Article.entities");
    private static final List<String> SIZE_ARGUMENTS = List.of("first", "last");

    private final GraphQLSchema schema;
    private final Map<String, Object> variables;
    private final long ceiling;
    private final FragmentSizes<Long> fragments;

    private QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables, long ceiling) {
        this.schema = schema;
        this.variables = variables;
        this.ceiling = ceiling;
        this.fragments = new FragmentSizes<>(document, 0L);
    }

    /** The cost of an operation of the document, rooted at {@code root}, with its coerced variables. */
    public static long of(GraphQLSchema schema, Document document, SelectionSet operation, GraphQLFieldsContainer root,
            Map<String, Object> variables, long ceiling) {
        return new QueryCost(schema, document, variables, ceiling).cost(operation, root);
    }

    private long cost(SelectionSet selectionSet, GraphQLFieldsContainer parent) {
        return cost(selectionSet, parent, DEFAULT_PAGE);
    }

    /** @param pageSize the page size of the connection {@code parent} is, for its lists of edges */
    private long cost(SelectionSet selectionSet, GraphQLFieldsContainer parent, long pageSize) {
        if (selectionSet == null || parent == null) {
            return 0;
        }
        long total = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                total = add(total, fieldCost(field, parent, pageSize));
            } else if (selection instanceof InlineFragment inline) {
                total = add(total, cost(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : container(inline.getTypeCondition().getName()), pageSize));
            } else if (selection instanceof FragmentSpread spread) {
                total = add(total, fragmentCost(spread.getName()));
            }
        }
        return total;
    }

    /**
     * A list costs its items, each one object plus what is selected under it; a connection (an object
     * field taking {@code first}/{@code last}) costs one plus its selection with its lists of edges at
     * its page size; any other object one plus its selection.
     */
    private long fieldCost(Field field, GraphQLFieldsContainer parent, long pageSize) {
        if (field.getName().startsWith("__")) {
            return 0;
        }
        GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
        if (definition == null) {
            return 0;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (!(unwrapped instanceof GraphQLFieldsContainer child)) {
            return 0;
        }
        Long requested = requestedSize(field);
        boolean paged = SIZE_ARGUMENTS.stream().anyMatch(name -> definition.getArgument(name) != null);
        long unbounded = ALL_WHEN_UNBOUNDED.contains(parent.getName() + "." + field.getName()) ? ALL_ITEMS : DEFAULT_PAGE;
        if (isList(definition.getType())) {
            long items = requested != null ? requested : parent.getName().endsWith("Connection") ? pageSize : unbounded;
            return multiply(items, add(1, cost(field.getSelectionSet(), child)));
        }
        long size = requested != null ? requested : paged ? unbounded : DEFAULT_PAGE;
        return add(1, cost(field.getSelectionSet(), child, size));
    }

    /** The item count the field's arguments ask for ({@code first}, {@code last}, {@code ids}), or null. */
    private Long requestedSize(Field field) {
        for (String name : SIZE_ARGUMENTS) {
            Long size = intArgument(field, name);
            if (size != null) {
                return Math.max(0, size);
            }
        }
        return listArgumentSize(field, "ids");
    }

    private Long intArgument(Field field, String name) {
        Object value = argumentValue(field, name);
        if (value instanceof IntValue literal) {
            return literal.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }

    private Long listArgumentSize(Field field, String name) {
        Object value = argumentValue(field, name);
        if (value instanceof ArrayValue array) {
            return (long) array.getValues().size();
        }
        if (value instanceof List<?> list) {
            return (long) list.size();
        }
        return null;
    }

    /** The literal, or the variable's coerced value, of an argument; null when not given. */
    private Object argumentValue(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                Value<?> value = argument.getValue();
                return value instanceof VariableReference reference ? variables.get(reference.getName()) : value;
            }
        }
        return null;
    }

    private long fragmentCost(String name) {
        return fragments.of(name, fragment -> cost(fragment.getSelectionSet(), container(fragment.getTypeCondition().getName())));
    }

    private GraphQLFieldsContainer container(String typeName) {
        return schema.getType(typeName) instanceof GraphQLFieldsContainer container ? container : null;
    }

    private static boolean isList(GraphQLOutputType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }

    private long add(long a, long b) {
        return Math.min(ceiling, a + b);
    }

    private long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > ceiling / b ? ceiling : Math.min(ceiling, a * b);
    }
}

package dev.newsgraph.gateway.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The size and depth of a document's operations once every fragment spread is expanded, as GraphQL
 * executes them. A few hundred bytes of nested fragments ({@code fragment F2 on Query { ...F1 ...F1 }},
 * and so on) expand to millions of fields, and every later step (validation, the normalised
 * operation, execution) would do that work; so this is counted on the syntax tree, each fragment once,
 * in time linear in the document's length however large the count comes out. Counts stop growing at
 * a ceiling instead of overflowing.
 *
 * <p>Depth leaves out what lies under the introspection fields {@code __schema} and {@code __type}:
 * the standard introspection query nests type references deeper than any data query needs, and
 * introspection has its own bound (graphql-java's good-faith introspection check, plus the field
 * count here).
 *
 * @param fields the most fields of any one operation, at most the ceiling
 * @param depth  the deepest nesting of data fields of any one operation
 */
public record OperationShape(long fields, int depth) {

    public static OperationShape of(Document document, long ceiling) {
        Counter counter = new Counter(document, ceiling);
        long fields = 0;
        int depth = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            OperationShape shape = counter.shape(operation.getSelectionSet());
            fields = Math.max(fields, shape.fields());
            depth = Math.max(depth, shape.depth());
        }
        return new OperationShape(fields, depth);
    }

    private static final class Counter {

        private final long ceiling;
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, OperationShape> known = new HashMap<>();
        private final Set<String> expanding = new HashSet<>();

        Counter(Document document, long ceiling) {
            this.ceiling = ceiling;
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
        }

        OperationShape shape(SelectionSet selectionSet) {
            if (selectionSet == null) {
                return new OperationShape(0, 0);
            }
            long fields = 0;
            int depth = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                OperationShape part;
                if (selection instanceof Field field) {
                    OperationShape below = shape(field.getSelectionSet());
                    boolean introspection = field.getName().equals("__schema") || field.getName().equals("__type");
                    part = new OperationShape(add(1, below.fields()), introspection ? 1 : 1 + below.depth());
                } else if (selection instanceof InlineFragment inline) {
                    part = shape(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    part = fragment(spread.getName());
                } else {
                    continue;
                }
                fields = add(fields, part.fields());
                depth = Math.max(depth, part.depth());
            }
            return new OperationShape(fields, depth);
        }

        private OperationShape fragment(String name) {
            OperationShape shape = known.get(name);
            if (shape != null) {
                return shape;
            }
            FragmentDefinition fragment = fragments.get(name);
            // unknown and cyclic spreads are left to validation, which refuses them
            if (fragment == null || !expanding.add(name)) {
                return new OperationShape(0, 0);
            }
            shape = shape(fragment.getSelectionSet());
            expanding.remove(name);
            known.put(name, shape);
            return shape;
        }

        private long add(long a, long b) {
            return Math.min(ceiling, a + b);
        }
    }
}

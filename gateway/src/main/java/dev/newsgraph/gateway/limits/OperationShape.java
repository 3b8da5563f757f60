package dev.newsgraph.gateway.limits;

import graphql.language.Document;
import graphql.language.Field;
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
        private final FragmentSizes<OperationShape> fragments;

        Counter(Document document, long ceiling) {
            this.ceiling = ceiling;
            this.fragments = new FragmentSizes<>(document, new OperationShape(0, 0));
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
            return fragments.of(name, fragment -> shape(fragment.getSelectionSet()));
        }

        private long add(long a, long b) {
            return Math.min(ceiling, a + b);
        }
    }
}

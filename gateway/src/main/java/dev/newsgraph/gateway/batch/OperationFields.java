package dev.newsgraph.gateway.batch;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.logging.Logger;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * Whether the operation being executed selects some fields of a type anywhere, so that the gateway
 * asks the services for the costly parts of their answers (an article's body, an entity's mentions)
 * only when a client reads them. Decided for the whole operation, not for one field's selection: a
 * batched lookup serves every place of a query level at once, and any one of them may want the part.
 *
 * <p>Read from graphql-java's public selection API: the selection set of every root field is recorded
 * before that field is fetched ({@link #recordRoot}), and a field is selected when any root's subtree
 * holds it. Fragments, {@code @skip}/{@code @include} and introspection fields count as GraphQL
 * executes them. Batched lookups run after their whole level has been fetched, so every root is known
 * by then. A look-ahead is only an optimisation: when it cannot decide, it says "selected" and the
 * gateway fetches the part.
 */
public final class OperationFields {

    private static final Logger LOG = Logger.getLogger(OperationFields.class);
    private static final String ROOTS = OperationFields.class.getName() + ".roots";

    private OperationFields() {
    }

    /** Remembers a root field's selection set; called before the root field is fetched. */
    public static void recordRoot(DataFetchingEnvironment env) {
        List<DataFetchingFieldSelectionSet> roots = env.getGraphQlContext().computeIfAbsent(ROOTS, k -> new CopyOnWriteArrayList<>());
        roots.add(env.getSelectionSet());
    }

    public static boolean selects(Context context, String type, Set<String> fields) {
        try {
            DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
            List<DataFetchingFieldSelectionSet> roots = env.getGraphQlContext().get(ROOTS);
            if (roots == null || roots.isEmpty()) {
                return true;
            }
            for (DataFetchingFieldSelectionSet root : roots) {
                for (SelectedField field : root.getFields()) {
                    if (fields.contains(field.getName()) && field.getObjectTypeNames().contains(type)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (RuntimeException undecided) {
            LOG.debugf(undecided, "Could not look ahead for %s.%s; fetching it", type, fields);
            return true;
        }
    }
}

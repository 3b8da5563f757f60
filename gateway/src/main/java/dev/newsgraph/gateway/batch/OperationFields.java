package dev.newsgraph.gateway.batch;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Whether the operation being executed selects some fields of a type anywhere, so that the gateway
 * asks the services for the costly parts of their answers (an article's body, an entity's mentions)
 * only when a client reads them. Decided for the whole operation, not for one field's selection: a
 * batched lookup serves every place of a query level at once, and any one of them may want the part.
 * Fragments and {@code @skip}/{@code @include} count as GraphQL executes them. Computed once per
 * operation and type.
 */
public final class OperationFields {

    private OperationFields() {
    }

    public static boolean selects(Context context, String type, Set<String> fields) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        String key = OperationFields.class.getName() + ":" + type + ":" + fields;
        Boolean selected = env.getGraphQlContext().computeIfAbsent(key, k -> traverse(env, type, fields));
        return selected;
    }

    private static boolean traverse(DataFetchingEnvironment env, String type, Set<String> fields) {
        AtomicBoolean found = new AtomicBoolean();
        QueryTraverser.newQueryTraverser()
                .schema(env.getGraphQLSchema())
                .document(env.getDocument())
                .operationName(env.getOperationDefinition().getName())
                .coercedVariables(CoercedVariables.of(env.getVariables()))
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (type.equals(field.getFieldsContainer().getName()) && fields.contains(field.getField().getName())) {
                            found.set(true);
                        }
                    }
                });
        return found.get();
    }
}

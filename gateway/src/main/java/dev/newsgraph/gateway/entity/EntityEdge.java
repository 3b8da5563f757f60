package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EntityEdge")
@Description("An entity in a connection, with the cursor to resume after it.")
public record EntityEdge(
        @Description("Pass as `after` to get the entities following this one.") @NonNull String cursor,
        @Description("The entity.") @NonNull Entity node) {
}

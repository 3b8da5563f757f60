package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchEdge")
@Description("A search hit in a connection, with the cursor to resume after it.")
public record SearchEdge(
        @Description("Pass as `after` to get the hits following this one.") @NonNull String cursor,
        @Description("The hit.") @NonNull SearchHit node) {
}

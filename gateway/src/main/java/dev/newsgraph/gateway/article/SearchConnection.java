package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.connection.PageInfo;

@Type("SearchConnection")
@Description("A page of full-text search hits, best first (Relay cursor connection).")
public record SearchConnection(
        @Description("The hits of this page, best first.") @NonNull List<@NonNull SearchEdge> edges,
        @Description("Whether hits precede or follow this page and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description("How many hits the whole search has; null when that cannot be known without reading every hit (entity mentions combined with the search), or when more articles match than a search ranks.") Integer totalCount) {
}

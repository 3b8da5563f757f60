package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.connection.PageInfo;

@Type("ArticleConnection")
@Description("A page of a list of articles (Relay cursor connection).")
public record ArticleConnection(
        @Description("The articles of this page, in list order.") @NonNull List<@NonNull ArticleEdge> edges,
        @Description("Whether articles precede or follow this page and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description("How many articles the whole list holds; null when that cannot be known without reading the whole list (entity mentions combined with other conditions), or when a `text` condition matches more articles than a search ranks.") Integer totalCount) {
}

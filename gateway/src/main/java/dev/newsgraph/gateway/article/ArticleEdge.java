package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.execution.PrefetchedFields;

/**
 * An edge of an {@link ArticleConnection}. Lists the article service pages carry their articles
 * already, and their {@code node} is answered from the edge; lists the entity service pages carry
 * only ids, resolved in one batch by {@link ArticleEdgeNodes} when (and only when) {@code node} is
 * selected.
 */
@Type("ArticleEdge")
@Description("An article in a connection, with the cursor to resume after it.")
public record ArticleEdge(
        @Description("Pass as `after` to get the articles following this one.") @NonNull String cursor,
        @Ignore String articleId,
        @Ignore Article article) implements PrefetchedFields {

    @Override
    public Object prefetched(String field) {
        return "node".equals(field) ? article : null;
    }

    public static ArticleEdge of(String cursor, Article article) {
        return new ArticleEdge(cursor, article.id(), article);
    }

    public static ArticleEdge ofId(String cursor, String articleId) {
        return new ArticleEdge(cursor, articleId, null);
    }
}

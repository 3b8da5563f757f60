package dev.newsgraph.gateway.article;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.connection.Connections;
import dev.newsgraph.gateway.connection.PageRequest;
import dev.newsgraph.gateway.errors.BadUserInputError;
import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ArticleQueries {

    private static final String NO_OWNER = "";

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Inject
    ArticleListing listing;

    @Inject
    Context context;

    @Query("article")
    @Description("The article with this id; null, with a NOT_FOUND error, when there is none.")
    public Uni<Article> article(@Id @NonNull @Description("The article's id.") String id) {
        boolean body = Article.bodyRequested(context);
        return Uni.createFrom().deferred(() -> articles.article(IdArgument.require(id, "id"), body))
                .onFailure().transform(ServiceFailures.articleRead());
    }

    @Query("articles")
    @Description("Articles, newest first, optionally restricted by a filter; any combination of conditions pages correctly, forward (`first`, `after`) and backward (`last`, `before`). Null, with an error, when a service it needs is unavailable, so the rest of the answer still comes.")
    public Uni<ArticleConnection> articles(
            @Description("How many articles to return from the start of the list or after `after`, 1 to 100; 20 when neither `first` nor `last` is given. Not with `last`.") Integer first,
            @Description("Return the articles after this cursor (an edge's `cursor`, or `pageInfo.endCursor` for the next page). Not with `before`.") String after,
            @Description("How many articles to return from the end of the list or before `before`, 1 to 100; 20 when only `before` is given. Not with `first`.") Integer last,
            @Description("Return the articles before this cursor (an edge's `cursor`, or `pageInfo.startCursor` for the previous page). Not with `after`.") String before,
            @Description("Conditions the articles must meet.") ArticleFilter filter) {
        ArticleFilter conditions = filter == null ? ArticleFilter.NONE : filter;
        String kind = ArticleListing.kind("articles", conditions);
        boolean body = Article.bodyRequested(context);
        return Uni.createFrom().deferred(() -> listing.articles(conditions, PageRequest.of(first, after, last, before, kind, NO_OWNER), body))
                .map(window -> new ArticleConnection(
                        Connections.edges(window, kind, NO_OWNER, ArticleEdge::of),
                        Connections.pageInfo(window, kind, NO_OWNER),
                        Connections.totalCount(window)));
    }

    @Query("search")
    @Description("Full-text search over articles, best match first, with highlighted snippets, paged forward (`first`, `after`) or backward (`last`, `before`). When more articles match than a search ranks (1,000 unless the deployment sets otherwise), the most recently published of them are ranked and paged, and `totalCount` is null. Null, with an error, when a service it needs is unavailable.")
    public Uni<SearchConnection> search(
            @NonNull @Description("What to search for, in web-search syntax: words, \"phrases\", `-excluded`, `or`.") String query,
            @Description("How many hits to return from the best one or after `after`, 1 to 100; 20 when neither `first` nor `last` is given. Not with `last`.") Integer first,
            @Description("Return the hits after this cursor. Not with `before`.") String after,
            @Description("How many hits to return from the end of the ranking or before `before`, 1 to 100; 20 when only `before` is given. Not with `first`.") Integer last,
            @Description("Return the hits before this cursor. Not with `after`.") String before,
            @Description("Conditions the articles must also meet.") ArticleFilter filter) {
        ArticleFilter conditions = filter == null ? ArticleFilter.NONE : filter;
        String kind = ArticleListing.kind("search", conditions);
        boolean body = Article.bodyRequested(context);
        return Uni.createFrom().deferred(() -> {
            if (query.isBlank()) {
                throw new BadUserInputError("query must not be blank");
            }
            return listing.search(query, conditions, PageRequest.of(first, after, last, before, kind, NO_OWNER), body);
        }).map(window -> new SearchConnection(
                Connections.edges(window, kind, NO_OWNER, SearchEdge::new),
                Connections.pageInfo(window, kind, NO_OWNER),
                Connections.totalCount(window)));
    }
}

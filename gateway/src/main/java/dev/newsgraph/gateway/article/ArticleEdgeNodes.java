package dev.newsgraph.gateway.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** Resolves {@code ArticleEdge.node} for a whole level of the query with at most one batch lookup. */
@GraphQLApi
public class ArticleEdgeNodes {

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Inject
    Context context;

    @Name("node")
    @Description("The article; null if it was deleted after the list was read.")
    public Uni<List<Article>> node(@Source List<ArticleEdge> edges) {
        List<String> missing = edges.stream().filter(e -> e.article() == null).map(ArticleEdge::articleId).toList();
        return lookup(articles, missing, Article.bodyRequested(context)).map(found -> edges.stream()
                .map(e -> e.article() != null ? e.article() : found.get(e.articleId()))
                .toList());
    }

    /**
     * The articles of these ids by id, in as few calls as the batch limit allows (none for no ids), with
     * or without their body.
     */
    public static Uni<Map<String, Article>> lookup(ArticleServiceClient articles, List<String> ids, boolean body) {
        return IdBatches.lookup(ids, csv -> articles.articles(csv, body)
                .map(batch -> batch.items().stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a))))
                .onFailure().transform(ServiceFailures.articleRead());
    }
}

package dev.newsgraph.gateway.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.article.Article;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.entity.EntityServiceClient;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.mutiny.Uni;

/** {@code Article.analysis} for every article of a query level in one call to the entity service. */
@GraphQLApi
public class ArticleAnalysisField {

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Name("analysis")
    @Description("Where entity recognition stands for the article; null when the entity service is unavailable or has not seen the article yet.")
    public Uni<List<ArticleAnalysis>> analysis(@Source List<Article> articles) {
        return IdBatches.lookup(articles.stream().map(Article::id).toList(), csv -> entities.analysisOfEach(csv).map(batch -> {
            Map<String, ArticleAnalysis> byArticle = new HashMap<>();
            batch.items().forEach(analysis -> byArticle.put(analysis.articleId(), analysis));
            return byArticle;
        })).onFailure().transform(ServiceFailures.entityRead())
                .map(byArticle -> articles.stream().map(a -> byArticle.get(a.id())).toList());
    }
}

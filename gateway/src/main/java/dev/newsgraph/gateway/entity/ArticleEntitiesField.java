package dev.newsgraph.gateway.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.article.Article;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.batch.OperationFields;
import dev.newsgraph.gateway.connection.PageSize;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** {@code Article.entities} for every article of a query level in one call to the entity service. */
@GraphQLApi
public class ArticleEntitiesField {

    private static final Set<String> MENTIONS = Set.of("mentions");

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Inject
    Context context;

    @Name("entities")
    @Description("The entities the article mentions, most salient first; null when the entity service is unavailable.")
    public Uni<List<List<@NonNull ArticleEntity>>> entities(@Source List<Article> articles,
            @Description("Only entities of this type.") EntityType type,
            @Description("At most this many entities, 1 to 100; all when not given.") Integer first) {
        boolean mentions = OperationFields.selects(context, "ArticleEntity", MENTIONS);
        return Uni.createFrom().deferred(() -> {
            Integer limit = first == null ? null : PageSize.of(first);
            String typeName = type == null ? null : type.name();
            return IdBatches.lookup(articles.stream().map(Article::id).toList(),
                    csv -> entities.entitiesOfEach(csv, typeName, limit, mentions).map(batch -> {
                        Map<String, List<ArticleEntity>> byArticle = new HashMap<>();
                        batch.items().forEach(item -> byArticle.put(item.articleId(), item.entities() == null ? List.of() : item.entities()));
                        return byArticle;
                    }));
        }).onFailure().transform(ServiceFailures.entityRead())
                .map(byArticle -> articles.stream().map(a -> byArticle.getOrDefault(a.id(), List.of())).toList());
    }
}

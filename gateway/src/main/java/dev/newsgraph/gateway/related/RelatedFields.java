package dev.newsgraph.gateway.related;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.article.Article;
import dev.newsgraph.gateway.article.ArticleEdgeNodes;
import dev.newsgraph.gateway.article.ArticleServiceClient;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.connection.PageSize;
import dev.newsgraph.gateway.entity.Entity;
import dev.newsgraph.gateway.entity.EntityLookup;
import dev.newsgraph.gateway.entity.EntityServiceClient;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * The knowledge graph's neighbourhoods: related articles (sharing entities) and related entities
 * (sharing articles), each resolved for a whole query level in one call per service.
 */
@GraphQLApi
public class RelatedFields {

    private static final int DEFAULT_RELATED = 10;

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Inject
    Context context;

    @Name("relatedArticles")
    @Description("Articles sharing the most entities with this one, most shared first; null when the entity service is unavailable.")
    public Uni<List<List<@NonNull RelatedArticle>>> relatedArticles(@Source List<Article> sources,
            @Description("At most this many articles, 1 to 100; 10 when not given.") Integer first) {
        return Uni.createFrom().deferred(() -> {
            int limit = PageSize.of(first, DEFAULT_RELATED);
            return IdBatches.lookup(sources.stream().map(Article::id).toList(), csv -> entities.relatedArticlesOfEach(csv, limit).map(batch -> {
                Map<String, List<RelatedArticle>> byArticle = new HashMap<>();
                batch.items().forEach(item -> byArticle.put(item.articleId(),
                        item.related() == null ? List.of() : item.related().stream().map(RelatedArticle::of).toList()));
                return byArticle;
            }));
        }).onFailure().transform(ServiceFailures.entityRead())
                .map(byArticle -> sources.stream().map(a -> byArticle.getOrDefault(a.id(), List.of())).toList());
    }

    @Name("article")
    @Description("The related article; null when the article service is unavailable or the article was deleted.")
    public Uni<List<Article>> article(@Source List<RelatedArticle> related) {
        return ArticleEdgeNodes.lookup(articles, related.stream().map(RelatedArticle::articleId).toList(), Article.bodyRequested(context))
                .map(byId -> related.stream().map(r -> byId.get(r.articleId())).toList());
    }

    @Name("sharedEntities")
    @Description("The entities both articles mention.")
    public Uni<List<List<@NonNull Entity>>> sharedEntities(@Source List<RelatedArticle> related) {
        List<String> ids = related.stream().flatMap(r -> r.sharedEntityIds().stream()).toList();
        return EntityLookup.byIds(entities, ids).map(byId -> related.stream()
                .map(r -> r.sharedEntityIds().stream().map(byId::get).filter(Objects::nonNull).toList())
                .toList());
    }

    @Name("related")
    @Description("Entities mentioned in the same articles as this one, most shared articles first; null when the entity service is unavailable.")
    public Uni<List<List<@NonNull RelatedEntity>>> related(@Source List<Entity> sources,
            @Description("At most this many entities, 1 to 100; 10 when not given.") Integer first) {
        return Uni.createFrom().deferred(() -> {
            int limit = PageSize.of(first, DEFAULT_RELATED);
            return IdBatches.lookup(sources.stream().map(Entity::id).toList(), csv -> entities.relatedOfEach(csv, limit).map(batch -> {
                Map<String, List<RelatedEntity>> byEntity = new HashMap<>();
                batch.items().forEach(item -> byEntity.put(item.entityId(), item.related() == null ? List.of() : item.related()));
                return byEntity;
            }));
        }).onFailure().transform(ServiceFailures.entityRead())
                .map(byEntity -> sources.stream().map(e -> byEntity.getOrDefault(e.id(), List.of())).toList());
    }
}

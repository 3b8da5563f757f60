package dev.newsgraph.gateway.analysis;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.article.Article;
import dev.newsgraph.gateway.article.ArticleServiceClient;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * {@code Subscription.articleAnalyzed}: follows the entity service's analysis stream and pushes each
 * analysed article. If the stream breaks or ends (the entity service restarted), it is reopened with
 * backoff, so a subscription outlives service restarts.
 */
@GraphQLApi
public class ArticleAnalyzedSubscription {

    @Inject
    @RestClient
    AnalysisStreamClient stream;

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Subscription("articleAnalyzed")
    @Description("Pushes an article each time entity recognition finishes for it, so a page can show its entities as soon as they are found.")
    public Multi<@NonNull Article> articleAnalyzed(
            @Id @Description("Only these articles; every article when not given.") @Nullable List<@NonNull String> articleIds) {
        return stream.events()
                .onCompletion().failWith(() -> new IllegalStateException("analysis stream ended"))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .select().where(event -> articleIds == null || articleIds.isEmpty() || articleIds.contains(event.articleId()))
                .onItem().transformToUniAndConcatenate(event -> articles.article(event.articleId())
                        .onFailure().recoverWithNull());
    }
}

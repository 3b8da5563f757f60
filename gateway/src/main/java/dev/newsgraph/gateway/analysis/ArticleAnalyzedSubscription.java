package dev.newsgraph.gateway.analysis;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.SseEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final Logger LOG = Logger.getLogger(ArticleAnalyzedSubscription.class);
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    @RestClient
    AnalysisStreamClient stream;

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Subscription("articleAnalyzed")
    @Description("Pushes an article each time entity recognition finishes for it, so a page can show its entities as soon as they are found.")
    public Multi<@NonNull Article> articleAnalyzed(
            @Id @Description("Only this article (e.g. the one a page shows); every article when not given.") String articleId) {
        return stream.events()
                .onItem().transformToIterable(ArticleAnalyzedSubscription::parse)
                .onCompletion().failWith(() -> new IllegalStateException("analysis stream ended"))
                .onFailure().invoke(broken -> LOG.warnf("Analysis stream of the entity service broke (%s); reopening", broken.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .select().where(event -> articleId == null || articleId.equals(event.articleId()))
                .onItem().transformToUniAndConcatenate(event -> articles.article(event.articleId(), true)
                        .onFailure().recoverWithNull());
    }

    /** The event in an SSE message; none for keep-alives and anything unreadable, which are skipped. */
    static List<AnalysisEvent> parse(SseEvent<String> message) {
        String data = message.data();
        if (data == null || data.isBlank()) {
            return List.of();
        }
        try {
            AnalysisEvent event = JSON.readValue(data, AnalysisEvent.class);
            return event.articleId() == null ? List.of() : List.of(event);
        } catch (JsonProcessingException unreadable) {
            LOG.debugf("Skipped an unreadable analysis event: %s", data);
            return List.of();
        }
    }
}

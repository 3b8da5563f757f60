package dev.newsgraph.entity.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The two article-service endpoints the consumer needs (docs/service-contracts.md, "Article service").
 * Its records ignore fields they do not use, so the article service can grow its shapes freely.
 */
@RegisterRestClient(configKey = "article-service")
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public interface ArticleServiceClient {

    @GET
    @Path("/events")
    EventPage events(@QueryParam("after") long after, @QueryParam("limit") int limit);

    /** Batch lookup; {@code ids} comma-separated. */
    @GET
    ArticleBatch articles(@QueryParam("ids") String ids);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EventPage(List<ChangeEvent> events, long lastSeq) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChangeEvent(long seq, UUID articleId, int version, String type, Instant occurredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArticleBatch(List<Article> items, List<String> missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Article(UUID id, String headline, Instant publishedAt, Instant ingestedAt, int version, String text) {

        /** The "newest first" key of the article service: publication time, else ingestion time. */
        Instant sortAt() {
            return publishedAt != null ? publishedAt : ingestedAt != null ? ingestedAt : Instant.EPOCH;
        }
    }
}

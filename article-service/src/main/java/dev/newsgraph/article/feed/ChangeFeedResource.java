package dev.newsgraph.article.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.newsgraph.article.api.QueryParams;
import dev.newsgraph.commons.problem.ProblemException;

/** Serves the change feed to consumers that remember the last sequence number they processed. */
@Path("/articles/events")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @GET
    public FeedPage events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        long from = parseAfter(after);
        List<FeedEvent> events = feed.after(from, QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT)).stream()
                .map(e -> new FeedEvent(e.seq, e.articleId, e.version, e.type, e.occurredAt, e.metadata()))
                .toList();
        return new FeedPage(events, events.isEmpty() ? from : events.get(events.size() - 1).seq());
    }

    private static long parseAfter(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(after.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a negative number
        }
        throw ProblemException.badRequest("invalid-parameter", "after must be a sequence number (0 or more), was '" + after + "'");
    }

    public record FeedEvent(long seq, UUID articleId, long version, EventType type, Instant occurredAt,
            ArticleMetadata article) {
    }

    public record FeedPage(List<FeedEvent> events, long lastSeq) {
    }
}

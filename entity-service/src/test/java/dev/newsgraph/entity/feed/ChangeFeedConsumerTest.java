package dev.newsgraph.entity.feed;

import static dev.newsgraph.entity.feed.FeedTestSupport.PATIENCE;
import static dev.newsgraph.entity.feed.FeedTestSupport.awaitDone;
import static dev.newsgraph.entity.feed.FeedTestSupport.awaitFailed;
import static dev.newsgraph.entity.feed.FeedTestSupport.entitiesOf;
import static dev.newsgraph.entity.feed.FeedTestSupport.entity;
import static dev.newsgraph.entity.feed.FeedTestSupport.entityIn;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.entity.feed.ArticleServiceClient.Article;
import dev.newsgraph.entity.feed.ArticleServiceStub.StubArticle;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_entity_test"))
@WithTestResource(TestJwt.class)
@WithTestResource(ArticleServiceStub.class)
class ChangeFeedConsumerTest {

    @Inject
    ChangeFeedConsumer consumer;

    @Inject
    AnalysisCompletion completion;

    @Inject
    AnalysisJobs jobs;

    @TestHTTPResource("/analysis/stream")
    URL stream;

    @Test
    @SuppressWarnings("unchecked")
    void theSampleArticleGivesItsPeopleOrganisationsAndPlacesResolved() {
        StubArticle sample = ArticleServiceStub.publish(SampleArticles.kimPutinSummit(Instant.parse("2023-09-05T10:00:00Z")));
        JsonPath status = awaitDone(sample.id(), 1);
        assertEquals(1, status.getInt("analyzedVersion"));
        assertTrue(status.getString("recognizer").contains("corenlp-4.5.10"));

        List<Map<String, Object>> entities = entitiesOf(sample.id());
        for (String person : List.of("Kim Jong Un", "Vladimir Putin", "Sergei Shoigu", "Adrienne Watson")) {
            assertTrue(entityIn(entities, person, "PERSON").isPresent(), person + " in " + names(entities));
        }
        for (String place : List.of("Russia", "North Korea", "Vladivostock", "United States")) {
            assertTrue(entityIn(entities, place, "LOCATION").isPresent(), place + " in " + names(entities));
        }
        assertTrue(entityIn(entities, "National Security Council", "ORGANIZATION").isPresent(), names(entities));
        Map<String, Object> times = entityIn(entities, "The New York Times", "ORGANIZATION")
                .or(() -> entityIn(entities, "New York Times", "ORGANIZATION")).orElseThrow();
        assertTrue(((List<String>) entity(times).get("aliases")).contains("The New York Times"));

        // "Putin" alone counts toward Vladimir Putin; "Kim" toward Kim Jong Un; no entity of their own
        Map<String, Object> putin = entityIn(entities, "Vladimir Putin", "PERSON").orElseThrow();
        List<Map<String, Object>> putinMentions = (List<Map<String, Object>>) putin.get("mentions");
        assertTrue(putinMentions.stream().anyMatch(m -> "Putin".equals(m.get("text"))), putinMentions.toString());
        assertEquals(putinMentions.size(), putin.get("mentionCount"));
        assertTrue(((List<String>) entity(putin).get("aliases")).containsAll(List.of("Putin", "Vladimir Putin")));
        assertFalse(entityIn(entities, "Putin", "PERSON").isPresent());
        assertFalse(entityIn(entities, "Kim", "PERSON").isPresent());
        assertFalse(entityIn(entities, "Shoigu", "PERSON").isPresent());

        // one entity for the country under all its names, and offsets into exactly the article's text
        Map<String, Object> us = entityIn(entities, "United States", "LOCATION").orElseThrow();
        assertTrue(((List<String>) entity(us).get("aliases")).containsAll(List.of("U.S.", "America", "United States")));
        for (Map<String, Object> e : entities) {
            for (Map<String, Object> m : (List<Map<String, Object>>) e.get("mentions")) {
                assertEquals(m.get("text"), sample.text().substring((Integer) m.get("start"), (Integer) m.get("end")));
                assertTrue(((String) m.get("sentence")).contains((String) m.get("text")));
            }
        }
        // ordered by salience, the leaders of the headline first
        List<String> top = entities.subList(0, 2).stream().map(e -> (String) entity(e).get("name")).toList();
        assertTrue(top.contains("Kim Jong Un"), top.toString());

        // the misspelling resolves to the same place as the right spelling in another article
        StubArticle other = ArticleServiceStub.publish(ArticleServiceStub.article("Port city prepares",
                Instant.parse("2023-09-06T08:00:00Z"),
                "Officials in Vladivostok said on Tuesday that the port was ready for visitors."));
        awaitDone(other.id(), 1);
        Object misspelt = entity(entityIn(entities, "Vladivostock", "LOCATION").orElseThrow()).get("id");
        Object right = entitiesOf(other.id()).stream().map(FeedTestSupport::entity)
                .filter(e -> ((List<String>) e.get("aliases")).contains("Vladivostok")).findFirst().orElseThrow().get("id");
        assertEquals(misspelt, right);
        given().get("/entities/{id}", misspelt).then().statusCode(200)
                .body("articleCount", equalTo(2));
    }

    @Test
    void replayedEventsAndARestartFromAnOldCursorChangeNothing() {
        StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Fjord talks",
                Instant.parse("2024-01-10T09:00:00Z"),
                "Pavel Kuznetsov met Ingrid Solheim in Bergen on Monday.",
                "Kuznetsov said the talks with Ingrid Solheim had gone well."));
        JsonPath first = awaitDone(article.id(), 1);
        List<Map<String, Object>> before = entitiesOf(article.id());
        UUID pavel = UUID.fromString((String) entity(entityIn(before, "Pavel Kuznetsov", "PERSON").orElseThrow()).get("id"));
        String entityBefore = given().get("/entities/{id}", pavel).asString();
        String relatedBefore = given().get("/entities/{id}/related", pavel).asString();

        ArticleServiceStub.replayEventsOf(article.id());
        // a restart that lost its progress: the cursor goes back to the beginning and every event comes again
        FeedTestSupport.sql("UPDATE feed_cursor SET last_seq = 0");
        await().atMost(PATIENCE).until(() -> FeedTestSupport.queryLong("SELECT last_seq FROM feed_cursor")
                >= ArticleServiceStub.lastSeq());

        JsonPath after = given().get("/articles/{id}/analysis", article.id()).jsonPath();
        assertEquals("DONE", after.getString("status"));
        assertEquals(first.getString("analyzedAt"), after.getString("analyzedAt"), "not analysed again");
        assertEquals(entityBefore, given().get("/entities/{id}", pavel).asString());
        assertEquals(relatedBefore, given().get("/entities/{id}/related", pavel).asString());
        assertEquals(before, entitiesOf(article.id()));
        long mentions = before.stream().mapToLong(e -> ((Number) e.get("mentionCount")).longValue()).sum();
        assertEquals(mentions, FeedTestSupport.queryLong("SELECT count(*) FROM mention WHERE article_id = '" + article.id() + "'"));
    }

    @Test
    void anUpdateReplacesTheArticlesMentionsAndADeleteRemovesThem() {
        StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Harbour plans",
                Instant.parse("2024-02-01T09:00:00Z"),
                "The mayor of Tromsdal, Harald Bakken, said the Nordvik Shipping Company would expand."));
        awaitDone(article.id(), 1);
        UUID bakken = id(entityIn(entitiesOf(article.id()), "Harald Bakken", "PERSON"));
        given().get("/entities/{id}", bakken).then().statusCode(200).body("mentionCount", equalTo(1));

        ArticleServiceStub.update(article.id(), ArticleServiceStub.article("Harbour plans",
                Instant.parse("2024-02-01T09:00:00Z"),
                "Ingeborg Tveit, the new mayor, said the Nordvik Shipping Company would expand."));
        awaitDone(article.id(), 2);
        List<Map<String, Object>> updated = entitiesOf(article.id());
        assertTrue(entityIn(updated, "Ingeborg Tveit", "PERSON").isPresent(), names(updated));
        assertFalse(entityIn(updated, "Harald Bakken", "PERSON").isPresent(), names(updated));
        given().get("/entities/{id}", bakken).then().statusCode(200)
                .body("mentionCount", equalTo(0))
                .body("articleCount", equalTo(0));
        given().queryParam("name", "Harald Bakken").get("/entities").then().statusCode(200)
                .body("totalCount", equalTo(0));
        UUID tveit = id(entityIn(updated, "Ingeborg Tveit", "PERSON"));
        UUID nordvik = id(entityIn(updated, "Nordvik Shipping Company", "ORGANIZATION"));
        given().get("/entities/{id}/related", tveit).then().statusCode(200)
                .body("items.find { it.entity.id == '" + nordvik + "' }.articleCount", equalTo(1));
        given().get("/entities/{id}/related", bakken).then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/entities/{id}/related", nordvik).then().statusCode(200)
                .body("items.entity.id", not(hasItem(bakken.toString())));

        ArticleServiceStub.delete(article.id());
        await().atMost(PATIENCE).until(() -> given().get("/articles/{id}/analysis", article.id()).statusCode() == 404);
        assertTrue(entitiesOf(article.id()).isEmpty());
        given().get("/entities/{id}", tveit).then().statusCode(200)
                .body("mentionCount", equalTo(0))
                .body("articleCount", equalTo(0))
                .body("lastSeen", nullValue());
        given().get("/entities/{id}/related", nordvik).then().statusCode(200).body("items.size()", equalTo(0));
        assertEquals(0, FeedTestSupport.queryLong("SELECT count(*) FROM mention WHERE article_id = '" + article.id() + "'"));
    }

    @Test
    void whileTheArticleServiceIsDownTheConsumerBacksOffThenCatchesUp() {
        ArticleServiceStub.setAvailable(false);
        StubArticle article;
        try {
            article = ArticleServiceStub.publish(ArticleServiceStub.article("Outage report",
                    Instant.parse("2024-03-01T09:00:00Z"), "Selma Haugland said on Friday that talks in Stavanger went well."));
            await().atMost(PATIENCE).until(consumer::isBackingOff);
            given().get("/articles/{id}/analysis", article.id()).then().statusCode(404);
        } finally {
            ArticleServiceStub.setAvailable(true);
        }
        awaitDone(article.id(), 1);
        assertTrue(entityIn(entitiesOf(article.id()), "Selma Haugland", "PERSON").isPresent());
    }

    @Test
    void aFailingArticleIsMarkedFailedAndRetriedWithoutBlockingOthers() {
        StubArticle broken = ArticleServiceStub.article("Unreadable", Instant.parse("2024-04-01T09:00:00Z"),
                "Torvald Rasmussen spoke in Aalborg.");
        ArticleServiceStub.publish(broken);
        ArticleServiceStub.setUnreadable(broken.id(), true);
        StubArticle fine = ArticleServiceStub.publish(ArticleServiceStub.article("Readable",
                Instant.parse("2024-04-01T10:00:00Z"), "Birgitte Holm spoke in Odense."));

        JsonPath failed = awaitFailed(broken.id());
        assertEquals("The article has no text to analyse", failed.getString("error"));
        awaitDone(fine.id(), 1);

        ArticleServiceStub.setUnreadable(broken.id(), false);
        JsonPath done = awaitDone(broken.id(), 1);
        assertEquals(null, done.getString("error"));
        assertTrue(entityIn(entitiesOf(broken.id()), "Torvald Rasmussen", "PERSON").isPresent());
    }

    @Test
    void anArticleClaimedByAnotherInstanceIsLeftAloneUntilItsLeaseEnds() {
        StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Lease",
                Instant.parse("2024-05-01T09:00:00Z"), "Knut Aasen arrived in Trondheim."));
        JsonPath first = awaitDone(article.id(), 1);
        // another instance holds the article (say, for a re-analysis): this one must not touch it
        FeedTestSupport.sql("UPDATE article_analysis SET status = 'PENDING', claim_token = gen_random_uuid(),"
                + " claimed_until = now() + interval '1 hour' WHERE article_id = '" + article.id() + "'");
        StubArticle later = ArticleServiceStub.publish(ArticleServiceStub.article("Later",
                Instant.parse("2024-05-02T09:00:00Z"), "Oddny Rime arrived in Narvik."));
        awaitDone(later.id(), 1);
        JsonPath held = given().get("/articles/{id}/analysis", article.id()).jsonPath();
        assertEquals("PENDING", held.getString("status"));
        assertEquals(first.getString("analyzedAt"), held.getString("analyzedAt"));

        // that instance crashed: once its lease ends, this one takes the article over, a conflict counted
        double expiredBefore = claimConflicts("lease_expired");
        FeedTestSupport.sql("UPDATE article_analysis SET claimed_until = now() - interval '1 second'"
                + " WHERE article_id = '" + article.id() + "'");
        JsonPath again = await().atMost(PATIENCE).until(() -> given().get("/articles/{id}/analysis", article.id()).jsonPath(),
                json -> "DONE".equals(json.getString("status")) && !first.getString("analyzedAt").equals(json.getString("analyzedAt")));
        assertEquals(1, again.getInt("analyzedVersion"));
        assertEquals(expiredBefore + 1, claimConflicts("lease_expired"));
        assertEquals(1, entitiesOf(article.id()).stream().filter(e -> "Knut Aasen".equals(entity(e).get("name"))).count());
        given().get("/entities/{id}", entity(entityIn(entitiesOf(article.id()), "Knut Aasen", "PERSON").orElseThrow()).get("id"))
                .then().body("mentionCount", equalTo(1)).body("articleCount", equalTo(1));
    }

    @Test
    void aReplicaWhoseClaimWasTakenOverHasItsResultDiscardedAndCounted() {
        StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Taken over",
                Instant.parse("2024-05-03T09:00:00Z"), "Sigrun Dahl arrived in Bodø."));
        JsonPath first = awaitDone(article.id(), 1);
        // this replica's claim ran out while it analysed; another replica holds the article now
        UUID staleToken = UUID.randomUUID();
        FeedTestSupport.sql("UPDATE article_analysis SET status = 'PENDING', claim_token = gen_random_uuid(),"
                + " claimed_until = now() + interval '1 hour' WHERE article_id = '" + article.id() + "'");
        double lostBefore = claimConflicts("claim_lost");

        Article analysed = new Article(article.id(), "Taken over", Instant.parse("2024-05-03T09:00:00Z"), Instant.now(), 1,
                "Sigrun Dahl arrived in Bodø.");
        assertFalse(completion.complete(analysed, staleToken, List.of(), "stale"), "the stale result is not stored");
        assertFalse(jobs.fail(article.id(), 1, staleToken, "stale failure"), "nor is a stale failure");

        assertEquals(lostBefore + 2, claimConflicts("claim_lost"));
        JsonPath held = given().get("/articles/{id}/analysis", article.id()).jsonPath();
        assertEquals("PENDING", held.getString("status"));
        assertEquals(first.getString("analyzedAt"), held.getString("analyzedAt"));

        // a delete clears the claim as well: the result is discarded, but no claim was taken over
        FeedTestSupport.sql("UPDATE article_analysis SET deleted = true, status = 'DONE', claim_token = NULL, claimed_until = NULL"
                + " WHERE article_id = '" + article.id() + "'");
        assertFalse(completion.complete(analysed, staleToken, List.of(), "stale"));
        assertFalse(jobs.fail(article.id(), 1, staleToken, "stale failure"));
        assertEquals(lostBefore + 2, claimConflicts("claim_lost"));
    }

    @Test
    void everyKindOfClaimConflictIsExposedBeforeTheFirstOne() {
        for (String kind : List.of("lease_expired", "claim_lost", "released", "store_retried")) {
            assertTrue(claimConflicts(kind) >= 0, kind);
        }
    }

    @Test
    void theStreamAnnouncesFinishedAnalyses() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream.toString())).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        StringBuilder received = new StringBuilder();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0;) {
                    synchronized (received) {
                        received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException closed) {
                // the test closes the stream when it has seen enough
            }
        });
        try {
            StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Streamed",
                    Instant.parse("2024-06-01T09:00:00Z"), "Liv Ullmark landed in Kristiansand."));
            await().atMost(PATIENCE).until(() -> {
                synchronized (received) {
                    return received.toString().contains("\"articleId\":\"" + article.id() + "\"");
                }
            });
            synchronized (received) {
                assertTrue(received.toString().contains("\"status\":\"DONE\""), received.toString());
            }
        } finally {
            reader.cancel(true);
            response.body().close();
        }
    }

    /** {@code newsgraph_analysis_claim_conflicts_total{kind}} as scraped; fails when the series is not exposed. */
    private static double claimConflicts(String kind) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^newsgraph_analysis_claim_conflicts_total\\{kind=\"" + kind + "\"} (\\S+)").matcher(metrics);
        assertTrue(sample.find(), "no claim conflicts series of kind " + kind);
        return Double.parseDouble(sample.group(1));
    }

    private static UUID id(Optional<Map<String, Object>> articleEntity) {
        return UUID.fromString((String) entity(articleEntity.orElseThrow()).get("id"));
    }

    private static String names(List<Map<String, Object>> entities) {
        return entities.stream().map(e -> entity(e).get("type") + ":" + entity(e).get("name")).toList().toString();
    }
}

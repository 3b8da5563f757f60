package dev.newsgraph.article.feed;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.asEditor;
import static dev.newsgraph.article.TestArticles.count;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class ChangeFeedTest {

    private static final int WRITERS = 6;
    private static final int ARTICLES_PER_WRITER = 10;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createUpdateAndDeleteEachWriteAnEventInOrder() {
        long start = lastSeq();
        String marker = marker();
        Map<String, Object> article = article(marker);
        String id = create(article);
        article.put("headline", "Second version " + marker);
        asEditor().contentType(ContentType.JSON).header("If-Match", "1").body(article).when().put("/articles/" + id)
                .then().statusCode(200);
        JsonPath beforeDelete = given().queryParam("after", start).when().get("/articles/events")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> live = beforeDelete.getList("events.findAll { it.articleId == '" + id + "' }");
        assertEquals(Map.of("headline", "Kim Jong Un to meet Putin " + marker, "source", "Test Wire", "language", "en",
                "url", "https://news.example.com/story/" + marker, "publishedAt", "2024-09-05T10:00:00Z"),
                live.get(0).get("article"));
        assertEquals("Second version " + marker, ((Map<?, ?>) live.get(1).get("article")).get("headline"));
        asEditor().header("If-Match", "2").when().delete("/articles/" + id).then().statusCode(204);

        JsonPath feed = given().queryParam("after", start).when().get("/articles/events")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> events = feed.getList("events.findAll { it.articleId == '" + id + "' }");
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), events.stream().map(e -> e.get("type")).toList());
        assertEquals(List.of(1, 2, 3), events.stream().map(e -> e.get("version")).toList());
        assertEquals(live.stream().map(e -> e.get("seq")).toList(), events.subList(0, 2).stream().map(e -> e.get("seq")).toList());
        // deleted: the earlier events are tombstones that keep seq, type, version and time, and no content
        for (Map<String, Object> event : events) {
            assertNull(event.get("article"), event.toString());
            assertTrue(event.get("occurredAt") != null);
        }
        String raw = given().queryParam("after", start).when().get("/articles/events").then().extract().asString();
        assertTrue(!raw.contains(marker), "the feed still shows content of the deleted article: " + raw);
        assertTrue(events.get(0).get("occurredAt") != null);
        List<Long> seqs = feed.getList("events.seq", Long.class);
        assertEquals(seqs.get(seqs.size() - 1), feed.getLong("lastSeq"));
    }

    @Test
    void afterAndLimitPageThroughTheFeed() {
        long start = lastSeq();
        create(article(marker()));
        create(article(marker()));

        JsonPath first = given().queryParam("after", start).queryParam("limit", 1).when().get("/articles/events")
                .then().statusCode(200).body("events", hasSize(1)).extract().jsonPath();
        long firstSeq = first.getLong("events[0].seq");
        assertEquals(firstSeq, first.getLong("lastSeq"));
        given().queryParam("after", firstSeq).queryParam("limit", 1).when().get("/articles/events")
                .then().statusCode(200).body("events", hasSize(1)).body("events[0].seq", equalTo((int) (firstSeq + 1)));

        long end = lastSeq();
        given().queryParam("after", end).when().get("/articles/events")
                .then().statusCode(200).body("events", hasSize(0)).body("lastSeq", equalTo((int) end));
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("limit", 1001).when().get("/articles/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/invalid-limit"));
        given().queryParam("after", -1).when().get("/articles/events").then().statusCode(400);
        given().queryParam("limit", "all").when().get("/articles/events")
                .then().statusCode(400).body("type", equalTo("https://newsgraph.dev/problems/invalid-limit"));
        given().queryParam("after", "latest").when().get("/articles/events")
                .then().statusCode(400).body("type", equalTo("https://newsgraph.dev/problems/invalid-parameter"));
    }

    /**
     * Writers create and update articles in parallel while a consumer follows the feed the way a real
     * one does (remember lastSeq, ask for what comes after it). When all is written, what the consumer
     * collected must be exactly the whole feed: no event skipped because it committed after a later one.
     */
    @Test
    void aConsumerFollowingConcurrentWritesMissesNothing() throws Exception {
        long start = lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < ARTICLES_PER_WRITER; i++) {
                    Map<String, Object> article = article(marker());
                    String id = create(article);
                    article.put("standfirst", "Revised");
                    asEditor().contentType(ContentType.JSON).header("If-Match", "1").body(article)
                            .when().put("/articles/" + id).then().statusCode(200);
                    ids.add(id);
                }
                return ids;
            }));
        }
        pool.shutdown();

        List<Map<String, Object>> consumed = new ArrayList<>();
        long after = start;
        boolean writing = true;
        while (writing) {
            writing = !pool.isTerminated();
            // after the writers finished, one more pass drains whatever committed last
            JsonPath page;
            do {
                page = given().queryParam("after", after).queryParam("limit", 7).when().get("/articles/events")
                        .then().statusCode(200).extract().jsonPath();
                consumed.addAll(page.getList("events"));
                after = page.getLong("lastSeq");
            } while (!page.getList("events").isEmpty());
        }
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        Set<String> written = new HashSet<>();
        for (Future<List<String>> writer : writers) {
            written.addAll(writer.get());
        }

        List<Long> consumedSeqs = consumed.stream().map(e -> ((Number) e.get("seq")).longValue()).toList();
        List<Long> allSeqs = given().queryParam("after", start).queryParam("limit", 1000).when().get("/articles/events")
                .then().statusCode(200).extract().jsonPath().getList("events.seq", Long.class);
        assertEquals(allSeqs, consumedSeqs, "the consumer saw every event, in sequence order");
        assertEquals(2L * WRITERS * ARTICLES_PER_WRITER, count(dataSource,
                "SELECT count(*) FROM article_event WHERE seq > ?", start));
        for (String id : written) {
            assertEquals(List.of("CREATED:1", "UPDATED:2"), consumed.stream()
                    .filter(e -> id.equals(e.get("articleId")))
                    .map(e -> e.get("type") + ":" + e.get("version")).toList());
        }
    }

    private long lastSeq() {
        return count(dataSource, "SELECT coalesce(max(seq), 0) FROM article_event");
    }
}

package dev.newsgraph.article.ingest;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.asEditor;
import static dev.newsgraph.article.TestArticles.count;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class DedupeTest {

    private static final int PARALLEL_REQUESTS = 8;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameNormalisedUrlIsADuplicate() {
        String marker = marker();
        String id = create(article(marker));
        Map<String, Object> sameUrl = article(marker());
        sameUrl.put("url", "HTTPS://NEWS.example.com/story/" + marker + "?utm_campaign=other#top");

        asEditor().contentType(ContentType.JSON).body(sameUrl).when().post("/articles")
                .then().statusCode(200)
                .body("outcome", equalTo("DUPLICATE"))
                .body("article.id", equalTo(id))
                .body("article.headline", equalTo("Kim Jong Un to meet Putin " + marker));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM article WHERE url = ?", "https://news.example.com/story/" + marker));
    }

    @Test
    void theSameContentIsADuplicateWhateverItsLayoutOrUrl() {
        String marker = marker();
        Map<String, Object> article = article(marker);
        String id = create(article);
        article.put("url", "https://elsewhere.example.org/" + marker);
        article.put("headline", "  Kim Jong Un to meet\nPutin   " + marker);
        article.put("source", "Another Wire");

        asEditor().contentType(ContentType.JSON).body(article).when().post("/articles")
                .then().statusCode(200).body("outcome", equalTo("DUPLICATE")).body("article.id", equalTo(id));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM article WHERE url = ?", "https://elsewhere.example.org/" + marker));
    }

    @Test
    void concurrentIngestOfTheSameArticleStoresOneRow() throws Exception {
        String marker = marker();
        Map<String, Object> article = article(marker);
        List<Response> responses = inParallel(() -> asEditor().contentType(ContentType.JSON).body(article).post("/articles"));

        assertOneCreatedRestDuplicates(responses);
        assertEquals(1, count(dataSource, "SELECT count(*) FROM article WHERE url = ?", "https://news.example.com/story/" + marker));
        String id = responses.get(0).path("article.id");
        assertEquals(1, count(dataSource, "SELECT count(*) FROM article_event WHERE article_id = ?", UUID.fromString(id)));
    }

    @Test
    void concurrentIngestOfTheSameTextWithoutUrlStoresOneRow() throws Exception {
        String text = "Summit in Vladivostok " + marker() + "\n\nThe leaders met on Wednesday.";
        List<Response> responses = inParallel(
                () -> asEditor().contentType(ContentType.TEXT).body(text).queryParam("source", "Wire").post("/articles"));

        assertOneCreatedRestDuplicates(responses);
        String hash = responses.get(0).path("article.contentHash");
        assertEquals(1, count(dataSource, "SELECT count(*) FROM article WHERE content_hash = ?", hash));
    }

    private static void assertOneCreatedRestDuplicates(List<Response> responses) {
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        long duplicates = responses.stream().filter(r -> r.statusCode() == 200 && "DUPLICATE".equals(r.path("outcome"))).count();
        assertEquals(1, created, "exactly one request creates the article");
        assertEquals(PARALLEL_REQUESTS - 1, duplicates, "every other request answers the duplicate");
        assertEquals(1, responses.stream().map(r -> (String) r.path("article.id")).distinct().count(),
                "all answers name the same article");
    }

    /** Sends the request from several threads released at once, so that they race on the insert. */
    private static List<Response> inParallel(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL_REQUESTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}

package dev.newsgraph.entity.hostile;

import static dev.newsgraph.entity.feed.FeedTestSupport.awaitDone;
import static dev.newsgraph.entity.feed.FeedTestSupport.entitiesOf;
import static dev.newsgraph.entity.feed.FeedTestSupport.entity;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.entity.feed.ArticleServiceStub;
import dev.newsgraph.entity.feed.ArticleServiceStub.StubArticle;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 15, the entity service's side: {@code /analyze} is for editors and cannot starve the feed, bodies
 * are strict JSON with bounded fields, parameters and cursors out of range are 400, unknown paths do not
 * grow the metrics.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_entity_test"))
@WithTestResource(TestJwt.class)
@WithTestResource(ArticleServiceStub.class)
class HostileInputTest {

    private static final String PROBLEMS = "https://newsgraph.dev/problems/";
    private static final String TEXT = "Angela Merkel met Emmanuel Macron in Berlin on Monday. ";

    @TestHTTPResource("/analyze")
    URI analyze;

    private static UUID entityId;

    @BeforeEach
    void anEntity() {
        if (entityId == null) {
            StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Hostile seed", Instant.parse("2024-09-05T10:00:00Z"),
                    "Olwen Brastrup visited Quimper on Monday."));
            awaitDone(article.id(), 1);
            entityId = entitiesOf(article.id()).stream().map(e -> entity(e))
                    .map(e -> UUID.fromString((String) e.get("id"))).findFirst().orElseThrow();
        }
    }

    @Test
    void analyzeNeedsTheEditorRole() {
        given().contentType(ContentType.TEXT).body(TEXT).post("/analyze").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", equalTo(PROBLEMS + "unauthorized"));
        given().header("Authorization", TestJwt.bearer(TestJwt.reader())).contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .post("/analyze").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        editor().contentType(ContentType.TEXT).body(TEXT).post("/analyze").then().statusCode(200).body("mentions.text", hasItem("Angela Merkel"));
    }

    @Test
    void analyzeRunsOneAtATimeOnItsOwnThreadsRefusingTheRestAndNeverDelaysTheFeed() throws Exception {
        String big = TEXT.repeat(3_000); // about 165,000 characters: seconds of recognition
        long quietStarted = System.nanoTime();
        StubArticle quiet = ArticleServiceStub.publish(ArticleServiceStub.article("Quiet", Instant.parse("2024-09-06T09:00:00Z"),
                "Teodor Wyngaard opened a bakery in Lille."));
        awaitDone(quiet.id(), 1);
        long quietMs = (System.nanoTime() - quietStarted) / 1_000_000;
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(clients.submit(() -> editor().contentType(ContentType.TEXT).body(big).post("/analyze")));
            }
            // while /analyze is saturated, a new article of the feed is analysed as quickly as ever
            Thread.sleep(300);
            long started = System.nanoTime();
            StubArticle fresh = ArticleServiceStub.publish(ArticleServiceStub.article("Fresh", Instant.parse("2024-09-06T10:00:00Z"),
                    "Teodor Wyngaard opened a bakery in Lyon."));
            awaitDone(fresh.id(), 1);
            long feedMs = (System.nanoTime() - started) / 1_000_000;
            int ok = 0;
            int busy = 0;
            for (Future<Response> post : posts) {
                Response answer = post.get();
                if (answer.statusCode() == 200) {
                    ok++;
                } else {
                    answer.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue())
                            .body("type", equalTo(PROBLEMS + "analyze-busy"));
                    busy++;
                }
            }
            System.out.printf("/analyze saturated by 6 posts of %d characters: %d answered, %d refused 429; a new article of the feed"
                    + " was analysed in %d ms (%d ms without them)%n", big.length(), ok, busy, feedMs, quietMs);
            assertTrue(ok >= 1 && busy >= 1, ok + " answered, " + busy + " refused");
            assertTrue(feedMs < 10_000, "the feed's article took " + feedMs + " ms while /analyze was saturated");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aChunkedBodyOverTheHttpLimitIsA413ProblemNotAnEmptyAnswer() throws Exception {
        HttpURLConnection http = (HttpURLConnection) analyze.toURL().openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setChunkedStreamingMode(64 * 1024);
        http.setRequestProperty("Content-Type", "text/plain; charset=UTF-8");
        http.setRequestProperty("Authorization", TestJwt.bearer(TestJwt.editor()));
        byte[] chunk = "word ".repeat(13_107).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = http.getOutputStream()) {
            for (int i = 0; i < 13 * 16; i++) { // 13 MiB
                out.write(chunk);
            }
        } catch (java.io.IOException refusedWhileSending) {
            // the server may answer and close before the whole body is sent
        }
        assertEquals(413, http.getResponseCode());
        assertEquals("application/problem+json", http.getContentType());
        try (InputStream body = http.getErrorStream()) {
            String problem = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(problem.contains(PROBLEMS + "payload-too-large"), problem);
        }
    }

    @Test
    void patchFieldsHaveSizeLimitsNamedInTheAnswer() {
        editor().contentType(ContentType.JSON).body(Map.of("description", "d".repeat(1_000_000)))
                .patch("/entities/{id}", entityId).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-request")).body("errors[0].field", equalTo("description"))
                .body("errors[0].message", containsString("at most 2000"));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            many.put("system" + i, "id" + i);
        }
        editor().contentType(ContentType.JSON).body(Map.of("externalIds", many))
                .patch("/entities/{id}", entityId).then().statusCode(400)
                .body("errors[0].field", equalTo("externalIds")).body("errors[0].message", containsString("at most 20"));
        editor().contentType(ContentType.JSON).body(Map.of("externalIds", Map.of("wikidata", "Q".repeat(301))))
                .patch("/entities/{id}", entityId).then().statusCode(400).body("errors[0].field", equalTo("externalIds.wikidata"));
        editor().contentType(ContentType.JSON).body(Map.of("externalIds", Map.of("s".repeat(51), "Q1")))
                .patch("/entities/{id}", entityId).then().statusCode(400).body("errors[0].message", containsString("at most 50"));
        given().get("/entities/{id}", entityId).then().statusCode(200).body("description", equalTo(null));
        editor().contentType(ContentType.JSON).body(Map.of("description", "A painter.", "externalIds", Map.of("wikidata", "Q1")))
                .patch("/entities/{id}", entityId).then().statusCode(200).body("description", equalTo("A painter."));
    }

    @Test
    void anEntityTakesAtMostOneHundredAliasesFromEditors() {
        StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article("Alias flood", Instant.parse("2024-09-07T10:00:00Z"),
                "Maelis Okonkwo-Hart spoke in Nantes."));
        awaitDone(article.id(), 1);
        UUID target = entitiesOf(article.id()).stream().map(e -> entity(e))
                .filter(e -> !e.get("id").equals(entityId.toString()))
                .map(e -> UUID.fromString((String) e.get("id"))).findFirst().orElseThrow();
        int added = 0;
        Response answer;
        do {
            answer = editor().contentType(ContentType.JSON).body(Map.of("alias", "Flood alias " + added))
                    .post("/entities/{id}/aliases", target);
            added++;
        } while (answer.statusCode() == 200 && added < 150);
        answer.then().statusCode(400).contentType("application/problem+json").body("type", equalTo(PROBLEMS + "too-many-aliases"));
        assertTrue(added <= 101, "refused after " + added);
    }

    @Test
    void jsonIsStrictTrailingContentDuplicateKeysAndLoneSurrogatesAreRefused() {
        for (String body : List.of("{\"description\":\"a\"} {\"name\":\"b\"}", "{\"description\":\"a\"} trailing",
                "{\"description\":\"a\",\"description\":\"b\"}", "{\"externalIds\":{\"w\":\"1\",\"w\":\"2\"}}")) {
            editor().contentType(ContentType.JSON).body(body).patch("/entities/{id}", entityId)
                    .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(PROBLEMS + "malformed-json"));
        }
        editor().contentType(ContentType.JSON).body("{\"alias\":\"Olwen\"}{\"alias\":\"Other\"}").post("/entities/{id}/aliases", entityId)
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-json"));
        editor().contentType(ContentType.JSON).body("{\"alias\":\"Olwen \\ud800\"}").post("/entities/{id}/aliases", entityId)
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-request")).body("errors[0].field", equalTo("alias"));
        editor().contentType(ContentType.JSON).body("{\"text\":\"Angela Merkel \\udc00\"}").post("/analyze")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().get("/entities/{id}", entityId).then().statusCode(200).body("aliases", org.hamcrest.Matchers.not(hasItem("Other")));
    }

    @Test
    void parametersAndCursorsOutOfRangeAreRefused() {
        given().queryParam("name", "n".repeat(301)).get("/entities").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "invalid-parameter"));
        given().queryParam("name", "Merkel\u0000").get("/entities").then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-parameter"));
        given().urlEncodingEnabled(false).get("/entities?name=Merkel%ED%A0%80").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-encoding"));
        for (String instant : List.of("+300000-01-01T00:00:00Z", "-4800-01-01T00:00:00Z")) {
            given().queryParam("cursor", cursor("A", instant, UUID.randomUUID().toString()))
                    .get("/entities/{id}/articles", entityId).then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-cursor"));
        }
        given().queryParam("limit", "99999999999999").get("/entities").then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-limit"));
        given().queryParam("orderBy", "EVIL").get("/entities").then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-orderby"));
        given().queryParam("limit", "1001").queryParam("entities", entityId.toString()).get("/articles/mentioning")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-limit"));
    }

    @Test
    void unknownPathsDoNotEachBecomeAMetricsSeries() {
        int before = uriSeries();
        for (int i = 0; i < 50; i++) {
            given().put("/entities/anything-" + i + "-" + UUID.randomUUID()).then().statusCode(405);
            given().get("/nothing-here/" + UUID.randomUUID()).then().statusCode(404);
        }
        int after = uriSeries();
        assertTrue(after - before <= 3, "50 unknown paths added " + (after - before) + " uri series");
    }

    private static int uriSeries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return (int) metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
    }

    private static String cursor(String... parts) {
        String raw = "1\u001f" + String.join("\u001f", parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", TestJwt.bearer(TestJwt.editor()));
    }
}

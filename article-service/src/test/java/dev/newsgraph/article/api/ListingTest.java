package dev.newsgraph.article.api;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class ListingTest {

    @Test
    void newestFirstByPublishedAtFallingBackToIngestedAtAcrossPages() {
        String source = marker();
        String oldest = createIn(source, "2024-01-01T00:00:00Z");
        String newer = createIn(source, "2024-03-01T00:00:00Z");
        String unpublished = createIn(source, null);
        String newest = createIn(source, "2024-06-01T00:00:00Z");
        String middle = createIn(source, "2024-02-01T00:00:00Z");

        assertEquals(List.of(unpublished, newest, newer, middle, oldest), allPages(Map.of("source", source), 2));
        given().queryParam("source", source).queryParam("limit", 2).when().get("/articles")
                .then().statusCode(200).body("totalCount", equalTo(5));
    }

    @Test
    void pagesStayStableWhileArticlesAreInserted() {
        String source = marker();
        List<String> expected = new ArrayList<>();
        for (String day : List.of("05", "04", "03", "02", "01")) {
            expected.add(createIn(source, "2024-05-" + day + "T12:00:00Z"));
        }
        JsonPath first = page(Map.of("source", source, "limit", 2));
        String cursor = first.getString("nextCursor");
        List<String> seen = new ArrayList<>(first.getList("items.id"));

        String onTop = createIn(source, null);
        String inTheRest = createIn(source, "2024-05-02T18:00:00Z");
        while (cursor != null) {
            JsonPath next = page(Map.of("source", source, "limit", 2, "cursor", cursor));
            seen.addAll(next.getList("items.id"));
            cursor = next.getString("nextCursor");
        }

        // nothing already listed repeats or goes missing; the newer insert is behind us, the older one ahead
        List<String> withInsert = new ArrayList<>(expected);
        withInsert.add(3, inTheRest);
        assertEquals(withInsert, seen);
        assertEquals(false, seen.contains(onTop));
    }

    @Test
    void filtersBySourceLanguageTagPublicationRangeAndIds() {
        String source = marker();
        Map<String, Object> german = article(marker());
        german.put("source", source);
        german.put("language", "DE");
        german.put("tags", List.of("europe", "diplomacy"));
        german.put("publishedAt", "2024-04-10T00:00:00Z");
        String de = create(german);
        String early = createIn(source, "2024-04-01T00:00:00Z");
        String late = createIn(source, "2024-04-20T00:00:00Z");

        assertEquals(List.of(de), allPages(Map.of("source", source, "language", "de"), 10));
        assertEquals(List.of(de), allPages(Map.of("source", source, "tag", "europe"), 10));
        assertEquals(List.of(late, de, early), allPages(Map.of("source", source, "tag", "diplomacy"), 10));
        assertEquals(List.of(de, early), allPages(Map.of("source", source,
                "publishedAfter", "2024-04-01T00:00:00Z", "publishedBefore", "2024-04-20T00:00:00Z"), 10));
        assertEquals(List.of(late, early), allPages(Map.of("ids", early + "," + late, "limit", 10), 10));
        assertEquals(List.of(), allPages(Map.of("source", source, "language", "fr"), 10));
    }

    @Test
    void theLastPageHasNoCursor() {
        String source = marker();
        createIn(source, "2024-01-01T00:00:00Z");
        given().queryParam("source", source).when().get("/articles")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", nullValue()).body("totalCount", equalTo(1));
    }

    @Test
    void everyReadCanLeaveTheBodyOut() {
        String source = marker();
        String id = createIn(source, "2024-01-01T00:00:00Z");
        Map<String, Object> full = given().get("/articles/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
        assertTrue(full.containsKey("text") && full.containsKey("sections"));
        Map<String, Object> lean = new java.util.HashMap<>(full);
        lean.remove("text");
        lean.remove("sections");

        assertEquals(lean, given().queryParam("body", "false").get("/articles/{id}", id).jsonPath().getMap(""));
        assertEquals(lean, page(Map.of("source", source, "body", "false")).getMap("items[0]"));
        assertEquals(lean, page(Map.of("ids", id, "body", "FALSE")).getMap("items[0]"), "the batch lookup too");
        String headlineMarker = ((String) full.get("headline")).replaceAll(".* ", "");
        assertEquals(lean, given().queryParam("q", headlineMarker).queryParam("body", "false").get("/articles/search")
                .then().statusCode(200).extract().jsonPath().getMap("items[0].article"));
        assertEquals(full, page(Map.of("source", source, "body", "true")).getMap("items[0]"));

        given().queryParam("body", "no").get("/articles/{id}", id).then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/invalid-parameter"))
                .body("detail", equalTo("body must be true or false, was 'no'"));
    }

    private static String createIn(String source, String publishedAt) {
        Map<String, Object> article = article(marker());
        article.put("source", source);
        if (publishedAt == null) {
            article.remove("publishedAt");
        } else {
            article.put("publishedAt", publishedAt);
        }
        return create(article);
    }

    private static JsonPath page(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/articles").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> allPages(Map<String, ?> filter, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> parameters = new java.util.HashMap<>(filter);
            parameters.put("limit", limit);
            if (cursor != null) {
                parameters.put("cursor", cursor);
            }
            JsonPath page = page(parameters);
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            assertNotNull(page.get("totalCount"));
        } while (cursor != null && ++pages < 100);
        return ids;
    }
}

package dev.newsgraph.article.api;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code GET /articles} read backward: {@code last=true} and {@code before}. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class BackwardListingTest {

    @Test
    void walkingBackwardFromTheEndGivesTheListReversed() {
        String source = marker();
        List<String> newestFirst = fiveArticlesIn(source);
        JsonPath page = page(Map.of("source", source, "limit", 2, "last", true));
        List<List<String>> pages = new ArrayList<>(List.of(page.getList("items.id", String.class)));
        while (page.getString("previousCursor") != null) {
            page = page(Map.of("source", source, "limit", 2, "before", page.getString("previousCursor")));
            pages.add(0, page.getList("items.id", String.class));
        }
        assertEquals(newestFirst, pages.stream().flatMap(List::stream).toList());
        assertEquals(3, pages.size());
        assertEquals(5, page.getInt("totalCount"));
    }

    @Test
    void aPreviousCursorNamesTheItemJustBeforeThePageAndWorksForwardToo() {
        String source = marker();
        List<String> newestFirst = fiveArticlesIn(source);
        JsonPath end = page(Map.of("source", source, "limit", 2, "last", true));
        assertEquals(newestFirst.subList(3, 5), end.getList("items.id"));
        assertNull(end.getString("nextCursor"), "nothing follows the end of the list");
        JsonPath forward = page(Map.of("source", source, "limit", 5, "cursor", end.getString("previousCursor")));
        assertEquals(newestFirst.subList(3, 5), forward.getList("items.id"));
        assertEquals(end.getString("previousCursor"), forward.getString("previousCursor"), "a forward page's previous cursor is its cursor");
    }

    @Test
    void exactlyOnePageAndMoreThanTheListStartAtTheListStart() {
        String source = marker();
        List<String> newestFirst = fiveArticlesIn(source);
        for (int limit : List.of(5, 20)) {
            JsonPath all = page(Map.of("source", source, "limit", limit, "last", true));
            assertEquals(newestFirst, all.getList("items.id"));
            assertNull(all.getString("previousCursor"));
        }
        JsonPath firstPage = page(Map.of("source", source, "limit", 2));
        assertNull(firstPage.getString("previousCursor"), "a page from the list start has none");
    }

    @Test
    void anEmptyListReadBackwardIsEmpty() {
        JsonPath empty = page(Map.of("source", marker(), "last", true));
        assertEquals(List.of(), empty.getList("items"));
        assertNull(empty.getString("previousCursor"));
        assertEquals(0, empty.getInt("totalCount"));
    }

    @Test
    void beforeTheCursorOfAnItemIncludesThatItem() {
        String source = marker();
        List<String> newestFirst = fiveArticlesIn(source);
        String oldest = createIn(source, "2023-01-01T00:00:00Z");
        String lastItemsCursor = page(Map.of("source", source, "limit", 5)).getString("nextCursor");
        // without the oldest article, the item of that cursor is the list's last one
        Map<String, Object> withoutOldest = Map.of("source", source, "publishedAfter", "2023-06-01T00:00:00Z");
        JsonPath upToIt = page(with(withoutOldest, "before", lastItemsCursor, "limit", 2));
        assertEquals(newestFirst.subList(3, 5), upToIt.getList("items.id"));
        assertEquals(lastItemsCursor, upToIt.getString("nextCursor"));
        assertEquals(List.of(), page(with(withoutOldest, "cursor", lastItemsCursor, "limit", 2)).getList("items"));
        assertEquals(List.of(oldest), page(Map.of("source", source, "cursor", lastItemsCursor)).getList("items.id"));
    }

    @Test
    void oneDirectionPerRequestAndOnlyIssuedCursors() {
        String cursor = page(Map.of("limit", 1)).getString("nextCursor");
        given().queryParam("cursor", cursor).queryParam("before", cursor).when().get("/articles")
                .then().statusCode(400).body("type", endsWith("/invalid-parameter"));
        given().queryParam("before", cursor).queryParam("last", true).when().get("/articles")
                .then().statusCode(400).body("type", endsWith("/invalid-parameter"));
        given().queryParam("last", "maybe").when().get("/articles")
                .then().statusCode(400).body("type", endsWith("/invalid-parameter"));
        given().queryParam("before", "not-a-cursor").when().get("/articles")
                .then().statusCode(400).body("type", endsWith("/invalid-cursor"));
    }

    private static List<String> fiveArticlesIn(String source) {
        List<String> newestFirst = new ArrayList<>();
        for (String month : List.of("05", "04", "03", "02", "01")) {
            newestFirst.add(createIn(source, "2024-" + month + "-01T00:00:00Z"));
        }
        return newestFirst;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> parameters = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put((String) pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    private static String createIn(String source, String publishedAt) {
        Map<String, Object> article = article(marker());
        article.put("source", source);
        article.put("publishedAt", publishedAt);
        return create(article);
    }

    private static JsonPath page(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/articles").then().statusCode(200).extract().jsonPath();
    }
}

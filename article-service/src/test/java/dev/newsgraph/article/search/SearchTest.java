package dev.newsgraph.article.search;

import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.article.store.ArticleFilter;
import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class SearchTest {

    @Inject
    EntityManager em;

    private String term;
    private String source;
    private String inHeadline;
    private String inHeading;
    private String inBody;

    /** Three articles with one made-up word each: in the headline, in a section heading, in the body. */
    @BeforeEach
    void threeArticlesWithTheTermInDifferentPlaces() {
        term = "zq" + marker();
        source = marker();
        inHeadline = create(article("Summit talks " + term, null, "Leaders met in the port city."));
        inHeading = create(article("Summit talks begin", "About " + term, "Leaders met again for weapons talks."));
        inBody = create(article("Summit talks end", null, "Leaders met " + term + " at the harbour."));
    }

    @Test
    void headlineRanksAboveHeadingAboveBodyWithHighlightedSnippets() {
        JsonPath hits = search(Map.of("q", term, "source", source));

        assertEquals(List.of(inHeadline, inHeading, inBody), hits.getList("items.article.id"));
        List<Float> scores = hits.getList("items.score", Float.class);
        assertTrue(scores.get(0) > scores.get(1) && scores.get(1) > scores.get(2), "scores fall with weight: " + scores);
        assertEquals(3, hits.getInt("totalCount"));
        assertTrue(hits.getBoolean("totalCountExact"));
        for (String snippet : hits.<String>getList("items.snippet")) {
            assertTrue(snippet.contains("<mark>" + term + "</mark>"), snippet);
        }
        assertTrue(hits.getString("items[2].snippet").contains("Leaders met <mark>" + term + "</mark> at the harbour"),
                hits.getString("items[2].snippet"));
    }

    @Test
    void webSearchSyntaxPhrasesExclusionAndOr() {
        assertEquals(List.of(inBody), search(Map.of("q", "\"met " + term + "\"", "source", source)).getList("items.article.id"));
        assertEquals(List.of(inHeadline, inBody),
                search(Map.of("q", term + " -weapons", "source", source)).getList("items.article.id"));
        assertThat(search(Map.of("q", "harbour or " + term, "source", source)).getList("items.article.id"),
                containsInAnyOrder(inHeadline, inHeading, inBody));
        assertThat(search(Map.of("q", "harbour or weapons", "source", source)).getList("items.article.id"),
                containsInAnyOrder(inHeading, inBody));
        assertEquals(List.of(inBody), search(Map.of("q", "harbours", "source", source)).getList("items.article.id"),
                "English stemming matches harbours to harbour");
    }

    @Test
    void cursorPaginationFollowsTheRanking() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> parameters = new LinkedHashMap<>(Map.of("q", term, "limit", 1));
            if (cursor != null) {
                parameters.put("cursor", cursor);
            }
            JsonPath page = search(parameters);
            ids.addAll(page.getList("items.article.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && ids.size() < 10);
        assertEquals(List.of(inHeadline, inHeading, inBody), ids);
    }

    @Test
    void backwardPagesAreTheRankingReversed() {
        List<String> ids = new ArrayList<>();
        JsonPath page = search(Map.of("q", term, "limit", 1, "last", true));
        ids.addAll(0, page.getList("items.article.id"));
        while (page.getString("previousCursor") != null) {
            page = search(Map.of("q", term, "limit", 1, "before", page.getString("previousCursor")));
            ids.addAll(0, page.getList("items.article.id"));
        }
        assertEquals(List.of(inHeadline, inHeading, inBody), ids);

        JsonPath wholeSet = search(Map.of("q", term, "limit", 3, "last", true));
        assertEquals(List.of(inHeadline, inHeading, inBody), wholeSet.getList("items.article.id"));
        assertEquals(null, wholeSet.getString("previousCursor"));
        String bestHitsCursor = search(Map.of("q", term, "limit", 1)).getString("nextCursor");
        JsonPath upToBest = search(Map.of("q", term, "limit", 5, "before", bestHitsCursor));
        assertEquals(List.of(inHeadline), upToBest.getList("items.article.id"));
        assertEquals(null, upToBest.getString("previousCursor"));
        assertEquals(List.of(), search(Map.of("q", "zq" + marker(), "last", true)).getList("items"));
    }

    @Test
    void filtersApplyToSearch() {
        given().queryParam("q", term).queryParam("source", "nobody").when().get("/articles/search")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("totalCount", equalTo(0)).body("nextCursor", nullValue());
        given().queryParam("q", term).queryParam("ids", inBody + "," + inHeading).when().get("/articles/search")
                .then().statusCode(200).body("items.article.id", equalTo(List.of(inHeading, inBody)));
        given().queryParam("q", term).queryParam("tag", "asia").queryParam("publishedAfter", "2024-01-01T00:00:00Z")
                .when().get("/articles/search")
                .then().statusCode(200).body("items.article.tags", everyItem(equalTo(List.of("asia")))).body("totalCount", equalTo(3));
    }

    @Test
    void badSearchRequests() {
        given().when().get("/articles/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/invalid-query"));
        given().queryParam("q", term).queryParam("limit", 101).when().get("/articles/search")
                .then().statusCode(400).body("type", equalTo("https://newsgraph.dev/problems/invalid-limit"));
        given().queryParam("q", term).queryParam("cursor", "garbage").when().get("/articles/search")
                .then().statusCode(400).body("type", equalTo("https://newsgraph.dev/problems/invalid-cursor"));
        given().queryParam("q", "the").when().get("/articles/search")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    /**
     * The search finds its matches through one of two indexes: the GIN index, reading every match and
     * keeping the most recent (rare words), or the list-order index, stopping at the bound (words in most
     * articles). The test table is tiny, and on a tiny table a sequential scan is the cheaper plan, so
     * plans are switched off for one transaction at a time to ask whether each index can serve the query.
     */
    @Test
    void explainShowsEitherIndexCanServeTheSearch() {
        String throughGin = explain("enable_indexscan");
        assertTrue(throughGin.contains("Bitmap Index Scan on article_search_idx"), throughGin);
        String inListOrder = explain("enable_bitmapscan");
        assertTrue(inListOrder.contains("Index Scan using article_listed_idx"), inListOrder);
    }

    private String explain(String planSwitchedOff) {
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            em.createNativeQuery("SET LOCAL " + planSwitchedOff + " = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("EXPLAIN " + SearchSql.pageSql(new ArticleFilter(null, null, null, null, null, null), false, false))
                    .setParameter("q", term).setParameter("probe", 1001).setParameter("bound", 1000).setParameter("limit", 21)
                    .getResultList();
            return lines;
        });
        return String.join("\n", plan);
    }

    private static JsonPath search(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/articles/search")
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> article(String headline, String heading, String body) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("heading", heading);
        section.put("paragraphs", List.of(body));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("headline", headline);
        article.put("source", source);
        article.put("publishedAt", "2024-09-05T10:00:00Z");
        article.put("tags", List.of("asia"));
        article.put("sections", List.of(section));
        return article;
    }
}

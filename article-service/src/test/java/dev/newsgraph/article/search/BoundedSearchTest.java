package dev.newsgraph.article.search;

import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Search with the ranked set bounded to 4 matches, so that a handful of articles goes past the bound. */
@QuarkusTest
@TestProfile(BoundedSearchTest.RankFour.class)
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class BoundedSearchTest {

    public static class RankFour implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.article.search.max-ranked", "4");
        }
    }

    private String common;
    private String rare;
    /** Oldest first: the article of 2024-03-01 has the common word in its headline, every other in its body. */
    private final List<String> byDate = new ArrayList<>();

    /** Seven articles with the common word, one a day; the three most recent of them also have the rare word. */
    @BeforeEach
    void sevenArticlesOneADay() {
        common = "zc" + marker();
        rare = "zr" + marker();
        for (int day = 1; day <= 7; day++) {
            String headline = day == 1 ? "Port reopens " + common : "Port reopens, day " + day + " " + marker();
            String body = "Ships waited " + (day == 1 ? "" : common) + " at the harbour for " + day + " days"
                    + (day >= 5 ? ", " + rare : "") + ".";
            byDate.add(create(article(headline, body, "2024-03-0" + day + "T10:00:00Z")));
        }
    }

    @Test
    void pastTheBoundOnlyTheMostRecentMatchesAreRankedAndTheTotalSaysSo() {
        JsonPath first = search(Map.of("q", common, "limit", 3));
        assertEquals(4, first.getInt("totalCount"), "the total stops at the bound");
        assertFalse(first.getBoolean("totalCountExact"), "and says there are more matches");

        List<String> walked = walk(common, 3);
        assertEquals(4, walked.size(), "every ranked hit exactly once: " + walked);
        assertTrue(walked.containsAll(byDate.subList(3, 7)), "the four most recent: " + walked);
        assertFalse(walked.contains(byDate.get(0)), "the best-ranked but oldest match is past the bound");
    }

    @Test
    void pagesThroughTheBoundedSetStablyInRankOrder() {
        List<String> all = search(Map.of("q", common, "limit", 4)).getList("items.article.id");
        assertEquals(all, walk(common, 1), "one hit a page follows the one-page order");
        assertEquals(all, walk(common, 3));
        List<Float> scores = search(Map.of("q", common, "limit", 4)).getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "best first: " + scores);
        }
    }

    @Test
    void underTheBoundEveryMatchIsFoundWithAnExactTotal() {
        JsonPath hits = search(Map.of("q", rare));
        assertEquals(3, hits.getInt("totalCount"));
        assertTrue(hits.getBoolean("totalCountExact"));
        assertEquals(3, hits.getList("items").size());
        assertTrue(hits.getList("items.article.id").containsAll(byDate.subList(4, 7)));
        assertNull(hits.getString("nextCursor"));
    }

    @Test
    void exactlyTheBoundIsStillExact() {
        JsonPath hits = search(Map.of("q", common, "publishedAfter", "2024-03-04T00:00:00Z"));
        assertEquals(4, hits.getInt("totalCount"));
        assertTrue(hits.getBoolean("totalCountExact"));
    }

    @Test
    void anIdsRestrictionFindsEveryMatchAmongItsIds() {
        JsonPath hits = search(Map.of("q", common, "ids", String.join(",", byDate)));
        assertEquals(7, hits.getInt("totalCount"));
        assertTrue(hits.getBoolean("totalCountExact"));
        assertEquals(byDate.get(0), hits.getString("items[0].article.id"), "the headline match ranks first");
    }

    private static List<String> walk(String q, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> parameters = new LinkedHashMap<>(Map.of("q", q, "limit", limit));
            if (cursor != null) {
                parameters.put("cursor", cursor);
            }
            JsonPath page = search(parameters);
            ids.addAll(page.getList("items.article.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && ids.size() < 20);
        return ids;
    }

    private static JsonPath search(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/articles/search")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> article(String headline, String body, String publishedAt) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("headline", headline);
        article.put("source", "Bounded Wire");
        article.put("publishedAt", publishedAt);
        article.put("sections", List.of(Map.of("paragraphs", List.of(body))));
        return article;
    }
}

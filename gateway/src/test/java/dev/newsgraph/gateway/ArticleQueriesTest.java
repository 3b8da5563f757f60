package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ArticleServiceStub;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class ArticleQueriesTest {

    private static final String ARTICLES = """
            query($first: Int, $after: String, $filter: ArticleFilter) {
              articles(first: $first, after: $after, filter: $filter) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id headline source language tags publishedAt } }
              }
            }""";

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void articleByIdHasEveryField() {
        JsonPath json = data("""
                query($id: ID!) { article(id: $id) {
                  id url headline standfirst authors source language publishedAt ingestedAt updatedAt version tags wordCount text
                  sections { heading paragraphs } } }""", Map.of("id", Newsroom.articleId(7)));
        assertEquals(Newsroom.articleId(7), json.getString("data.article.id"));
        assertEquals(Newsroom.headline(7), json.getString("data.article.headline"));
        assertEquals("https://news.example/7", json.getString("data.article.url"));
        assertEquals(List.of("Reporter 3"), json.getList("data.article.authors"));
        assertEquals("AP", json.getString("data.article.source"));
        assertEquals("2024-09-01T07:00:00Z", json.getString("data.article.publishedAt"));
        assertEquals(1, json.getInt("data.article.version"));
        assertThat(json.getString("data.article.text"), allOf(startsWith(Newsroom.headline(7)), containsString("Euro Cup")));
        assertThat(json.getList("data.article.sections[0].paragraphs"), hasSize(1));
        assertThat(json.getInt("data.article.wordCount"), greaterThan(0));
    }

    @Test
    void missingArticleIsNullWithNotFound() {
        JsonPath json = post("{ article(id: \"00000000-0000-0000-0000-000000000000\") { id } }").then().statusCode(200).extract().jsonPath();
        assertThat(json.getMap("data"), hasEntry("article", null));
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertEquals(List.of("article"), json.getList("errors[0].path"));
    }

    @Test
    void malformedIdIsBadUserInputWithoutCallingTheService() {
        JsonPath json = post("{ article(id: \"42\") { id } }").then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertThat(json.getString("errors[0].message"), containsString("id must be an id"));
        assertEquals(0, ServiceStubs.articleService().totalCalls());
    }

    @Test
    void pagesThroughAllArticlesNewestFirstWithNothingLostOrRepeated() {
        List<String> seen = pageThrough(Map.of(), 7);
        List<String> expected = new ArrayList<>();
        for (int i = Newsroom.ARTICLES - 1; i >= 0; i--) {
            expected.add(Newsroom.articleId(i));
        }
        assertEquals(expected, seen);
    }

    @Test
    void resumesFromAnyEdgeCursorNotOnlyThePageEnd() {
        JsonPath page = data(ARTICLES, Map.of("first", 10));
        String thirdCursor = page.getString("data.articles.edges[2].cursor");
        JsonPath resumed = data(ARTICLES, Map.of("first", 3, "after", thirdCursor));
        assertEquals(page.getList("data.articles.edges.node.id", String.class).subList(3, 6),
                resumed.getList("data.articles.edges.node.id", String.class));
    }

    @Test
    void filtersCombineAndPage() {
        Map<String, Object> filter = Map.of("source", "Reuters", "tag", "politics", "publishedAfter", "2024-09-01T10:00:00Z",
                "publishedBefore", "2024-09-03T00:00:00Z");
        List<String> seen = pageThrough(filter, 2);
        List<String> expected = new ArrayList<>();
        for (int i = 47; i >= 10; i--) {
            if (i % 2 == 0 && i % 3 == 0) {
                expected.add(Newsroom.articleId(i));
            }
        }
        assertEquals(expected, seen);
        JsonPath german = data(ARTICLES, Map.of("filter", Map.of("language", "de")));
        assertEquals(6, german.getInt("data.articles.totalCount"));
    }

    @Test
    void textFilterUsesFullTextSearch() {
        JsonPath json = data(ARTICLES, Map.of("filter", Map.of("text", "election")));
        assertEquals(12, json.getInt("data.articles.totalCount"));
        assertEquals(1, ServiceStubs.articleService().calls("GET /articles/search"));
    }

    @Test
    void mentionsAloneHasAnExactTotalAndPages() {
        Map<String, Object> filter = Map.of("mentions", List.of(Newsroom.entityId(0)));
        JsonPath first = data(ARTICLES, Map.of("first", 5, "filter", filter));
        assertEquals(15, first.getInt("data.articles.totalCount"));
        List<String> seen = pageThrough(filter, 4);
        assertEquals(15, seen.size());
        assertEquals(15, seen.stream().distinct().count());
        seen.forEach(id -> assertThat(ServiceStubs.newsroom().entitiesOf(id), hasItem(0)));
    }

    @Test
    void mentionsWithOtherFiltersAndTextNeedsBothServicesAndPagesAcrossCandidateBlocks() {
        // entities 0 and 3 together: articles 0, 8, ..., 56; Reuters (even) keeps all; 'election' keeps i % 5 == 0 (0 and 40)
        Map<String, Object> filter = Map.of("mentions", List.of(Newsroom.entityId(0), Newsroom.entityId(3)), "source", "Reuters");
        List<String> seen = pageThrough(filter, 3);
        List<String> expected = new ArrayList<>();
        for (int i = 56; i >= 0; i -= 8) {
            expected.add(Newsroom.articleId(i));
        }
        assertEquals(expected, seen);
        JsonPath page = data(ARTICLES, Map.of("first", 3, "filter", filter));
        assertThat(page.getMap("data.articles"), hasEntry("totalCount", null));

        Map<String, Object> withText = new HashMap<>(filter);
        withText.put("text", "election");
        assertEquals(List.of(Newsroom.articleId(40), Newsroom.articleId(0)), pageThrough(withText, 1));
    }

    @Test
    void searchReturnsHitsWithScoreAndSnippetAndPages() {
        JsonPath json = data("""
                { search(query: "putin", first: 3) {
                    totalCount pageInfo { hasNextPage endCursor }
                    edges { cursor node { score snippet article { id headline } } } } }""");
        assertEquals(15, json.getInt("data.search.totalCount"));
        assertThat(json.getString("data.search.edges[0].node.snippet"), containsString("<mark>Putin</mark>"));
        assertThat(json.getDouble("data.search.edges[0].node.score"), greaterThan(0.0));
        List<String> seen = searchThrough("putin", 4);
        assertEquals(15, seen.size());
        assertEquals(15, seen.stream().distinct().count());
    }

    @Test
    void searchCombinesWithMentions() {
        JsonPath json = data("""
                query($e: ID!) { search(query: "report", first: 50, filter: { mentions: [$e], language: "de" }) {
                  edges { node { article { id language } } } } }""", Map.of("e", Newsroom.entityId(2)));
        List<String> languages = json.getList("data.search.edges.node.article.language", String.class);
        assertThat(languages, not(empty()));
        assertThat(languages, everyItem(equalTo("de")));
    }

    @Test
    void aSearchMatchingMoreThanItRanksHasNoTotalAndPagesTheNewestMatches() {
        // "report" is in every article of the newsroom, more than the stub ranks (its MAX_RANKED)
        JsonPath first = data("{ search(query: \"report\", first: 1) { totalCount } articles(first: 1, filter: { text: \"report\" }) { totalCount } }");
        assertNull(first.get("data.search.totalCount"));
        assertNull(first.get("data.articles.totalCount"));
        List<String> seen = searchThrough("report", 20);
        assertEquals(ArticleServiceStub.MAX_RANKED, seen.stream().distinct().count());
        List<String> newest = ServiceStubs.newsroom().newestFirst().stream().limit(ArticleServiceStub.MAX_RANKED).map(a -> a.id).toList();
        assertThat(seen, everyItem(in(newest)));
        // a word in fewer articles than that still has its exact total
        assertEquals(15, data("{ search(query: \"putin\", first: 1) { totalCount } }").getInt("data.search.totalCount"));
    }

    @Test
    void firstOverOneHundredIsRefusedNamingTheLimit() {
        JsonPath json = post("{ articles(first: 101) { totalCount } }").then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertEquals("first must be between 1 and 100, was 101", json.getString("errors[0].message"));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String entitiesCursor = data("{ entities(first: 1) { pageInfo { endCursor } } }").getString("data.entities.pageInfo.endCursor");
        JsonPath json = post(ARTICLES, Map.of("after", entitiesCursor)).then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        JsonPath garbage = post(ARTICLES, Map.of("after", "not-a-cursor")).then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", garbage.getString("errors[0].extensions.code"));
    }

    private static List<String> pageThrough(Map<String, Object> filter, int pageSize) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", pageSize);
            variables.put("after", after);
            variables.put("filter", filter);
            JsonPath page = data(ARTICLES, variables);
            List<String> ids = page.getList("data.articles.edges.node.id", String.class);
            assertThat(ids.size(), lessThanOrEqualTo(pageSize));
            seen.addAll(ids);
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                return seen;
            }
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        throw new AssertionError("no last page after 100 pages");
    }

    /** The article ids of every page of a search, following the cursors. */
    private static List<String> searchThrough(String query, int pageSize) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("query", query);
            variables.put("first", pageSize);
            variables.put("after", after);
            JsonPath page = data("""
                    query($query: String!, $first: Int, $after: String) { search(query: $query, first: $first, after: $after) {
                      pageInfo { hasNextPage endCursor } edges { node { article { id } } } } }""", variables);
            seen.addAll(page.getList("data.search.edges.node.article.id", String.class));
            if (!page.getBoolean("data.search.pageInfo.hasNextPage")) {
                return seen;
            }
            after = page.getString("data.search.pageInfo.endCursor");
        }
        throw new AssertionError("no last page after 100 pages");
    }
}

package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import dev.newsgraph.gateway.stubs.StubServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** No N+1: each level of a query costs at most one call per service, whatever the number of items. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class BatchingTest {

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void nestedArticlesEntitiesArticlesCostOneCallPerServicePerLevel() {
        JsonPath json = data("""
                { articles(first: 50) { edges { node { headline
                    entities(first: 10) { salience entity { name
                      articles(first: 5) { totalCount edges { node { headline } } } } } } } } }""");
        List<Map<String, Object>> edges = json.getList("data.articles.edges");
        assertThat(edges, hasSize(50));
        assertThat(json.getList("data.articles.edges.node.entities.entity.articles.edges.node.headline.flatten()"), everyItem(notNullValue()));
        assertEquals(5, json.getList("data.articles.edges[0].node.entities[0].entity.articles.edges").size());

        // level 1: the page of articles; level 2: entities of all 50 articles; level 3: first pages of
        // all their entities, then the articles of those pages
        assertEquals(Map.of("GET /articles", 2), ServiceStubs.articleService().allCalls(),
                "one list call and one batch lookup of the nested articles");
        assertEquals(Map.of("GET /articles/entities", 1, "GET /entities/articles", 1), ServiceStubs.entityService().allCalls());
    }

    @Test
    void callsToBothServicesAtOneLevelGoOutTogether() {
        ServiceStubs.articleService().slow(Duration.ofMillis(400));
        ServiceStubs.entityService().slow(Duration.ofMillis(400));
        JsonPath json = data("{ articles(first: 1) { totalCount } entities(first: 1) { totalCount } }");
        assertEquals(Newsroom.ARTICLES, json.getInt("data.articles.totalCount"));
        assertEquals(2, StubServer.mostInFlight(), "the second call went out while the first was still being answered");
    }

    @Test
    void siblingBatchFieldsAtOneLevelEachCostOneCall() {
        JsonPath json = data("""
                { articles(first: 30) { edges { node { id
                    analysis { status analyzedVersion }
                    entities(first: 1) { entity { id related(first: 2) { articleCount entity { name } } } }
                    relatedArticles(first: 3) { sharedCount article { headline } sharedEntities { name } } } } } }""");
        assertThat(json.getList("data.articles.edges.node.analysis.status"), everyItem(notNullValue()));
        assertEquals(Map.of("GET /articles", 2), ServiceStubs.articleService().allCalls());
        assertEquals(Map.of(
                "GET /articles/analysis", 1,
                "GET /articles/entities", 1,
                "GET /articles/related", 1,
                "GET /entities/related", 1,
                "GET /entities", 1), ServiceStubs.entityService().allCalls());
    }
}

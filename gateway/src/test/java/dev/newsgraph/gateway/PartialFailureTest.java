package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One service down or slow: the rest of the answer still comes, the missing fields are null and named. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class PartialFailureTest {

    private static final String ARTICLES_WITH_ENTITIES = """
            { articles(first: 3) { edges { node { headline analysis { status } entities { entity { name } } } } } }""";

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void entityServiceStoppedLeavesArticlesWithNullEntitiesAndCodedErrors() {
        ServiceStubs.entityService().stop();
        JsonPath json = post(ARTICLES_WITH_ENTITIES).then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("data.articles.edges.node.headline"), contains(Newsroom.headline(59), Newsroom.headline(58), Newsroom.headline(57)));
        assertThat(json.getList("data.articles.edges.node"), everyItem(hasEntry("entities", null)));
        assertThat(json.getList("data.articles.edges.node"), everyItem(hasEntry("analysis", null)));
        List<Map<String, Object>> errors = json.getList("errors");
        assertThat(errors, not(hasSize(0)));
        assertThat(json.getList("errors.extensions.code"), everyItem(org.hamcrest.Matchers.is("ENTITY_SERVICE_UNAVAILABLE")));
        assertEquals(List.of("articles", "edges", 0, "node", "analysis"), json.getList("errors.find { it.path[4] == 'analysis' }.path"));
        assertThat(json.getList("errors.path"), org.hamcrest.Matchers.hasItem(List.of("articles", "edges", 0, "node", "entities")));
        assertThat(json.getString("errors[0].message"), not(containsString("Exception")));
    }

    @Test
    void articleServiceFailingLeavesEntitiesAndNullsTheirArticles() {
        ServiceStubs.articleService().failing(true);
        JsonPath json = post("""
                query($id: ID!) { entity(id: $id) { name articles(first: 2) { totalCount edges { node { headline } } } }
                  articles(first: 1) { totalCount } }""", Map.of("id", Newsroom.entityId(2))).then().statusCode(200).extract().jsonPath();
        assertEquals("Kyiv", json.getString("data.entity.name"));
        assertEquals(15, json.getInt("data.entity.articles.totalCount"));
        assertThat(json.getList("data.entity.articles.edges"), everyItem(hasEntry("node", null)));
        assertThat(json.getList("errors.extensions.code"), everyItem(org.hamcrest.Matchers.is("ARTICLE_SERVICE_UNAVAILABLE")));
        assertThat(json.getList("errors.path"), org.hamcrest.Matchers.hasItem(List.of("entity", "articles", "edges", 0, "node")));
        // reads are retried a bounded number of times: two calls (the list, the nested lookup), each tried three times
        assertEquals(6, ServiceStubs.articleService().calls("GET /articles"));
    }

    @Test
    void aSlowServiceTimesOutIntoPartialData() {
        ServiceStubs.entityService().slow(Duration.ofMillis(1500));
        JsonPath json = post("""
                query($id: ID!) { article(id: $id) { headline entities { entity { name } } } }""", Map.of("id", Newsroom.articleId(3)))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Newsroom.headline(3), json.getString("data.article.headline"));
        assertNull(json.get("data.article.entities"));
        assertEquals("ENTITY_SERVICE_UNAVAILABLE", json.getString("errors[0].extensions.code"));
        assertThat(json.getMap("errors[0].extensions").keySet(), contains("code"));
    }

    @Test
    void bothServicesDownStillAnswersWithErrorsOnly() {
        ServiceStubs.articleService().stop();
        ServiceStubs.entityService().stop();
        JsonPath json = post("{ entity(id: \"" + Newsroom.entityId(0) + "\") { name } }").then().statusCode(200).extract().jsonPath();
        assertThat(json.getMap("data"), hasEntry("entity", null));
        assertEquals("ENTITY_SERVICE_UNAVAILABLE", json.getString("errors[0].extensions.code"));
        assertThat(json.getString("errors[0].message"), notNullValue());
    }
}

package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Articles' bodies and entities' mentions are most of the services' answers: the gateway asks for them
 * only when the operation reads them, anywhere in it. The stubs leave them out when told to, as the
 * services do, so a body the gateway failed to ask for would fail the query.
 */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class FetchOnlyWhatIsReadTest {

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void headlinesAndEntityNamesComeWithoutBodiesOrMentions() {
        JsonPath json = data("{ articles(first: 5) { edges { node { headline entities { entity { name type } } } } } }");
        assertThat(json.getList("data.articles.edges.node.headline"), everyItem(not(emptyOrNullString())));
        assertEquals("false", articleQuery("GET /articles").get("body"));
        assertEquals("false", ServiceStubs.entityService().lastQuery("GET /articles/entities").get("mentions"));
    }

    @Test
    void aSelectedBodyFieldIsFetched() {
        JsonPath json = data("{ articles(first: 3) { edges { node { text } } } }");
        assertThat(json.getList("data.articles.edges.node.text"), everyItem(not(emptyOrNullString())));
        assertEquals("true", articleQuery("GET /articles").get("body"));
    }

    @Test
    void aBodyFieldInAFragmentCounts() {
        JsonPath json = data("""
                query { search(query: "the", first: 2) { edges { node { article { ...Body } } } } }
                fragment Body on Article { sections { paragraphs } }""");
        assertThat(json.getList("data.search.edges.node.article.sections"), everyItem(not(emptyOrNullString())));
        assertEquals("true", articleQuery("GET /articles/search").get("body"));
    }

    @Test
    void aSkippedBodyFieldIsNot() {
        data("query($full: Boolean!) { articles(first: 2) { edges { node { headline text @include(if: $full) } } } }",
                Map.of("full", false));
        assertEquals("false", articleQuery("GET /articles").get("body"));
    }

    @Test
    void theTextOfAMentionIsNotTheArticlesBody() {
        JsonPath json = data("{ articles(first: 2) { edges { node { entities { mentions { text start } } } } } }");
        assertThat(json.getList("data.articles.edges.node.entities.mentions.text.flatten()"), everyItem(not(emptyOrNullString())));
        assertEquals("false", articleQuery("GET /articles").get("body"));
        assertEquals("true", ServiceStubs.entityService().lastQuery("GET /articles/entities").get("mentions"));
    }

    @Test
    void aBodyReadDeepInTheQueryReachesTheBatchLookupOfThatLevel() {
        JsonPath json = data("""
                { articles(first: 2) { edges { node { headline entities(first: 1) { entity {
                    articles(first: 2) { edges { node { text } } } } } } } } }""");
        assertThat(json.getList("data.articles.edges.node.entities.entity.articles.edges.node.text.flatten()"),
                everyItem(not(emptyOrNullString())));
        // the page and the nested batch lookup share one decision: the operation reads a body
        assertEquals("true", articleQuery("GET /articles").get("body"));
    }

    private static Map<String, String> articleQuery(String route) {
        return ServiceStubs.articleService().lastQuery(route);
    }
}

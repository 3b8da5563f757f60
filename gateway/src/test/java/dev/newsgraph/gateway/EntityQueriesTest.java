package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
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

@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class EntityQueriesTest {

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void entityByIdHasEveryField() {
        JsonPath json = data("""
                query($id: ID!) { entity(id: $id) {
                  id name type aliases description externalIds { system id } mentionCount articleCount firstSeen lastSeen mergedIds } }""",
                Map.of("id", Newsroom.entityId(0)));
        assertEquals("Vladimir Putin", json.getString("data.entity.name"));
        assertEquals("PERSON", json.getString("data.entity.type"));
        assertThat(json.getList("data.entity.aliases"), contains("Vladimir Putin", "Putin"));
        assertEquals("wikidata", json.getString("data.entity.externalIds[0].system"));
        assertEquals("Q7747", json.getString("data.entity.externalIds[0].id"));
        assertEquals(15, json.getInt("data.entity.articleCount"));
        assertEquals("2024-09-01T00:00:00Z", json.getString("data.entity.firstSeen"));
        assertEquals("2024-09-03T08:00:00Z", json.getString("data.entity.lastSeen"));
    }

    @Test
    void entitiesFilterByTypeAndNameAndOrder() {
        JsonPath people = data("{ entities(filter: { type: PERSON }) { totalCount edges { node { name type } } } }");
        assertThat(people.getList("data.entities.edges.node.name"), containsInAnyOrder("Vladimir Putin", "Angela Merkel"));
        assertEquals(Map.of("type", "PERSON", "last", "false", "limit", "20"), ServiceStubs.entityService().lastQuery("GET /entities"));
        JsonPath prefix = data("{ entities(filter: { name: \"ber\" }) { edges { node { name } } } }");
        assertThat(prefix.getList("data.entities.edges.node.name"), contains("Berlin"));
        JsonPath byName = data("{ entities(orderBy: NAME, first: 3) { edges { node { name } } } }");
        assertThat(byName.getList("data.entities.edges.node.name"), contains("Angela Merkel", "Berlin", "Euro Cup"));
    }

    @Test
    void entitiesPageWithNothingLostOrRepeated() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = data("""
                    query($after: String) { entities(first: 3, after: $after, orderBy: NAME) {
                      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""", variables);
            assertEquals(Newsroom.ENTITIES, page.getInt("data.entities.totalCount"));
            seen.addAll(page.getList("data.entities.edges.node.id", String.class));
            after = page.getBoolean("data.entities.pageInfo.hasNextPage") ? page.getString("data.entities.pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(seen, hasSize(Newsroom.ENTITIES));
        assertEquals(Newsroom.ENTITIES, seen.stream().distinct().count());
    }

    @Test
    void entityArticlesPageThroughTheEntityServiceCursor() {
        String query = """
                query($id: ID!, $after: String) { entity(id: $id) { articles(first: 4, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id headline } } } } }""";
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", Newsroom.entityId(1));
            variables.put("after", after);
            JsonPath page = data(query, variables);
            assertEquals(15, page.getInt("data.entity.articles.totalCount"));
            seen.addAll(page.getList("data.entity.articles.edges.node.id", String.class));
            after = page.getBoolean("data.entity.articles.pageInfo.hasNextPage") ? page.getString("data.entity.articles.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(ServiceStubs.newsroom().articlesMentioning(List.of(1)).stream().map(a -> a.id).toList(), seen);
    }

    @Test
    void articleEntitiesBySalienceWithMentionsAndTypeFilter() {
        JsonPath json = data("""
                query($id: ID!) { article(id: $id) {
                  text
                  entities { salience mentionCount mentions { text start end sentence confidence } entity { name type } }
                  people: entities(type: PERSON) { entity { name } } } }""", Map.of("id", Newsroom.articleId(4)));
        assertThat(json.getList("data.article.entities.entity.name"), contains("Angela Merkel", "Euro Cup"));
        assertThat(json.getFloat("data.article.entities[0].salience"), greaterThan(json.getFloat("data.article.entities[1].salience")));
        String text = json.getString("data.article.text");
        int start = json.getInt("data.article.entities[0].mentions[0].start");
        int end = json.getInt("data.article.entities[0].mentions[0].end");
        assertEquals("Angela Merkel", text.substring(start, end));
    }

    @Test
    void analysisAndRelatedArticles() {
        JsonPath json = data("""
                query($id: ID!) { article(id: $id) {
                  analysis { status analyzedVersion analyzedAt error }
                  relatedArticles(first: 3) { sharedCount article { id } sharedEntities { name } } } }""", Map.of("id", Newsroom.articleId(8)));
        assertEquals("DONE", json.getString("data.article.analysis.status"));
        assertEquals(1, json.getInt("data.article.analysis.analyzedVersion"));
        assertThat(json.getList("data.article.relatedArticles"), hasSize(3));
        assertEquals(2, json.getInt("data.article.relatedArticles[0].sharedCount"));
        assertThat(json.getList("data.article.relatedArticles[0].sharedEntities.name"), containsInAnyOrder("Vladimir Putin", "Olympics"));
    }

    @Test
    void relatedEntities() {
        JsonPath json = data("""
                query($id: ID!) { entity(id: $id) { related(first: 2) { articleCount entity { name } } } }""", Map.of("id", Newsroom.entityId(0)));
        assertThat(json.getList("data.entity.related.entity.name"), containsInAnyOrder("Olympics", "United Nations"));
        assertThat(json.getList("data.entity.related.articleCount"), everyItem(is(greaterThan(0))));
    }

    @Test
    void aMergedIdFindsTheSurvivingEntityInBatchLookups() {
        ServiceStubs.newsroom().entity(Newsroom.entityId(3)).mergedIds.add("00000000-0000-0000-0000-0000000000aa");
        JsonPath json = data("""
                { entity(id: "00000000-0000-0000-0000-0000000000aa") { name mergedIds } }""");
        assertEquals("Olympics", json.getString("data.entity.name"));
        assertThat(json.getList("data.entity.mergedIds"), hasItem("00000000-0000-0000-0000-0000000000aa"));
    }

    @Test
    void missingEntityIsNullWithNotFound() {
        JsonPath json = post("{ entity(id: \"00000000-0000-0000-0000-000000000001\") { id } }").then().statusCode(200).extract().jsonPath();
        assertEquals("NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertFalse(json.getString("errors[0].message").contains("Exception"));
    }
}

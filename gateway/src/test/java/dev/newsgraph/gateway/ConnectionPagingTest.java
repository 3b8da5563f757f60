package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Relay cursor connections on every connection: paging forward with {@code first/after} and backward
 * with {@code last/before} give the same list, the page info is right at both ends, and every cursor
 * works both as {@code after} and as {@code before}, whichever way its page was read.
 */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class ConnectionPagingTest {

    private static final String ARGS = "first: $first, after: $after, last: $last, before: $before";
    private static final String SELECTION = " { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { %s } } }";

    /** A connection field, its place in the answer and where each node's id is. */
    private record Connection(String name, String field, String path, String id) {

        String operation() {
            return "query($first: Int, $after: String, $last: Int, $before: String) { " + field.replace("ARGS", ARGS)
                    + SELECTION.formatted(id) + (field.contains("{ articles(") ? " }" : "") + " }";
        }
    }

    private static final String E0 = Newsroom.entityId(0);

    private static final List<Connection> CONNECTIONS = List.of(
            new Connection("articles", "articles(ARGS)", "data.articles", "id"),
            new Connection("articles by mentions and source", "articles(ARGS, filter: { mentions: [\"" + E0 + "\"], source: \"AP\" })", "data.articles", "id"),
            new Connection("articles by mentions and text", "articles(ARGS, filter: { mentions: [\"" + E0 + "\"], text: \"a\" })", "data.articles", "id"),
            new Connection("search", "search(query: \"a\", ARGS)", "data.search", "article { id }"),
            new Connection("search by mentions", "search(query: \"a\", ARGS, filter: { mentions: [\"" + E0 + "\"] })", "data.search", "article { id }"),
            new Connection("entities", "entities(ARGS)", "data.entities", "id"),
            new Connection("entities by name", "entities(ARGS, orderBy: NAME)", "data.entities", "id"),
            new Connection("an entity's articles", "entity(id: \"" + E0 + "\") { articles(ARGS)", "data.entity.articles", "id"));

    /** One page: the answer's connection. */
    private record Page(List<String> ids, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage, String startCursor,
            String endCursor, Integer totalCount) {
    }

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    private static Page page(Connection connection, Integer first, String after, Integer last, String before) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("last", last);
        variables.put("before", before);
        JsonPath json = data(connection.operation(), variables);
        String at = connection.path();
        String idPath = connection.id().startsWith("article") ? ".edges.node.article.id" : ".edges.node.id";
        return new Page(json.getList(at + idPath, String.class), json.getList(at + ".edges.cursor", String.class),
                json.getBoolean(at + ".pageInfo.hasNextPage"), json.getBoolean(at + ".pageInfo.hasPreviousPage"),
                json.getString(at + ".pageInfo.startCursor"), json.getString(at + ".pageInfo.endCursor"),
                json.get(at + ".totalCount"));
    }

    @Test
    void walkingBackwardFromTheEndIsWalkingForwardReversed() {
        for (Connection connection : CONNECTIONS) {
            for (int size : List.of(3, 5)) {
                String what = connection.name() + " by " + size;
                List<String> forward = new ArrayList<>();
                Page page = page(connection, size, null, null, null);
                assertFalse(page.hasPreviousPage(), what + ": the first page has nothing before it");
                forward.addAll(page.ids());
                while (page.hasNextPage()) {
                    assertEquals(page.cursors().get(page.cursors().size() - 1), page.endCursor(), what);
                    page = page(connection, size, page.endCursor(), null, null);
                    assertTrue(page.hasPreviousPage(), what);
                    forward.addAll(page.ids());
                }
                Integer total = page.totalCount();

                List<String> backward = new ArrayList<>();
                page = page(connection, null, null, size, null);
                assertFalse(page.hasNextPage(), what + ": the last page has nothing after it");
                assertEquals(total, page.totalCount(), what);
                backward.addAll(0, page.ids());
                while (page.hasPreviousPage()) {
                    assertEquals(page.cursors().get(0), page.startCursor(), what);
                    page = page(connection, null, null, size, page.startCursor());
                    assertTrue(page.hasNextPage(), what);
                    backward.addAll(0, page.ids());
                }
                assertTrue(forward.size() > size, what + " takes more than one page: " + forward.size());
                assertEquals(forward, backward, what);
            }
        }
    }

    @Test
    void everyCursorWorksAsAfterAndAsBeforeWhicheverWayItsPageWasRead() {
        for (Connection connection : CONNECTIONS) {
            Page forwardPage = page(connection, 5, null, null, null);
            Page all = page(connection, 100, null, null, null);
            List<String> ids = all.ids();
            Page lastPage = page(connection, null, null, 5, null);
            for (Page issuing : List.of(forwardPage, lastPage)) {
                for (int i = 0; i < issuing.ids().size(); i++) {
                    int at = ids.indexOf(issuing.ids().get(i));
                    String cursor = issuing.cursors().get(i);
                    String what = connection.name() + " at " + at;
                    assertEquals(ids.subList(Math.max(0, at - 2), at), page(connection, null, null, 2, cursor).ids(), what + " as before");
                    assertEquals(ids.subList(at + 1, Math.min(ids.size(), at + 3)), page(connection, 2, cursor, null, null).ids(), what + " as after");
                }
            }
            Page beforeTheFirst = page(connection, null, null, 3, forwardPage.cursors().get(0));
            assertEquals(List.of(), beforeTheFirst.ids(), connection.name());
            assertFalse(beforeTheFirst.hasPreviousPage(), connection.name());
            assertEquals(all.totalCount(), beforeTheFirst.totalCount(), connection.name());
        }
    }

    @Test
    void aBackwardPageCostsAtMostTwoServiceCallsWhereverItIs() {
        Connection articles = CONNECTIONS.get(0);
        Page end = page(articles, null, null, 3, null);
        assertEquals(1, ServiceStubs.articleService().totalCalls());
        assertEquals("true", ServiceStubs.articleService().lastQuery("GET /articles").get("last"));
        Page middle = page(articles, 30, null, null, null);
        ServiceStubs.resetAll();
        Page beforeTheMiddle = page(articles, null, null, 20, middle.cursors().get(25));
        assertEquals(20, beforeTheMiddle.ids().size());
        assertTrue(ServiceStubs.articleService().totalCalls() <= 2, ServiceStubs.articleService().allCalls().toString());
        assertEquals(3, end.ids().size());
    }

    @Test
    void theEntitiesOfALevelGetTheirLastPagesInOneCall() {
        JsonPath json = data("""
                { entities(first: 8) { edges { node { id articles(last: 2) {
                    totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } } } } }""");
        assertEquals(1, ServiceStubs.entityService().calls("GET /entities/articles"));
        assertEquals("true", ServiceStubs.entityService().lastQuery("GET /entities/articles").get("last"));
        List<String> entityIds = json.getList("data.entities.edges.node.id", String.class);
        for (int i = 0; i < entityIds.size(); i++) {
            String at = "data.entities.edges[" + i + "].node.articles";
            Page own = page(new Connection("", "entity(id: \"" + entityIds.get(i) + "\") { articles(ARGS)", "data.entity.articles", "id"),
                    null, null, 2, null);
            assertEquals(own.ids(), json.getList(at + ".edges.node.id", String.class));
            assertFalse(json.getBoolean(at + ".pageInfo.hasNextPage"));
            assertTrue(json.getBoolean(at + ".pageInfo.hasPreviousPage"));
        }
    }

    @Test
    void pagingGoesOneWayAndCursorsStayWithTheirList() {
        String articlesCursor = page(CONNECTIONS.get(0), 2, null, null, null).endCursor();
        String entitiesCursor = page(CONNECTIONS.get(5), 2, null, null, null).endCursor();
        assertBadUserInput("{ articles(first: 2, last: 2) { totalCount } }", "first or last, not both");
        assertBadUserInput("{ entities(first: 2, last: 2) { totalCount } }", "first or last, not both");
        assertBadUserInput("{ search(query: \"a\", first: 2, last: 2) { totalCount } }", "first or last, not both");
        assertBadUserInput("{ entity(id: \"" + E0 + "\") { articles(first: 2, last: 2) { totalCount } } }", "first or last, not both");
        assertBadUserInput("{ articles(after: \"" + articlesCursor + "\", before: \"" + articlesCursor + "\") { totalCount } }", "after or before, not both");
        assertBadUserInput("{ articles(first: 2, before: \"" + articlesCursor + "\") { totalCount } }", "forward with first and after");
        assertBadUserInput("{ articles(last: 101) { totalCount } }", "last must be between 1 and 100");
        assertBadUserInput("{ articles(last: 2, before: \"" + entitiesCursor + "\") { totalCount } }", "before is not a cursor of this list");
        assertBadUserInput("{ entities(before: \"" + articlesCursor + "\") { totalCount } }", "before is not a cursor of this list");
        assertBadUserInput("{ articles(filter: { mentions: [\"" + E0 + "\"] }, before: \"" + articlesCursor + "\") { totalCount } }",
                "before is not a cursor of this list");
        assertBadUserInput("{ entity(id: \"" + E0 + "\") { articles(before: \"" + articlesCursor + "\") { totalCount } } }",
                "before is not a cursor of this list");
    }

    private static void assertBadUserInput(String query, String message) {
        JsonPath json = post(query).then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"), query);
        assertThat(json.getString("errors[0].message"), containsString(message));
    }
}

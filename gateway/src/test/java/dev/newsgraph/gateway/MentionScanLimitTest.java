package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.Newsroom.StoredArticle;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The mentions filter when a page may scan one candidate block only (blocks of 4 in tests): pages end
 * early, forward and backward, where the scan stopped, and paging on from there still gives the whole
 * list, each way.
 */
@QuarkusTest
@TestProfile(MentionScanLimitTest.OneBlockAPage.class)
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class MentionScanLimitTest {

    public static class OneBlockAPage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.gateway.mentions.max-blocks-per-page", "1");
        }
    }

    private static final String QUERY = """
            query($first: Int, $after: String, $last: Int, $before: String, $filter: ArticleFilter) {
              articles(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }""";

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void pagesThatEndEarlyResumeWhereTheScanStoppedBothWays() {
        Map<String, Object> rare = Map.of("mentions", List.of(Newsroom.entityId(0)), "language", "de");
        Map<String, Object> common = Map.of("mentions", List.of(Newsroom.entityId(0)), "source", "AP");
        for (Map<String, Object> filter : List.of(rare, common)) {
            Newsroom newsroom = new Newsroom();
            Predicate<StoredArticle> matches = a -> filter.containsKey("language") ? "de".equals(a.language) : "AP".equals(a.source);
            List<String> expected = newsroom.articlesMentioning(List.of(0)).stream().filter(matches).map(a -> a.id).toList();

            List<String> forward = new ArrayList<>();
            int emptyButNotLast = 0;
            JsonPath page = page(filter, 2, null, null, null);
            forward.addAll(page.getList("data.articles.edges.node.id", String.class));
            while (page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                emptyButNotLast += page.getList("data.articles.edges").isEmpty() ? 1 : 0;
                page = page(filter, 2, page.getString("data.articles.pageInfo.endCursor"), null, null);
                forward.addAll(page.getList("data.articles.edges.node.id", String.class));
            }
            assertEquals(expected, forward, filter.toString());

            List<String> backward = new ArrayList<>();
            page = page(filter, null, null, 2, null);
            backward.addAll(0, page.getList("data.articles.edges.node.id", String.class));
            while (page.getBoolean("data.articles.pageInfo.hasPreviousPage")) {
                emptyButNotLast += page.getList("data.articles.edges").isEmpty() ? 1 : 0;
                page = page(filter, null, null, 2, page.getString("data.articles.pageInfo.startCursor"));
                backward.addAll(0, page.getList("data.articles.edges.node.id", String.class));
            }
            assertEquals(expected, backward, filter.toString());
            if (filter == rare) {
                assertEquals(1, expected.size());
                assertTrue(emptyButNotLast >= 2, "pages ended early without a match, each way: " + emptyButNotLast);
            }
        }
    }

    private static JsonPath page(Map<String, Object> filter, Integer first, String after, Integer last, String before) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        variables.put("last", last);
        variables.put("before", before);
        return data(QUERY, variables);
    }
}

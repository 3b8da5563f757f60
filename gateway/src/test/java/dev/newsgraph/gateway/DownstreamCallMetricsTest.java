package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.data;
import static dev.newsgraph.gateway.GraphQLRequests.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code newsgraph_graphql_downstream_calls_total{operation,service}} counts exactly the requests the
 * services received for each operation, retries included, as the Prometheus endpoint exposes it.
 */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class DownstreamCallMetricsTest {

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void eachServiceCallOfAnOperationIsCountedUnderItsName() {
        data("""
                query NestedFanOut { articles(first: 20) { edges { node { headline
                    entities(first: 3) { entity { name articles(first: 2) { edges { node { headline } } } } } } } } }""");

        assertEquals(2, ServiceStubs.articleService().totalCalls(), "a list and a batch lookup");
        assertEquals(2, ServiceStubs.entityService().totalCalls(), "entities of the articles, articles of the entities");
        assertEquals(2.0, calls("NestedFanOut", "article-service"));
        assertEquals(2.0, calls("NestedFanOut", "entity-service"));
    }

    @Test
    void operationsAreCountedApartAndRetriesCountAsCalls() {
        data("query OnlyArticles { articles(first: 3) { totalCount } }");
        ServiceStubs.entityService().failing(true);
        post("query FailingEntities { entities(first: 3) { totalCount } }").then().statusCode(200);

        assertEquals(1.0, calls("OnlyArticles", "article-service"));
        assertEquals(0.0, calls("OnlyArticles", "entity-service"));
        int received = ServiceStubs.entityService().totalCalls();
        assertTrue(received > 1, "the read was retried: " + ServiceStubs.entityService().allCalls());
        assertEquals(received, calls("FailingEntities", "entity-service"));
    }

    /** The counter's value as scraped (an exemplar may follow it), 0 when it has no series (no call was made). */
    private static double calls(String operation, String service) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^newsgraph_graphql_downstream_calls_total\\{operation=\"" + operation + "\",service=\""
                + service + "\"} (\\S+)").matcher(metrics);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0.0;
    }
}

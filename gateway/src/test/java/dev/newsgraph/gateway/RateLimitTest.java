package dev.newsgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A client that has spent its cost budget is refused with 429 and told when to come back. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.gateway.limits.cost-per-client-per-minute", "500", "newsgraph.gateway.limits.refused-request-cost", "100",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void anOperationOverTheClientsBudgetIsRefusedWithRetryAfter() {
        String page = "{ articles(first: 20) { edges { node { headline entities(first: 5) { entity { name } } } } } }";
        given().contentType(ContentType.JSON).body(Map.of("query", page)).when().post("/graphql")
                .then().statusCode(200).body("extensions.cost.budgetRemaining", greaterThanOrEqualTo(500 - 241));
        given().contentType(ContentType.JSON).body(Map.of("query", page)).when().post("/graphql")
                .then().statusCode(200).body("extensions.cost.budgetRemaining", lessThan(241));
        // at most 241 - 18 = 223 points short at 500 a minute (less as the budget refills while the test runs): at most 27 s
        given().contentType(ContentType.JSON).body(Map.of("query", page)).when().post("/graphql")
                .then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]|1[0-9]|2[0-7]"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    @Test
    void requestsRefusedBeforeTheyRunSpendTheBudgetToo() {
        // a client of its own (budgets are per address): refusals of 100 points each spend its 500 (and the little that refills meanwhile)
        String client = "198.51.100.7";
        int refused = 0;
        io.restassured.response.Response answer;
        do {
            answer = given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body(Map.of("query", "{ articles("))
                    .when().post("/graphql");
            if (answer.statusCode() == 200) {
                answer.then().body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
                refused++;
            }
        } while (answer.statusCode() == 200 && refused < 10);
        org.junit.jupiter.api.Assertions.assertTrue(refused >= 5 && refused <= 6, "turned away after " + refused + " refusals");
        answer.then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }
}

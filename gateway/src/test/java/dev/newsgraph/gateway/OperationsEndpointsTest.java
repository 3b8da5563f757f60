package dev.newsgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What operators and frontend developers rely on besides /graphql. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class OperationsEndpointsTest {

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    @Test
    void healthAndMetrics() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void corsAllowsTheConfiguredFrontend() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000");
    }
}

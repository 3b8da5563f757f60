package dev.newsgraph.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every Newsgraph service with a database must do, whatever its features: health that checks the
 * database, Prometheus metrics (the database's state among them), problem+json for an unknown path. A
 * service's health test extends this with its Quarkus test annotations and adds its own checks.
 */
public abstract class ServiceBasicsContract {

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void reportsItsDatabaseUp() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("\nnewsgraph_database_up 1.0\n"));
    }

    @Test
    void unknownPathIsProblemJson() {
        given().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://newsgraph.dev/problems/not-found"));
    }
}

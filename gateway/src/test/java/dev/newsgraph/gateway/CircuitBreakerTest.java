package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The circuit breaker, configured small: a failing service is left alone for a while, then tried again. */
@QuarkusTest
@TestProfile(CircuitBreakerTest.SmallBreaker.class)
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class CircuitBreakerTest {

    private static final String ENTITY = "{ entity(id: \"" + Newsroom.entityId(1) + "\") { name } }";

    public static class SmallBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.fault-tolerance.global.circuit-breaker.request-volume-threshold", "4",
                    "quarkus.fault-tolerance.global.circuit-breaker.delay", "1000",
                    "quarkus.fault-tolerance.global.retry.max-retries", "0");
        }
    }

    private static String code(JsonPath json) {
        return json.getString("errors[0].extensions.code");
    }

    @Test
    void opensAfterFailuresFailsFastThenClosesWhenTheServiceIsBack() {
        ServiceStubs.resetAll();
        ServiceStubs.entityService().failing(true);
        for (int i = 0; i < 4; i++) {
            assertEquals("ENTITY_SERVICE_UNAVAILABLE", code(post(ENTITY).jsonPath()));
        }
        assertEquals(4, ServiceStubs.entityService().calls("GET /entities/{id}"));

        ServiceStubs.resetAll();
        assertEquals("ENTITY_SERVICE_UNAVAILABLE", code(post(ENTITY).jsonPath()), "the open breaker refuses at once");
        assertEquals(0, ServiceStubs.entityService().calls("GET /entities/{id}"), "without calling the service");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> "Reuters".equals(post(ENTITY).jsonPath().getString("data.entity.name")));
    }
}

package dev.newsgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The gateway configured for a closed deployment: trusted documents only, and a token even for queries. */
@QuarkusTest
@TestProfile(LockedDownGatewayTest.LockedDown.class)
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class LockedDownGatewayTest {

    private static final String REGISTERED = "query TopEntities { entities(first: 2) { totalCount edges { node { name } } } }";

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "newsgraph.gateway.trusted-documents.enabled", "true",
                    "newsgraph.gateway.trusted-documents.manifest", "src/test/resources/trusted-documents.json",
                    "quarkus.http.auth.permission.graphql.policy", "authenticated");
        }
    }

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void aRegisteredOperationRunsFromItsHashAlone() throws Exception {
        given().contentType(ContentType.JSON).auth().oauth2(TestJwt.reader())
                .body(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(REGISTERED)))))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.entities.totalCount", equalTo(Newsroom.ENTITIES))
                .body("data.entities.edges", hasSize(2));
    }

    @Test
    void aRegisteredOperationRunsFromItsHashOverGet() throws Exception {
        given().accept(ContentType.JSON).auth().oauth2(TestJwt.reader())
                .queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(REGISTERED) + "\"}}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
    }

    @Test
    void aRegisteredOperationSentAsTextRuns() {
        given().contentType(ContentType.JSON).auth().oauth2(TestJwt.reader())
                .body(Map.of("query", REGISTERED))
                .when().post("/graphql")
                .then().statusCode(200).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
    }

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void anyOtherOperationIsRefusedUnrun() throws Exception {
        String other = "{ entities(first: 5) { totalCount } }";
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).auth().oauth2(TestJwt.reader())
                .body(Map.of("query", other))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).auth().oauth2(TestJwt.reader())
                .body(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(other)))))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).auth().oauth2(TestJwt.reader())
                .body(Map.of("query", other, "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(REGISTERED)))))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        org.junit.jupiter.api.Assertions.assertEquals(0, ServiceStubs.entityService().totalCalls());
    }

    @Test
    void queriesNeedATokenWhenConfiguredTo() {
        given().contentType(ContentType.JSON).body(Map.of("query", REGISTERED))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

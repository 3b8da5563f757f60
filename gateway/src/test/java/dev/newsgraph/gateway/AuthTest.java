package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Queries are open; mutations need a valid token of the editor role, and nothing else reaches a service. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class AuthTest {

    private static final String RENAME = """
            mutation($id: ID!) { renameEntity(input: { id: $id, name: "Someone Else" }) { entity { name } userErrors { code } } }""";

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    private static JsonPath rename(String token) {
        return post(RENAME, Map.of("id", Newsroom.entityId(4)), token).then().statusCode(200).extract().jsonPath();
    }

    private static void assertRefused(JsonPath json, String code) {
        assertNull(json.get("data"), "the payload is non-null, so the refusal nulls the whole answer");
        assertEquals(code, json.getString("errors[0].extensions.code"));
        assertEquals(0, ServiceStubs.entityService().totalCalls(), "a refused mutation reaches no service");
    }

    @Test
    void noTokenIsUnauthenticated() {
        assertRefused(rename(null), "UNAUTHENTICATED");
    }

    @Test
    void aTokenWithoutTheEditorRoleIsForbidden() {
        assertRefused(rename(TestJwt.reader()), "FORBIDDEN");
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        assertInvalidToken(TestJwt.expiredEditor());
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIsRefusedWith401() {
        assertInvalidToken(TestJwt.editorSignedByStranger());
    }

    /** A token that fails verification refuses the whole request (RFC 6750), still with a GraphQL error body. */
    private static void assertInvalidToken(String token) {
        JsonPath json = post(RENAME, Map.of("id", Newsroom.entityId(4)), token).then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")).extract().jsonPath();
        assertEquals("UNAUTHENTICATED", json.getString("errors[0].extensions.code"));
        assertEquals(0, ServiceStubs.entityService().totalCalls());
    }

    @Test
    void queriesNeedNoToken() {
        JsonPath json = post("{ entity(id: \"" + Newsroom.entityId(4) + "\") { name } }").then().statusCode(200).extract().jsonPath();
        assertEquals("Angela Merkel", json.getString("data.entity.name"));
    }

    @Test
    void theEditorRoleIsEnough() {
        JsonPath json = rename(TestJwt.editor());
        assertEquals("Someone Else", json.getString("data.renameEntity.entity.name"));
    }
}

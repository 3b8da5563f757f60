package dev.newsgraph.gateway;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Posts GraphQL operations to the gateway over HTTP, as a client would. */
final class GraphQLRequests {

    private GraphQLRequests() {
    }

    static Response post(String query) {
        return post(query, Map.of(), null);
    }

    static Response post(String query, Map<String, Object> variables) {
        return post(query, variables, null);
    }

    /** @param bearer a token to send as {@code Authorization: Bearer}, or null for none */
    static Response post(String query, Map<String, Object> variables, String bearer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        return request.when().post("/graphql");
    }

    /** The answer of a query that must succeed without errors. */
    static JsonPath data(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        response.then().statusCode(200);
        JsonPath json = response.jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("unexpected errors: " + response.asString());
        }
        return json;
    }

    static JsonPath data(String query) {
        return data(query, Map.of());
    }
}

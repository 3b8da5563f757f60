package dev.newsgraph.systemtests.resilience;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsgraph.commons.testing.TestJwt;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** One GraphQL request to the gateway and its answer, kept both raw (to look for leaks) and parsed. */
record GraphQLCall(int status, String body, JsonPath json) {

    static GraphQLCall post(String gatewayUrl, String query, Map<String, Object> variables, String token) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        RequestSpecification spec = given().baseUri(gatewayUrl).contentType(ContentType.JSON).body(request);
        if (token != null) {
            spec = spec.header("Authorization", TestJwt.bearer(token));
        }
        var response = spec.when().post("/graphql").then().extract();
        return new GraphQLCall(response.statusCode(), response.asString(), JsonPath.from(response.asString()));
    }
}

package dev.newsgraph.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Values the gateway can judge are refused there, as request errors naming the GraphQL type only. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class StrictInputTest {

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    private static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then();
    }

    @Test
    void intsOutsideThe32BitRangeAreRefusedAsLiteralsAndVariables() {
        post("{ articles(first: 4294967301) { totalCount } }", Map.of())
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("4294967301"));
        post("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", 4294967301L))
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", 2.5))
                .statusCode(200).body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(0, ServiceStubs.articleService().totalCalls());
    }

    @Test
    void dateTimesOutsideTheYears1To9999AreRefused() {
        for (String date : List.of("+300000-01-01T00:00:00Z", "-4800-01-01T00:00:00Z", "0000-12-31T00:00:00Z")) {
            post("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }", Map.of("f", Map.of("publishedAfter", date)))
                    .statusCode(200).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("between the years 0001 and 9999"));
            post("{ articles(filter: {publishedAfter: \"" + date + "\"}) { totalCount } }", Map.of())
                    .statusCode(200).body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        assertEquals(0, ServiceStubs.articleService().totalCalls());
    }

    @Test
    void valuesOfTheWrongKindNameTheTypeNotTheEnginesClass() {
        for (Object wrong : List.of(List.of(1, 2), Map.of("a", 1), true)) {
            post("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }", Map.of("f", Map.of("publishedAfter", wrong)))
                    .statusCode(200).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", not(containsString("SRGQL")))
                    .body("errors[0].message", not(containsString("ArrayList")))
                    .body("errors[0].message", not(containsString("HashMap")))
                    .body("errors[0].message", not(containsString("Boolean]")));
        }
    }

    @Test
    void textThatIsNotUnicodeIsRefusedBeforeParsing() {
        given().contentType(ContentType.JSON).body("{\"query\": \"query($q: String!) { search(query: $q) { totalCount } }\", \"variables\": {\"q\": \"\\ud800\"}}")
                .when().post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(0, ServiceStubs.articleService().totalCalls());
    }
}

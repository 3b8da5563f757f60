package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every limit refuses with QUERY_TOO_COMPLEX, names itself and both values, and costs the services nothing. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class LimitsTest {

    private static final String ARTICLE_FIELDS = """
            id url headline standfirst authors source language publishedAt ingestedAt
            updatedAt version tags wordCount text sections { heading paragraphs }
            analysis { status analyzedVersion analyzedAt error }
            entities { salience mentionCount mentions { text start end sentence confidence }
              entity { id name type aliases description mentionCount articleCount firstSeen lastSeen mergedIds externalIds { system id } } }
            """;

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static io.restassured.response.Response postAcceptingGraphQLResponse(String query) {
        return given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(Map.of("query", query)).when().post("/graphql");
    }

    @Test
    void depthOverTheLimitIsRefusedBeforeAnyCall() {
        String nested = "entity { name }";
        for (int i = 0; i < 7; i++) {
            nested = "entity { related { " + nested + " } }";
        }
        post("{ entity(id: \"" + Newsroom.entityId(0) + "\") { related { " + nested + " } } }")
                .then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo("depth"))
                .body("errors[0].extensions.maximum", equalTo(12))
                .body("errors[0].message", containsString("the depth limit is 12"));
        assertEquals(0, ServiceStubs.entityService().totalCalls() + ServiceStubs.articleService().totalCalls());
    }

    @Test
    void costCountsListSizesAndIsRefusedOverTheLimitBeforeAnyCall() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            query.append(" a").append(i).append(": articles(first: 100) { edges { node { headline entities(first: 100) { entity {")
                    .append(" articles(first: 100) { edges { node { headline } } } } } } } }");
        }
        post(query.append(" }").toString())
                .then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo("cost"))
                .body("errors[0].extensions.maximum", equalTo(100_000))
                .body("errors[0].message", containsString("the cost limit is 100000"));
        assertEquals(0, ServiceStubs.articleService().totalCalls() + ServiceStubs.entityService().totalCalls());
    }

    @Test
    void everyAnswerReportsItsCost() {
        post("{ articles(first: 20) { edges { node { headline entities(first: 5) { entity { name } } } } } }")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("extensions.cost.requested", equalTo(1 + 20 * (1 + 1 + 5 * (1 + 1))))
                .body("extensions.cost.maximum", equalTo(100_000))
                .body("extensions.cost.budgetRemaining", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": entities(first: 1) { totalCount }");
        }
        postAcceptingGraphQLResponse(query.append(" }").toString())
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo("aliases"))
                .body("errors[0].extensions.actual", equalTo(31))
                .body("errors[0].extensions.maximum", equalTo(30))
                .body("errors[0].message", equalTo("The query uses 31 aliases; the alias limit is 30"));
        assertEquals(0, ServiceStubs.entityService().totalCalls());
    }

    @Test
    void anOverlongQueryIsRefused() {
        String query = "{ entities(first: 1) { totalCount } }\n#" + "x".repeat(20_000);
        postAcceptingGraphQLResponse(query)
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo("queryLength"))
                .body("errors[0].extensions.maximum", equalTo(20_000));
    }

    @Test
    void anOversizedRequestIsRefusedUnread() {
        post("query($q: String) { entities(first: 1) { totalCount } }", Map.of("q", "y".repeat(70_000)))
                .then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo("requestBytes"))
                .body("errors[0].extensions.maximum", equalTo(65_536));
        assertEquals(0, ServiceStubs.entityService().totalCalls());
    }

    @Test
    void limitsApplyToGetRequestsToo() {
        given().accept(ContentType.JSON).queryParam("query", "{ entities(first: 2) { totalCount } }")
                .when().get("/graphql")
                .then().statusCode(200).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": entities(first: 1) { totalCount }");
        }
        given().accept(GRAPHQL_RESPONSE).queryParam("query", query.append(" }").toString())
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.limit", equalTo("aliases"));
    }

    @Test
    void getRequestsWithVariablesOrExtensionsThatAreNotJsonObjectsAreBadRequests() {
        for (String member : List.of("variables", "extensions")) {
            given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ entities(first: 2) { totalCount } }").queryParam(member, "{not-json")
                    .when().get("/graphql")
                    .then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", equalTo("'" + member + "' must be a JSON object, URL-encoded"));
        }
        assertEquals(0, ServiceStubs.entityService().totalCalls());
    }

    @Test
    void headersOverTheHttpLimitAreRefusedBeforeAnyRoute() {
        given().contentType(ContentType.JSON).header("X-Padding", "x".repeat(30_000))
                .body(Map.of("query", "{ entities(first: 2) { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(431);
        assertEquals(0, ServiceStubs.entityService().totalCalls());
    }

    @Test
    void aFragmentBombIsRefusedBeforeValidation() {
        StringBuilder query = new StringBuilder("query { ...F30 }\nfragment F0 on Query { articles(first: 1) { totalCount } }\n");
        for (int i = 1; i <= 30; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }\n");
        }
        postAcceptingGraphQLResponse(query.toString())
                .then().statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.limit", equalTo("fields"))
                .body("errors[0].extensions.maximum", equalTo(2000));
        assertEquals(0, ServiceStubs.articleService().totalCalls());
    }

    @Test
    void introspectionIsNotHeldToTheDepthLimit() {
        String typeRef = "kind name";
        for (int i = 0; i < 12; i++) {
            typeRef = "kind name ofType { " + typeRef + " }";
        }
        post("{ __schema { types { name fields { name type { " + typeRef + " } } } } }")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.types.name", org.hamcrest.Matchers.hasItem("Article"));
    }

    @Test
    void unexpectedFailuresRevealNothingInternal() {
        ServiceStubs.articleService().garbled(true);
        post("{ article(id: \"" + Newsroom.articleId(1) + "\") { headline } }")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("ARTICLE_SERVICE_UNAVAILABLE"))
                .body("errors[0].message", equalTo("The article service is unavailable; article data is missing from this answer"))
                .body("errors[0].extensions.exception", nullValue())
                .body(org.hamcrest.Matchers.not(containsString("at dev.newsgraph")));
    }
}

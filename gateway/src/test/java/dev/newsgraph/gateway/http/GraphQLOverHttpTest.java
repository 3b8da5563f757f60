package dev.newsgraph.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import dev.newsgraph.gateway.trusted.TrustedDocuments;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

/** GraphQL over HTTP as the specification and the mainstream clients expect it of the gateway. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String COUNT = "query Count($n: Int) { entities(first: $n) { totalCount } }";

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void getRunsTheNamedOperationOfSeveral() {
        given().queryParam("query", COUNT + " query Other { entities(first: 1) { totalCount } }")
                .queryParam("operationName", "Count").queryParam("variables", "{\"n\": 2}")
                .when().get("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("errors", nullValue()).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
    }

    @Test
    void mutationsAndSubscriptionsAreRefusedWhereTheTransportCannotCarryThem() {
        given().queryParam("query", "mutation { reanalyzeArticle(input: {articleId: \"" + Newsroom.articleId(1) + "\"}) { userErrors { code } } }")
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST").body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body(Map.of("query", "subscription { articleAnalyzed { articleId } }"))
                .accept(GRAPHQL_RESPONSE).when().post("/graphql")
                .then().statusCode(400).body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body(Map.of("query", COUNT)).when().put("/graphql")
                .then().statusCode(405).header("Allow", "GET, POST");
        assertEquals(0, ServiceStubs.articleService().totalCalls() + ServiceStubs.entityService().totalCalls());
    }

    @Test
    void theAnswersMediaTypeFollowsAccept() {
        String[][] cases = {
                { null, "application/json" }, { "*/*", "application/json" }, { "application/json", "application/json" },
                { GRAPHQL_RESPONSE, GRAPHQL_RESPONSE }, { "application/json;q=0.9, " + GRAPHQL_RESPONSE, GRAPHQL_RESPONSE } };
        for (String[] c : cases) {
            var request = given().contentType(ContentType.JSON).body(Map.of("query", COUNT));
            if (c[0] != null) {
                request = request.header("Accept", c[0]);
            }
            request.when().post("/graphql").then().statusCode(200).contentType(c[1] + "; charset=utf-8");
        }
        given().contentType(ContentType.JSON).accept("text/html").body(Map.of("query", COUNT)).when().post("/graphql")
                .then().statusCode(406);
    }

    @Test
    void requestErrorsAre4xxOnlyForClientsThatAcceptGraphQLResponses() {
        for (String query : new String[] { "{ entities(first: 1) { nope } }", "{ entities(", "query($n: Int!) { entities(first: $n) { totalCount } }" }) {
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(Map.of("query", query)).when().post("/graphql")
                    .then().statusCode(400).body("data", nullValue()).body("errors[0].extensions.code", notNullValue());
            given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                    .then().statusCode(200).body("data", nullValue()).body("errors[0].extensions.code", notNullValue());
        }
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"query\": ").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void bodiesAreUtf8JsonEvenWhenTheTypeIsRepeated() {
        RestAssuredConfig asSent = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
        given().config(asSent).header("Content-Type", "application/json, application/json")
                .body(("{\"query\": \"" + COUNT + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql")
                .then().statusCode(200).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
        given().config(asSent).header("Content-Type", "application/json; charset=bogus")
                .body(("{\"query\": \"" + COUNT + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON).body("{\"query\": \"{ entities { totalCount } }\", \"query\": \"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"query\": \"{ entities { totalCount } }\"} trailing")
                .when().post("/graphql").then().statusCode(400);
        String deep = "[".repeat(900) + "]".repeat(900);
        given().contentType(ContentType.JSON).body("{\"query\": \"" + COUNT + "\", \"variables\": {\"n\": " + deep + "}}")
                .when().post("/graphql").then().statusCode(400).contentType(startsWith("application/json"));
    }

    @Test
    void automaticPersistedQueriesRegisterOnTheFirstFullRequest() {
        String hash = TrustedDocuments.sha256(COUNT);
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions)).when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of("query", COUNT, "extensions", extensions)).when().post("/graphql")
                .then().statusCode(200).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.entities.totalCount", equalTo(Newsroom.ENTITIES));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ entities { totalCount } }", "extensions", extensions)).when().post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void largeAnswersAreCompressedSmallOnesNot() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(raw).header("Accept-Encoding", "gzip").contentType(ContentType.JSON)
                .body(Map.of("query", "{ articles(first: 50) { edges { node { headline text } } } }"))
                .when().post("/graphql").then().statusCode(200).header("Content-Encoding", "gzip");
        given().config(raw).header("Accept-Encoding", "gzip").contentType(ContentType.JSON).body(Map.of("query", COUNT))
                .when().post("/graphql").then().statusCode(200).header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void browsersOnAnyLocalPortMayCallWithClientAndTracingHeaders() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,apollographql-client-name,apollographql-client-version,traceparent,baggage,sentry-trace")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Max-Age", notNullValue())
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("apollographql-client-name"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void typenameIsAnsweredEverywhereWithoutNullingFields() {
        given().contentType(ContentType.JSON).body(Map.of("query", """
                { __typename articles(first: 2) { __typename totalCount edges { __typename node { __typename headline text
                  entities(first: 2) { __typename entity { __typename name } } } } }
                  entities(first: 1) { __typename edges { node { __typename articles(first: 1) { edges { node { __typename headline } } } } } } }
                """)).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .body("data.articles.__typename", equalTo("ArticleConnection"))
                .body("data.articles.edges[0].node.__typename", equalTo("Article"))
                .body("data.articles.edges[0].node.text", notNullValue())
                .body("data.entities.edges[0].node.articles.edges[0].node.headline", notNullValue());
    }

    @Test
    void anyObjectIsFetchedAgainByItsId() {
        given().contentType(ContentType.JSON).body(Map.of("query", """
                query($a: ID!, $e: ID!, $all: [ID!]!) {
                  a: node(id: $a) { __typename id ... on Article { headline } }
                  e: node(id: $e) { __typename id ... on Entity { name } }
                  nodes(ids: $all) { id }
                }""", "variables", Map.of("a", Newsroom.articleId(3), "e", Newsroom.entityId(2),
                "all", java.util.List.of(Newsroom.entityId(1), "00000000-0000-4000-8000-000000000000", Newsroom.articleId(4)))))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .body("data.a.__typename", equalTo("Article")).body("data.a.headline", equalTo(Newsroom.headline(3)))
                .body("data.e.__typename", equalTo("Entity")).body("data.e.id", equalTo(Newsroom.entityId(2)))
                .body("data.nodes.size()", equalTo(3))
                .body("data.nodes[0].id", equalTo(Newsroom.entityId(1)))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes[2].id", equalTo(Newsroom.articleId(4)));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ node(id: \"00000000-0000-4000-8000-000000000000\") { id } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.node", nullValue()).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void theSchemaDeclaresItsScalarsWithTheirSpecifications() {
        given().when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("scalar DateTime @specifiedBy(url : \"https://scalars.graphql.org/andimarek/date-time\")"))
                .body(org.hamcrest.Matchers.containsString("interface Node"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __type(name: \"DateTime\") { specifiedByURL } }"))
                .when().post("/graphql")
                .then().body("data.__type.specifiedByURL", equalTo("https://scalars.graphql.org/andimarek/date-time"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __schema { types { name } } }")).when().post("/graphql")
                .then().body("data.__schema.types.name", hasItem("Node"));
    }
}

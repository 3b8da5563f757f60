package dev.newsgraph.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.ServiceBasicsContract;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class HealthTest extends ServiceBasicsContract {

    @Test
    void httpServerMetricsNameTheRouteTemplate() {
        given().when().get("/articles/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/articles/{id}\""));
    }

    @Test
    void servesTheOpenApiDocumentOfEveryEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/articles"))
                .body("paths.keySet()", hasItem("/articles/{id}"))
                .body("paths.keySet()", hasItem("/articles/batch"))
                .body("paths.keySet()", hasItem("/articles/search"))
                .body("paths.keySet()", hasItem("/articles/events"));
    }

    /** Generators such as GraphQL Mesh type an operation by its response schema; these two answer {@code Response} or {@code Object}. */
    @Test
    void theOpenApiDocumentGivesTheArticleReadsTheirResponseSchemas() {
        String schema = ".get.responses.'200'.content.'application/json'.schema.'$ref'";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/articles'" + schema, equalTo("#/components/schemas/ArticleList"))
                .body("paths.'/articles/{id}'" + schema, equalTo("#/components/schemas/ArticleView"))
                .body("components.schemas.ArticleList.required", hasItem("items"));
    }
}

package dev.newsgraph.entity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.ServiceBasicsContract;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.entity.feed.ArticleServiceStub;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_entity_test"))
@WithTestResource(TestJwt.class)
@WithTestResource(ArticleServiceStub.class)
class HealthTest extends ServiceBasicsContract {

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/entities/{id}"))
                .body("paths", hasKey("/analyze"));
    }
}

package dev.newsgraph.article.api;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.article.TestArticles.Counts;
import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Writes need an editor's token: 401 without a valid one, 403 without the role, both as problem+json. Reads are open. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class AuthTest {

    private static final String PROBLEMS = "https://newsgraph.dev/problems/";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void writesWithoutAValidTokenAre401() {
        String id = create(article(marker()));
        Counts before = Counts.of(dataSource);
        for (RequestSpecification request : new RequestSpecification[] {
                given(),
                given().header("Authorization", TestJwt.bearer(TestJwt.expiredEditor())),
                given().header("Authorization", TestJwt.bearer(TestJwt.editorSignedByStranger())),
                given().header("Authorization", "Bearer not-a-jwt") }) {
            everyWrite(request, id, 401, "unauthorized");
        }
        assertEquals(before, Counts.of(dataSource));
    }

    @Test
    void writesWithoutTheEditorRoleAre403() {
        String id = create(article(marker()));
        Counts before = Counts.of(dataSource);
        everyWrite(given().header("Authorization", TestJwt.bearer(TestJwt.reader())), id, 403, "forbidden");
        assertEquals(before, Counts.of(dataSource));
    }

    @Test
    void readsAreOpen() {
        String id = create(article(marker()));
        given().when().get("/articles/" + id).then().statusCode(200);
        given().header("Authorization", TestJwt.bearer(TestJwt.reader())).when().get("/articles/" + id).then().statusCode(200);
        given().when().get("/articles").then().statusCode(200);
        given().queryParam("q", "Putin").when().get("/articles/search").then().statusCode(200);
        given().when().get("/articles/events").then().statusCode(200);
    }

    private static void everyWrite(RequestSpecification request, String id, int status, String slug) {
        request.contentType(ContentType.JSON).body(article(marker())).when().post("/articles")
                .then().statusCode(status).contentType("application/problem+json").body("type", equalTo(PROBLEMS + slug));
        request.contentType(ContentType.TEXT).body("Headline\n\nBody.").when().post("/articles")
                .then().statusCode(status).contentType("application/problem+json");
        request.contentType(ContentType.JSON).body("[]").when().post("/articles/batch")
                .then().statusCode(status).contentType("application/problem+json");
        request.contentType(ContentType.JSON).header("If-Match", "1").body(article(marker())).when().put("/articles/" + id)
                .then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        request.when().delete("/articles/" + id)
                .then().statusCode(status).contentType("application/problem+json").body("type", equalTo(PROBLEMS + slug));
    }
}

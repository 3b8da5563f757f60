package dev.newsgraph.article.api;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.asEditor;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.article.TestArticles.Counts;
import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every bad input gets a problem+json answer and changes nothing: each test ends by counting rows and events. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class BadInputTest {

    private static final String PROBLEMS = "https://newsgraph.dev/problems/";

    @Inject
    AgroalDataSource dataSource;

    private Counts before;

    @BeforeEach
    void countBefore() {
        before = Counts.of(dataSource);
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(before, Counts.of(dataSource), "a rejected request must change nothing");
    }

    @Test
    void malformedJson() {
        postJson("{\"headline\": \"Half an object\",")
                .statusCode(400).body("type", equalTo(PROBLEMS + "malformed-json"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void unknownField() {
        Map<String, Object> article = article(marker());
        article.put("body", "not a field of ArticleInput");
        postJson(article).statusCode(400).body("type", equalTo(PROBLEMS + "unknown-field")).body("detail", containsString("'body'"));
    }

    @Test
    void missingHeadline() {
        Map<String, Object> article = article(marker());
        article.remove("headline");
        postJson(article).statusCode(400).body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", equalTo(List.of("headline")));
    }

    @Test
    void emptyBody() {
        Map<String, Object> article = article(marker());
        article.put("sections", List.of(Map.of("heading", "Nothing under it", "paragraphs", List.of(" "))));
        postJson(article).statusCode(400).body("errors.field", equalTo(List.of("sections")));
        article.remove("sections");
        postJson(article).statusCode(400).body("errors.field", equalTo(List.of("sections")));
    }

    @Test
    void textWithAHeadlineButNoParagraphs() {
        asEditor().contentType(ContentType.TEXT).body("Just a headline\n").when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("sections")));
        asEditor().contentType(ContentType.TEXT).body("\n \n").when().post("/articles")
                .then().statusCode(400).body("errors.field", hasItem("headline"));
    }

    @Test
    void invalidUtf8() {
        byte[] text = { 'H', 'e', 'a', 'd', '\n', '\n', 'B', 'o', 'd', 'y', ' ', (byte) 0xC3, '(', '.' };
        asEditor().contentType("text/plain; charset=UTF-8").body(text).when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-encoding"));
        byte[] json = "{\"headline\":\"Bad \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        asEditor().contentType(ContentType.JSON).body(json).when().post("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-encoding"));
    }

    @Test
    void urlThatIsNotHttp() {
        Map<String, Object> article = article(marker());
        article.put("url", "ftp://news.example.com/story");
        postJson(article).statusCode(400).body("errors.field", equalTo(List.of("url")))
                .body("errors[0].message", equalTo("must be an http or https URL"));
    }

    @Test
    void publishedAtThatIsNotIso8601() {
        Map<String, Object> article = article(marker());
        article.put("publishedAt", "5 September 2024");
        postJson(article).statusCode(400).body("errors.field", equalTo(List.of("publishedAt")));
        asEditor().contentType(ContentType.TEXT).queryParam("publishedAt", "yesterday").body("Headline\n\nBody.")
                .when().post("/articles").then().statusCode(400).body("errors.field", equalTo(List.of("publishedAt")));
    }

    @Test
    void bodyOverTheSizeLimit() {
        Map<String, Object> article = article(marker());
        article.put("sections", List.of(Map.of("paragraphs", List.of("word ".repeat(2 * 1024 * 1024 / 5 + 1)))));
        postJson(article).statusCode(413).body("type", equalTo(PROBLEMS + "payload-too-large"));
        asEditor().contentType(ContentType.TEXT).body("Headline\n\n" + "x".repeat(2 * 1024 * 1024))
                .when().post("/articles").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void bodyUnderTheLimitButTooManyDistinctWordsToIndex() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            words.append(UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8)).toString(), 0, 32).append(' ');
        }
        Map<String, Object> article = article(marker());
        article.put("sections", List.of(Map.of("paragraphs", List.of(words.toString()))));
        postJson(article).statusCode(413).body("type", equalTo(PROBLEMS + "payload-too-large"))
                .body("detail", containsString("distinct words"));
    }

    @Test
    void limitOver100AndOtherBadListParameters() {
        given().queryParam("limit", 101).when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(PROBLEMS + "invalid-limit"));
        given().queryParam("limit", 0).when().get("/articles").then().statusCode(400);
        given().queryParam("limit", "ten").when().get("/articles").then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-limit"));
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").when().get("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-cursor"));
        given().queryParam("publishedAfter", "last week").when().get("/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-parameter"));
    }

    @Test
    void rejectedUpdateChangesNothing() {
        String id = create(article(marker()));
        before = Counts.of(dataSource);
        Map<String, Object> invalid = article(marker());
        invalid.put("headline", " ");
        asEditor().contentType(ContentType.JSON).header("If-Match", "1").body(invalid).when().put("/articles/" + id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("headline")));
        asEditor().contentType(ContentType.JSON).header("If-Match", "1").body(article(marker())).when().put("/articles/nope")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-id"));
        given().when().get("/articles/" + id).then().body("version", equalTo(1));
    }

    @Test
    void unsupportedMediaType() {
        asEditor().contentType("application/xml").body("<article/>").when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    private static ValidatableResponse postJson(Object body) {
        return asEditor().contentType(ContentType.JSON).body(body).when().post("/articles")
                .then().contentType("application/problem+json");
    }
}

package dev.newsgraph.article.ingest;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.asEditor;
import static dev.newsgraph.article.TestArticles.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.article.TestArticles.Counts;
import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class BatchIngestTest {

    private static final String PROBLEMS = "https://newsgraph.dev/problems/";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void jsonArrayGetsOneResultPerItemAndBadItemsSinkOnlyThemselves() {
        Map<String, Object> good = article(marker());
        Map<String, Object> noHeadline = article(marker());
        noHeadline.remove("headline");
        Map<String, Object> unknownField = article(marker());
        unknownField.put("summary", "not a field");
        Map<String, Object> other = article(marker());
        Counts before = Counts.of(dataSource);

        String firstId = asEditor().contentType(ContentType.JSON).body(List.of(good, noHeadline, unknownField, good, other))
                .when().post("/articles/batch")
                .then().statusCode(200)
                .body("created", equalTo(2)).body("duplicates", equalTo(1)).body("errors", equalTo(2))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4)))
                .body("results.outcome", equalTo(List.of("CREATED", "ERROR", "ERROR", "DUPLICATE", "CREATED")))
                .body("results[1].articleId", nullValue())
                .body("results[1].problem.type", equalTo(PROBLEMS + "invalid-request"))
                .body("results[1].problem.errors[0].field", equalTo("headline"))
                .body("results[2].problem.type", equalTo(PROBLEMS + "unknown-field"))
                .body("results[4].articleId", notNullValue())
                .body("results[4].problem", nullValue())
                .extract().path("results[0].articleId");

        asEditor().contentType(ContentType.JSON).body(List.of(good)).when().post("/articles/batch")
                .then().body("results[0].outcome", equalTo("DUPLICATE")).body("results[0].articleId", equalTo(firstId));
        assertEquals(new Counts(before.articles() + 2, before.events() + 2), Counts.of(dataSource));
    }

    @Test
    void ndjsonWithAMalformedLine() throws JsonProcessingException {
        String body = mapper.writeValueAsString(article(marker())) + "\n"
                + "{\"headline\": \"cut short\n"
                + "\n"
                + mapper.writeValueAsString(article(marker())) + "\n";

        asEditor().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/articles/batch")
                .then().statusCode(200)
                .body("results.outcome", equalTo(List.of("CREATED", "ERROR", "CREATED")))
                .body("results[1].problem.type", equalTo(PROBLEMS + "malformed-json"))
                .body("created", equalTo(2)).body("errors", equalTo(1));
    }

    @Test
    void moreThan1000ItemsIsRefusedWhole() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(article(marker()));
        }
        Counts before = Counts.of(dataSource);
        asEditor().contentType(ContentType.JSON).body(items).when().post("/articles/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "too-many-items"));
        asEditor().contentType("application/x-ndjson").body(String.join("\n", Collections.nCopies(1001, "{}")).getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "too-many-items"));
        assertEquals(before, Counts.of(dataSource));
    }

    @Test
    void aBatchMustBeAnArray() {
        Counts before = Counts.of(dataSource);
        asEditor().contentType(ContentType.JSON).body(article(marker())).when().post("/articles/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-batch"));
        asEditor().contentType(ContentType.JSON).body("[{\"headline\":").when().post("/articles/batch")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-json"));
        assertEquals(before, Counts.of(dataSource));
    }

    @Test
    void anEmptyBatchIsAnEmptyAnswer() {
        asEditor().contentType(ContentType.JSON).body("[]").when().post("/articles/batch")
                .then().statusCode(200).body("results.size()", equalTo(0)).body("created", equalTo(0));
        given().contentType(ContentType.JSON).body("[]").when().post("/articles/batch").then().statusCode(401);
    }
}

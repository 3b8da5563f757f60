package dev.newsgraph.entity.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.entity.feed.ArticleServiceStub;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_entity_test"))
@WithTestResource(TestJwt.class)
@WithTestResource(ArticleServiceStub.class)
class AnalyzeResourceTest {

    // emoji (two UTF-16 units), accents and CRLF before the names: offsets must still point into exactly this text
    private static final String TEXT = "\uD83D\uDCF0 Café report\r\n\r\nZebulon Quartermaine met Angela Merkel in Vladivostok.";

    @Test
    void plainTextGivesMentionsWithOffsetsIntoExactlyThatText() {
        List<Map<String, Object>> mentions = editor().contentType("text/plain; charset=UTF-8").body(TEXT)
                .post("/analyze").then().statusCode(200)
                .body("tokens", greaterThan(5))
                .body("recognizer", containsString("corenlp-4.5.10"))
                .extract().jsonPath().getList("mentions");
        assertMentions(mentions);
    }

    @Test
    void jsonGivesTheSameAnswer() {
        List<Map<String, Object>> mentions = editor().contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .post("/analyze").then().statusCode(200).extract().jsonPath().getList("mentions");
        assertMentions(mentions);
    }

    @Test
    void storesNothing() {
        editor().contentType("text/plain; charset=UTF-8").body(TEXT).post("/analyze").then().statusCode(200);
        given().queryParam("name", "Zebulon Quartermaine").get("/entities").then().statusCode(200)
                .body("totalCount", equalTo(0));
    }

    @Test
    void emptyTextIsRefused() {
        for (String empty : new String[] { "", "   \n " }) {
            editor().contentType(ContentType.TEXT).body(empty).post("/analyze").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("https://newsgraph.dev/problems/empty-text"));
        }
        editor().contentType(ContentType.JSON).body("{}").post("/analyze").then().statusCode(400)
                .body("type", equalTo("https://newsgraph.dev/problems/empty-text"));
    }

    @Test
    void oversizeTextIsRefused() {
        editor().contentType(ContentType.TEXT).body("a".repeat(200_001)).post("/analyze").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/payload-too-large"));
    }

    @Test
    void malformedOrUnknownJsonIsRefused() {
        editor().contentType(ContentType.JSON).body("{\"text\": oops}").post("/analyze").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://newsgraph.dev/problems/malformed-json"));
        editor().contentType(ContentType.JSON).body("{\"text\": ").post("/analyze").then().statusCode(400)
                .contentType("application/problem+json");
        editor().contentType(ContentType.JSON).body("{\"txt\": \"Angela Merkel\"}").post("/analyze").then().statusCode(400)
                .body("type", equalTo("https://newsgraph.dev/problems/unknown-field"));
        editor().contentType(ContentType.XML).body("<text/>").post("/analyze").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return given().header("Authorization", TestJwt.bearer(TestJwt.editor()));
    }

    private static void assertMentions(List<Map<String, Object>> mentions) {
        for (Map<String, Object> m : mentions) {
            assertEquals(m.get("text"), TEXT.substring((Integer) m.get("start"), (Integer) m.get("end")));
        }
        assertTrue(mentions.stream().anyMatch(m -> "Angela Merkel".equals(m.get("text")) && "PERSON".equals(m.get("type"))
                && (Integer) m.get("start") == TEXT.indexOf("Angela")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> "Vladivostok".equals(m.get("text")) && "LOCATION".equals(m.get("type"))),
                mentions.toString());
    }
}

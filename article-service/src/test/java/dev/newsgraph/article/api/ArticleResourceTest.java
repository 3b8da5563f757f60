package dev.newsgraph.article.api;

import static dev.newsgraph.article.TestArticles.article;
import static dev.newsgraph.article.TestArticles.asEditor;
import static dev.newsgraph.article.TestArticles.create;
import static dev.newsgraph.article.TestArticles.marker;
import static dev.newsgraph.article.TestArticles.sample;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_article_test"))
@WithTestResource(TestJwt.class)
class ArticleResourceTest {

    @Test
    void createsAnArticleFromJsonAndServesIt() {
        String marker = marker();
        ExtractableResponse<Response> created = asEditor().contentType(ContentType.JSON).body(article(marker))
                .when().post("/articles")
                .then().statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .extract();
        String id = created.path("article.id");
        assertThat(created.header("Location"), endsWith("/articles/" + id));

        given().when().get("/articles/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("url", equalTo("https://news.example.com/story/" + marker))
                .body("headline", equalTo("Kim Jong Un to meet Putin " + marker))
                .body("standfirst", equalTo("A summit in the Russian Far East"))
                .body("authors", equalTo(List.of("Jane Doe")))
                .body("source", equalTo("Test Wire"))
                .body("language", equalTo("en"))
                .body("publishedAt", equalTo("2024-09-05T10:00:00Z"))
                .body("ingestedAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", equalTo(1))
                .body("tags", equalTo(List.of("diplomacy")))
                .body("sections[0].heading", nullValue())
                .body("sections[1].heading", equalTo("Weapons talks"))
                .body("text", equalTo("Kim Jong Un to meet Putin " + marker + "\n\nA summit in the Russian Far East\n\n"
                        + "North Korean leader Kim Jong Un will travel to Vladivostok. " + marker
                        + "\n\nWeapons talks\n\nOfficials expect talks on artillery."))
                .body("wordCount", equalTo(32))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void createsAnArticleFromPlainTextWithMetadataFromTheQuery() {
        String marker = marker();
        String text = sample().replace("In recent times,", "In recent times (" + marker + "),");
        String id = asEditor().contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("url", "https://news.example.com/" + marker)
                .queryParam("source", "Sample Wire")
                .queryParam("publishedAt", "2023-09-05T08:30:00Z")
                .queryParam("authors", "A. Writer", "B. Editor")
                .queryParam("tags", "north-korea")
                .queryParam("tags", "russia")
                .when().post("/articles")
                .then().statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("article.headline", equalTo("Historic Summit: Kim Jong Un to Meet Putin Amidst Ukraine Weapons Sales Drama"))
                .body("article.sections", hasSize(14))
                .body("article.sections.findAll { it.heading != null }.heading", hasSize(13))
                .body("article.sections[1].heading", equalTo("Russia’s Minister of Defence’s Visit to North Korea"))
                .body("article.sections[3].heading", equalTo("The Choice of Vladivostock"))
                .body("article.sections.paragraphs.flatten()", hasSize(14))
                .body("article.text", startsWith("Historic Summit: Kim Jong Un to Meet Putin Amidst Ukraine Weapons Sales Drama\n\nIn recent times"))
                .body("article.authors", equalTo(List.of("A. Writer", "B. Editor")))
                .body("article.tags", equalTo(List.of("north-korea", "russia")))
                .body("article.source", equalTo("Sample Wire"))
                .body("article.publishedAt", equalTo("2023-09-05T08:30:00Z"))
                .extract().path("article.id");

        given().when().get("/articles/" + id).then().statusCode(200).body("url", equalTo("https://news.example.com/" + marker));
    }

    @Test
    void createsAnArticleFromMarkdown() {
        String marker = marker();
        asEditor().contentType("text/markdown").body("# Markdown headline " + marker + "\n\nIntro.\n\n## A section\n\nIts *body*.\n")
                .when().post("/articles")
                .then().statusCode(201)
                .body("article.headline", equalTo("Markdown headline " + marker))
                .body("article.sections[0].heading", nullValue())
                .body("article.sections[0].paragraphs", equalTo(List.of("Intro.")))
                .body("article.sections[1].heading", equalTo("A section"))
                .body("article.sections[1].paragraphs", equalTo(List.of("Its *body*.")))
                .body("article.text", equalTo("Markdown headline " + marker + "\n\nIntro.\n\nA section\n\nIts *body*."));
    }

    @Test
    void unknownIdIs404AndAnIdThatIsNoUuidIs400() {
        given().when().get("/articles/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/not-found"));
        given().when().get("/articles/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/invalid-id"));
    }

    @Test
    void batchLookupKeepsTheRequestedOrderAndReportsMissingIds() {
        String first = create(article(marker()));
        String second = create(article(marker()));
        String missing = UUID.randomUUID().toString();

        given().queryParam("ids", second + "," + missing).queryParam("ids", first)
                .when().get("/articles")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(second, first)))
                .body("missing", equalTo(List.of(missing)))
                .body("nextCursor", nullValue());
    }

    @Test
    void batchLookupRefusesMoreThan500IdsAndIdsThatAreNoUuid() {
        List<String> ids = Stream.generate(() -> UUID.randomUUID().toString()).limit(501).toList();
        given().queryParam("ids", String.join(",", ids.subList(0, 500))).when().get("/articles")
                .then().statusCode(200).body("items", empty()).body("missing", hasSize(500));
        given().queryParam("ids", String.join(",", ids)).when().get("/articles")
                .then().statusCode(400).body("type", equalTo("https://newsgraph.dev/problems/too-many-ids"));
        given().queryParam("ids", "123").when().get("/articles")
                .then().statusCode(400).body("type", equalTo("https://newsgraph.dev/problems/invalid-id"));
    }

    @Test
    void updateNeedsTheCurrentVersionInIfMatch() {
        String marker = marker();
        Map<String, Object> article = article(marker);
        String id = create(article);
        article.put("headline", "Updated headline " + marker);

        asEditor().contentType(ContentType.JSON).body(article).when().put("/articles/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/precondition-required"));
        asEditor().contentType(ContentType.JSON).body(article).header("If-Match", "2").when().put("/articles/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/version-mismatch"));
        given().when().get("/articles/" + id).then().body("version", equalTo(1)).body("headline", equalTo("Kim Jong Un to meet Putin " + marker));

        asEditor().contentType(ContentType.JSON).body(article).header("If-Match", "\"1\"").when().put("/articles/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2))
                .body("headline", equalTo("Updated headline " + marker))
                .body("text", startsWith("Updated headline " + marker + "\n\n"));
        given().when().get("/articles/" + id).then().body("version", equalTo(2));

        asEditor().contentType(ContentType.JSON).body(article).header("If-Match", "1").when().put("/articles/" + id)
                .then().statusCode(412);
        asEditor().contentType(ContentType.JSON).body(article).header("If-Match", "1").when().put("/articles/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void updateToAnotherArticlesContentIsAConflict() {
        Map<String, Object> taken = article(marker());
        create(taken);
        String id = create(article(marker()));

        asEditor().contentType(ContentType.JSON).body(taken).header("If-Match", "1").when().put("/articles/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://newsgraph.dev/problems/duplicate-article"));
        given().when().get("/articles/" + id).then().body("version", equalTo(1));
    }

    @Test
    void deleteRemovesTheArticle() {
        String id = create(article(marker()));

        asEditor().header("If-Match", "7").when().delete("/articles/" + id)
                .then().statusCode(412);
        asEditor().when().delete("/articles/" + id).then().statusCode(204);
        given().when().get("/articles/" + id).then().statusCode(404);
        asEditor().when().delete("/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("ids", id).when().get("/articles")
                .then().statusCode(200).body("items", empty()).body("missing", equalTo(List.of(id)));
    }

    @Test
    void deletedContentCanBeIngestedAgain() {
        Map<String, Object> article = article(marker());
        String id = create(article);
        asEditor().header("If-Match", "1").when().delete("/articles/" + id).then().statusCode(204);

        String again = create(article);
        assertEquals(false, again.equals(id));
    }

    @Test
    void everyArticleOfAPageHasTheContractFields() {
        create(article(marker()));
        given().queryParam("limit", 5).when().get("/articles")
                .then().statusCode(200)
                .body("items.id", everyItem(notNullValue()))
                .body("items.contentHash", everyItem(matchesPattern("[0-9a-f]{64}")))
                .body("totalCount", notNullValue());
    }
}

package dev.newsgraph.entity.entity;

import static dev.newsgraph.entity.feed.FeedTestSupport.PATIENCE;
import static dev.newsgraph.entity.feed.FeedTestSupport.awaitDone;
import static dev.newsgraph.entity.feed.FeedTestSupport.entitiesOf;
import static dev.newsgraph.entity.feed.FeedTestSupport.entity;
import static dev.newsgraph.entity.feed.FeedTestSupport.entityIn;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.entity.feed.ArticleServiceStub;
import dev.newsgraph.entity.feed.ArticleServiceStub.StubArticle;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_entity_test"))
@WithTestResource(TestJwt.class)
@WithTestResource(ArticleServiceStub.class)
class EntityCorrectionsTest {

    private static final String PROBLEMS = "https://newsgraph.dev/problems/";

    @Test
    void aMergeMovesMentionsAndAliasesAndTheOldIdAnswersWithTheSurvivor() {
        StubArticle foundation = publishAndWait("Grants", "2024-08-01T09:00:00Z",
                "The Orbelian Foundation said Tomas Vidrine would lead it.");
        StubArticle fund = publishAndWait("Funding", "2024-08-02T09:00:00Z",
                "The Orbelian Fund gave money to schools in Leeds, said Tomas Vidrine.");
        UUID survivor = id(foundation, "Orbelian Foundation", "ORGANIZATION");
        UUID merged = id(fund, "Orbelian Fund", "ORGANIZATION");

        editor().contentType(ContentType.JSON).body(Map.of("targetId", survivor.toString()))
                .post("/entities/{id}/merge", merged).then().statusCode(200)
                .body("id", equalTo(survivor.toString()))
                .body("aliases", hasItem("Orbelian Fund"))
                .body("mergedIds", equalTo(List.of(merged.toString())))
                .body("mentionCount", equalTo(2)).body("articleCount", equalTo(2))
                .body("firstSeen", equalTo("2024-08-01T09:00:00Z")).body("lastSeen", equalTo("2024-08-02T09:00:00Z"));
        given().get("/entities/{id}", merged).then().statusCode(200).body("id", equalTo(survivor.toString()));
        given().queryParam("ids", merged.toString()).get("/entities").then().statusCode(200)
                .body("items[0].id", equalTo(survivor.toString()));
        assertEquals(survivor, id(fund, "Orbelian Foundation", "ORGANIZATION"));
        given().queryParam("limit", 10).get("/entities/{id}/articles", merged).then().statusCode(200).body("totalCount", equalTo(2));
        UUID vidrine = id(fund, "Tomas Vidrine", "PERSON");
        given().get("/entities/{id}/related", survivor).then().statusCode(200)
                .body("items.find { it.entity.id == '" + vidrine + "' }.articleCount", equalTo(2));
        given().get("/entities/{id}/related", vidrine).then().statusCode(200)
                .body("items.find { it.entity.id == '" + survivor + "' }.articleCount", equalTo(2))
                .body("items.entity.id", not(hasItem(merged.toString())));

        // re-analysis keeps the editor's decision: "Orbelian Fund" resolves to the survivor
        reanalyze(fund);
        assertEquals(survivor, id(fund, "Orbelian Foundation", "ORGANIZATION"));
        given().get("/entities/{id}", survivor).then().body("mentionCount", equalTo(2)).body("articleCount", equalTo(2));

        // refused: into itself (also through a merged id), into a missing entity, without a target
        problem(editor().contentType(ContentType.JSON).body(Map.of("targetId", survivor.toString()))
                .post("/entities/{id}/merge", survivor), 400, "merge-into-itself");
        problem(editor().contentType(ContentType.JSON).body(Map.of("targetId", survivor.toString()))
                .post("/entities/{id}/merge", merged), 400, "merge-into-itself");
        problem(editor().contentType(ContentType.JSON).body(Map.of("targetId", UUID.randomUUID().toString()))
                .post("/entities/{id}/merge", survivor), 404, "not-found");
        problem(editor().contentType(ContentType.JSON).body(Map.of("targetId", survivor.toString()))
                .post("/entities/{id}/merge", UUID.randomUUID()), 404, "not-found");
        problem(editor().contentType(ContentType.JSON).body("{}").post("/entities/{id}/merge", survivor), 400, "invalid-request");
        problem(editor().contentType(ContentType.JSON).body("{\"targetId\": ").post("/entities/{id}/merge", survivor), 400, "malformed-json");
        given().get("/entities/{id}", survivor).then().body("mentionCount", equalTo(2));
    }

    @Test
    void aRenameSurvivesReanalysis() {
        StubArticle article = publishAndWait("Culture", "2024-08-03T09:00:00Z", "Ilse Brakstad said the museum would reopen.");
        UUID ilse = id(article, "Ilse Brakstad", "PERSON");
        editor().contentType(ContentType.JSON).body(Map.of("name", "Ilse M. Brakstad", "description", "Museum director",
                "externalIds", Map.of("wikidata", "Q123"))).patch("/entities/{id}", ilse).then().statusCode(200)
                .body("name", equalTo("Ilse M. Brakstad")).body("description", equalTo("Museum director"))
                .body("externalIds.wikidata", equalTo("Q123")).body("aliases", hasItem("Ilse Brakstad"));
        reanalyze(article);
        given().get("/entities/{id}", ilse).then().statusCode(200).body("name", equalTo("Ilse M. Brakstad"))
                .body("mentionCount", equalTo(1)).body("externalIds.wikidata", equalTo("Q123"));
        assertEquals(ilse, id(article, "Ilse M. Brakstad", "PERSON"));

        // null clears the optional fields and leaves name and type as they are
        editor().contentType(ContentType.JSON).body("{\"name\": null, \"type\": null, \"description\": null, \"externalIds\": null}")
                .patch("/entities/{id}", ilse).then().statusCode(200)
                .body("name", equalTo("Ilse M. Brakstad")).body("type", equalTo("PERSON"))
                .body("description", equalTo(null)).body("externalIds.size()", equalTo(0));
    }

    @Test
    void aTypeChangeSurvivesReanalysisAndGuidesNewArticles() {
        StubArticle visit = publishAndWait("Visit", "2024-08-04T09:00:00Z", "Gustav Lindqvist met Marta Oyelaran in Tromsoe.");
        Map<String, Object> tromsoe = entitiesOf(visit.id()).stream().map(e -> entity(e))
                .filter(e -> "Tromsoe".equals(e.get("name"))).findFirst().orElseThrow();
        UUID id = UUID.fromString((String) tromsoe.get("id"));
        editor().contentType(ContentType.JSON).body(Map.of("type", "LOCATION")).patch("/entities/{id}", id).then()
                .statusCode(200).body("type", equalTo("LOCATION"));
        reanalyze(visit);
        assertEquals(id, id(visit, "Tromsoe", "LOCATION"));
        StubArticle trip = publishAndWait("Trip", "2024-08-05T09:00:00Z", "Esko Haavisto flew to Tromsoe on Sunday.");
        assertEquals(id, id(trip, "Tromsoe", "LOCATION"));
        given().get("/entities/{id}", id).then().body("type", equalTo("LOCATION")).body("articleCount", equalTo(2));
    }

    @Test
    void addedAndRemovedAliasesSurviveReanalysis() {
        StubArticle article = publishAndWait("Council", "2024-08-06T09:00:00Z",
                "Teodor Vinje said the bridge would open, according to Vinje.");
        UUID teodor = id(article, "Teodor Vinje", "PERSON");
        given().get("/entities/{id}", teodor).then().body("aliases", hasItem("Vinje")).body("mentionCount", equalTo(2));

        editor().contentType(ContentType.JSON).body(Map.of("alias", "T. Vinje")).post("/entities/{id}/aliases", teodor)
                .then().statusCode(200).body("aliases", hasItem("T. Vinje"));
        editor().delete("/entities/{id}/aliases/{alias}", teodor, "Vinje").then().statusCode(200)
                .body("aliases", not(hasItem("Vinje")));
        given().queryParam("name", "T Vinje").get("/entities").then().body("items.id", hasItem(teodor.toString()));

        reanalyze(article);
        given().get("/entities/{id}", teodor).then().statusCode(200)
                .body("aliases", not(hasItem("Vinje"))).body("aliases", hasItem("T. Vinje")).body("mentionCount", equalTo(1));
        UUID vinje = id(article, "Vinje", "PERSON");
        assertNotEquals(teodor, vinje);

        problem(editor().delete("/entities/{id}/aliases/{alias}", teodor, "Nobody"), 404, "not-found");
        problem(editor().delete("/entities/{id}/aliases/{alias}", teodor, "Teodor Vinje"), 400, "alias-is-name");
        problem(editor().contentType(ContentType.JSON).body(Map.of("alias", " ")).post("/entities/{id}/aliases", teodor),
                400, "invalid-request");
        problem(editor().contentType(ContentType.JSON).body(Map.of("alias", "...")).post("/entities/{id}/aliases", teodor),
                400, "invalid-alias");
    }

    @Test
    void badPatchesAreRefusedAndChangeNothing() {
        StubArticle article = publishAndWait("Sport", "2024-08-07T09:00:00Z", "Sindre Lauvik scored twice for the club.");
        UUID sindre = id(article, "Sindre Lauvik", "PERSON");
        String before = given().get("/entities/{id}", sindre).asString();
        problem(editor().contentType(ContentType.JSON).body("{}").patch("/entities/{id}", sindre), 400, "empty-patch");
        problem(editor().contentType(ContentType.JSON).body(Map.of("colour", "red")).patch("/entities/{id}", sindre), 400, "unknown-field");
        problem(editor().contentType(ContentType.JSON).body(Map.of("type", "ALIEN", "name", "X")).patch("/entities/{id}", sindre),
                400, "invalid-request");
        problem(editor().contentType(ContentType.JSON).body(Map.of("name", " ")).patch("/entities/{id}", sindre), 400, "invalid-request");
        problem(editor().contentType(ContentType.JSON).body("{\"externalIds\": [1]}").patch("/entities/{id}", sindre), 400, "invalid-request");
        problem(editor().contentType(ContentType.JSON).body("{\"name\": ").patch("/entities/{id}", sindre), 400, "malformed-json");
        problem(editor().contentType(ContentType.JSON).body(Map.of("name", "Y")).patch("/entities/{id}", UUID.randomUUID()), 404, "not-found");
        assertEquals(before, given().get("/entities/{id}", sindre).asString());
    }

    @Test
    void writesNeedAnEditorToken() {
        UUID any = UUID.randomUUID();
        for (RequestSpecification request : List.of(given(), bearer(TestJwt.expiredEditor()), bearer(TestJwt.editorSignedByStranger()))) {
            problem(request.contentType(ContentType.JSON).body(Map.of("name", "X")).patch("/entities/{id}", any), 401, "unauthorized");
        }
        problem(bearer(TestJwt.reader()).contentType(ContentType.JSON).body(Map.of("name", "X")).patch("/entities/{id}", any), 403, "forbidden");
        problem(bearer(TestJwt.reader()).contentType(ContentType.JSON).body(Map.of("targetId", any.toString()))
                .post("/entities/{id}/merge", any), 403, "forbidden");
        problem(given().contentType(ContentType.JSON).body(Map.of("alias", "X")).post("/entities/{id}/aliases", any), 401, "unauthorized");
        problem(given().delete("/entities/{id}/aliases/{alias}", any, "X"), 401, "unauthorized");
        problem(given().post("/articles/{id}/reanalyze", any), 401, "unauthorized");
        problem(bearer(TestJwt.reader()).post("/articles/{id}/reanalyze", any), 403, "forbidden");
        problem(editor().post("/articles/{id}/reanalyze", any), 404, "not-found");
    }

    private static StubArticle publishAndWait(String headline, String publishedAt, String paragraph) {
        StubArticle article = ArticleServiceStub.publish(ArticleServiceStub.article(headline, Instant.parse(publishedAt), paragraph));
        awaitDone(article.id(), 1);
        return article;
    }

    private static void reanalyze(StubArticle article) {
        String before = given().get("/articles/{id}/analysis", article.id()).jsonPath().getString("analyzedAt");
        editor().post("/articles/{id}/reanalyze", article.id()).then().statusCode(202)
                .body("articleId", equalTo(article.id().toString())).body("status", equalTo("PENDING"));
        await().atMost(PATIENCE).until(() -> given().get("/articles/{id}/analysis", article.id()).jsonPath(),
                json -> "DONE".equals(json.getString("status")) && !before.equals(json.getString("analyzedAt")));
    }

    private static UUID id(StubArticle article, String name, String type) {
        List<Map<String, Object>> entities = entitiesOf(article.id());
        return UUID.fromString((String) entity(entityIn(entities, name, type)
                .orElseThrow(() -> new AssertionError(type + " " + name + " in " + entities))).get("id"));
    }

    private static RequestSpecification editor() {
        return bearer(TestJwt.editor());
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", TestJwt.bearer(token));
    }

    private static void problem(Response response, int status, String slug) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", equalTo(PROBLEMS + slug));
        assertTrue(!response.asString().contains("Exception"), response.asString());
    }
}

package dev.newsgraph.entity.entity;

import static dev.newsgraph.entity.feed.FeedTestSupport.awaitDone;
import static dev.newsgraph.entity.feed.FeedTestSupport.entitiesOf;
import static dev.newsgraph.entity.feed.FeedTestSupport.entity;
import static dev.newsgraph.entity.feed.FeedTestSupport.entityIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.entity.feed.ArticleServiceStub;
import dev.newsgraph.entity.feed.ArticleServiceStub.StubArticle;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "newsgraph_entity_test"))
@WithTestResource(TestJwt.class)
@WithTestResource(ArticleServiceStub.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityReadApiTest {

    private StubArticle council;
    private final List<StubArticle> logistics = new ArrayList<>();
    private UUID jarl;
    private UUID ragna;
    private UUID skarholm;

    /** Once per class, but after Quarkus is up (rest-assured knows the port only then). */
    @BeforeEach
    void publishArticlesOnce() {
        if (council != null) {
            return;
        }
        council = ArticleServiceStub.publish(ArticleServiceStub.article("Council meeting", Instant.parse("2024-07-01T09:00:00Z"),
                "Ottoline Aberg said on Monday that the budget was ready. Ottoline Brandt said the plan would work. "
                        + "Ottoline Carlsen told reporters in Malmo that she agreed. Ottoline Dahl said nothing. "
                        + "Ottoline Eklund said the vote would pass. Ottoline Fagerlund said she was pleased. "
                        + "Aberg later said the budget was final, and Brandt said so too. Aberg repeated it."));
        logistics.add(ArticleServiceStub.publish(ArticleServiceStub.article("Merger talk", Instant.parse("2024-07-02T09:00:00Z"),
                "Jarl Wennerberg, the chief executive of Skarholm Logistics, met Ragna Wennerstrom in Uppsala.")));
        logistics.add(ArticleServiceStub.publish(ArticleServiceStub.article("Second look", Instant.parse("2024-07-04T09:00:00Z"),
                "Jarl Wennerberg said Skarholm Logistics would grow.")));
        logistics.add(ArticleServiceStub.publish(ArticleServiceStub.article("Third look", Instant.parse("2024-07-03T09:00:00Z"),
                "Jarl Wennerberg met Ragna Wennerstrom again in Uppsala.")));
        awaitDone(council.id(), 1);
        logistics.forEach(a -> awaitDone(a.id(), 1));
        List<Map<String, Object>> first = entitiesOf(logistics.get(0).id());
        jarl = id(first, "Jarl Wennerberg", "PERSON");
        ragna = id(first, "Ragna Wennerstrom", "PERSON");
        skarholm = id(first, "Skarholm Logistics", "ORGANIZATION");
    }

    @Test
    void listingByMentionsPagesThroughEverythingOnceInOrder() {
        List<Map<String, Object>> all = pages("MENTIONS");
        assertEquals(6, all.size(), all.toString());
        assertEquals(6, new HashSet<>(all.stream().map(e -> e.get("id")).toList()).size(), "no repeats");
        assertEquals("Ottoline Aberg", all.get(0).get("name"));
        assertEquals(3, all.get(0).get("mentionCount"));
        assertEquals("Ottoline Brandt", all.get(1).get("name"));
        for (int i = 1; i < all.size(); i++) {
            assertTrue((Integer) all.get(i - 1).get("mentionCount") >= (Integer) all.get(i).get("mentionCount"));
        }
    }

    @Test
    void listingByNamePagesThroughEverythingOnceInOrder() {
        List<String> names = pages("NAME").stream().map(e -> (String) e.get("name")).toList();
        assertEquals(List.of("Ottoline Aberg", "Ottoline Brandt", "Ottoline Carlsen", "Ottoline Dahl", "Ottoline Eklund",
                "Ottoline Fagerlund"), names);
    }

    @Test
    void listingFiltersByTypeAndFuzzyName() {
        given().queryParam("name", "Ottoline").queryParam("type", "LOCATION").get("/entities").then().statusCode(200)
                .body("totalCount", equalTo(0)).body("items.size()", equalTo(0)).body("nextCursor", equalTo(null));
        given().queryParam("name", "Otolline Aberg").queryParam("match", "FUZZY").get("/entities").then().statusCode(200)
                .body("items.name", hasItem("Ottoline Aberg"));
        // a short form is an alias: the prefix search finds the entity under it
        given().queryParam("name", "aberg").get("/entities").then().statusCode(200)
                .body("items.name", hasItem("Ottoline Aberg"));
    }

    @Test
    void batchLookupKeepsTheRequestedOrderAndReportsMissingIds() {
        UUID unknown = UUID.randomUUID();
        given().queryParam("ids", skarholm + "," + unknown).queryParam("ids", jarl).get("/entities").then().statusCode(200)
                .body("items.id", equalTo(List.of(skarholm.toString(), jarl.toString())))
                .body("missing", equalTo(List.of(unknown.toString())));
        given().get("/entities/{id}", jarl).then().statusCode(200)
                .body("name", equalTo("Jarl Wennerberg")).body("type", equalTo("PERSON"))
                .body("articleCount", equalTo(3)).body("mentionCount", equalTo(3))
                .body("firstSeen", equalTo("2024-07-02T09:00:00Z")).body("lastSeen", equalTo("2024-07-04T09:00:00Z"))
                .body("aliases", hasItem("Jarl Wennerberg")).body("mergedIds.size()", equalTo(0));
    }

    @Test
    void articlesOfAnEntityComeNewestFirstAcrossPages() {
        JsonPath first = given().queryParam("limit", 2).get("/entities/{id}/articles", jarl).then().statusCode(200)
                .body("totalCount", equalTo(3)).extract().jsonPath();
        JsonPath second = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/entities/{id}/articles", jarl).then().statusCode(200).extract().jsonPath();
        assertNull(second.get("nextCursor"));
        List<String> ids = new ArrayList<>(first.getList("items.articleId"));
        ids.addAll(second.getList("items.articleId"));
        assertEquals(List.of(logistics.get(1).id().toString(), logistics.get(2).id().toString(), logistics.get(0).id().toString()), ids);
        assertEquals("2024-07-04T09:00:00Z", first.getString("items[0].publishedAt"));
        assertEquals(1, first.getInt("items[0].mentionCount"));

        // the same first pages for several entities in one call, in the requested order
        JsonPath batch = given().queryParam("ids", ragna + "," + jarl).queryParam("limit", 2).get("/entities/articles")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ragna.toString(), jarl.toString()), batch.getList("items.entityId"));
        assertEquals(2, batch.getInt("items[0].page.totalCount"));
        assertNull(batch.get("items[0].page.nextCursor"));
        assertEquals(first.getList("items.articleId"), batch.getList("items[1].page.items.articleId"));
        assertEquals(first.getString("nextCursor"), batch.getString("items[1].page.nextCursor"));
    }

    @Test
    void articlesMentioningAllGivenEntities() {
        given().queryParam("entities", jarl + "," + ragna).get("/articles/mentioning").then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.articleId", equalTo(List.of(logistics.get(2).id().toString(), logistics.get(0).id().toString())))
                .body("items[0].mentionCount", equalTo(2));
        given().queryParam("entities", skarholm + "," + ragna).queryParam("limit", 1).get("/articles/mentioning").then()
                .statusCode(200).body("totalCount", equalTo(1)).body("nextCursor", equalTo(null));

        // two entities across pages: the same articles, each once, with the shared article's lowest salience
        JsonPath page1 = given().queryParam("entities", ragna + "," + jarl).queryParam("limit", 1).get("/articles/mentioning")
                .then().statusCode(200).body("totalCount", equalTo(2)).extract().jsonPath();
        assertEquals(List.of(logistics.get(2).id().toString()), page1.getList("items.articleId"));
        JsonPath page2 = given().queryParam("entities", ragna + "," + jarl).queryParam("limit", 1)
                .queryParam("cursor", page1.getString("nextCursor")).get("/articles/mentioning").then().statusCode(200)
                .body("totalCount", equalTo(2)).extract().jsonPath();
        assertEquals(List.of(logistics.get(0).id().toString()), page2.getList("items.articleId"));
        assertNull(page2.get("nextCursor"));
        List<Float> shared = given().queryParam("ids", logistics.get(2).id().toString()).get("/articles/entities").jsonPath()
                .getList("items[0].entities.findAll { it.entity.id == '" + jarl + "' || it.entity.id == '" + ragna + "' }.salience");
        assertEquals(2, shared.size());
        assertEquals(Math.min(shared.get(0), shared.get(1)), page1.getFloat("items[0].salience"), 1e-6);

        // one entity: the same pages, cursors and total as the entity's own list
        JsonPath own = given().queryParam("limit", 2).get("/entities/{id}/articles", jarl).jsonPath();
        JsonPath first = given().queryParam("entities", jarl.toString()).queryParam("limit", 2).get("/articles/mentioning")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(own.getList("items"), first.getList("items"));
        assertEquals(own.getString("nextCursor"), first.getString("nextCursor"));
        assertEquals(3, first.getInt("totalCount"));
        JsonPath rest = given().queryParam("entities", jarl.toString()).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor")).get("/articles/mentioning").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(logistics.get(0).id().toString()), rest.getList("items.articleId"));
        assertNull(rest.get("nextCursor"));
    }

    @Test
    void listingsReadBackwardAreTheirForwardPagesReversed() {
        for (String orderBy : List.of("MENTIONS", "NAME")) {
            List<Object> forward = pages(orderBy).stream().map(e -> e.get("id")).toList();
            for (int limit : List.of(2, 4, 6, 10)) {
                Map<String, Object> list = Map.of("name", "Ottoline", "type", "PERSON", "orderBy", orderBy, "limit", limit);
                assertEquals(forward, backwardFromTheEnd(list, "/entities", "items.id"), orderBy + " by " + limit);
            }
        }
        JsonPath whole = given().queryParam("name", "Ottoline").queryParam("limit", 6).queryParam("last", true).get("/entities")
                .then().statusCode(200).extract().jsonPath();
        assertNull(whole.get("previousCursor"), "exactly one page starts at the list start");
        assertNull(whole.get("nextCursor"), "a read from the end has nothing after it");
        given().queryParam("name", "Ottoline").queryParam("type", "LOCATION").queryParam("last", true).get("/entities").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("previousCursor", equalTo(null)).body("totalCount", equalTo(0));
    }

    @Test
    void articleListsReadBackward() {
        List<String> newestFirst = List.of(logistics.get(1).id().toString(), logistics.get(2).id().toString(), logistics.get(0).id().toString());
        for (int limit : List.of(1, 2, 3, 5)) {
            assertEquals(newestFirst, backwardFromTheEnd(Map.of("limit", limit), "/entities/" + jarl + "/articles", "items.articleId"));
            assertEquals(newestFirst.subList(1, 3), backwardFromTheEnd(Map.of("limit", limit, "entities", jarl + "," + ragna),
                    "/articles/mentioning", "items.articleId"));
        }
        given().queryParam("entities", jarl + "," + UUID.randomUUID()).queryParam("last", true).get("/articles/mentioning").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("previousCursor", equalTo(null)).body("totalCount", equalTo(0));
        // before the cursor of the list's last item: that item and the ones before it; after it: nothing
        String lastItem = Cursor.encode("A", "2024-07-02T09:00:00Z", logistics.get(0).id().toString());
        JsonPath upToLast = given().queryParam("limit", 2).queryParam("before", lastItem).get("/entities/{id}/articles", jarl)
                .then().statusCode(200).body("totalCount", equalTo(3)).extract().jsonPath();
        assertEquals(newestFirst.subList(1, 3), upToLast.getList("items.articleId"));
        assertEquals(lastItem, upToLast.getString("nextCursor"));
        JsonPath forwardFromPrevious = given().queryParam("cursor", upToLast.getString("previousCursor")).get("/entities/{id}/articles", jarl)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(newestFirst.subList(1, 3), forwardFromPrevious.getList("items.articleId"), "a previous cursor works forward too");
        given().queryParam("cursor", lastItem).get("/entities/{id}/articles", jarl).then().statusCode(200).body("items.size()", equalTo(0));

        // the last pages of several entities in one call, like their own backward reads
        JsonPath own = given().queryParam("limit", 2).queryParam("last", true).get("/entities/{id}/articles", jarl).jsonPath();
        JsonPath batch = given().queryParam("ids", ragna + "," + jarl).queryParam("limit", 2).queryParam("last", true)
                .get("/entities/articles").then().statusCode(200).extract().jsonPath();
        assertEquals(own.getList("items"), batch.getList("items[1].page.items"));
        assertEquals(own.getString("previousCursor"), batch.getString("items[1].page.previousCursor"));
        assertEquals(newestFirst.subList(1, 3), batch.getList("items[0].page.items.articleId"));
        assertNull(batch.get("items[0].page.previousCursor"));
    }

    @Test
    void backwardReadsRefuseMixedDirectionsAndForeignCursors() {
        String nameCursor = given().queryParam("orderBy", "NAME").queryParam("limit", 1).get("/entities").jsonPath().getString("nextCursor");
        problem(given().queryParam("cursor", nameCursor).queryParam("before", nameCursor).get("/entities"), 400, "invalid-parameter");
        problem(given().queryParam("before", nameCursor).queryParam("last", true).get("/entities/{id}/articles", jarl), 400, "invalid-parameter");
        problem(given().queryParam("before", nameCursor).get("/entities"), 400, "invalid-cursor");
        problem(given().queryParam("before", nameCursor).get("/entities/{id}/articles", jarl), 400, "invalid-cursor");
        problem(given().queryParam("entities", jarl + "," + ragna).queryParam("before", "garbage").get("/articles/mentioning"), 400, "invalid-cursor");
        problem(given().queryParam("ids", jarl.toString()).queryParam("last", "soon").get("/entities/articles"), 400, "invalid-parameter");
    }

    /** Reads a list from its end back to its start, {@code before} each page's previous cursor: the items in list order. */
    private static List<Object> backwardFromTheEnd(Map<String, ?> parameters, String path, String items) {
        JsonPath page = given().queryParams(parameters).queryParam("last", true).get(path).then().statusCode(200).extract().jsonPath();
        List<Object> all = new ArrayList<>(page.getList(items));
        while (page.getString("previousCursor") != null) {
            page = given().queryParams(parameters).queryParam("before", page.getString("previousCursor")).get(path)
                    .then().statusCode(200).extract().jsonPath();
            all.addAll(0, page.getList(items));
        }
        return all;
    }

    @Test
    void articleEntitiesComeBySalienceWithTheirMentionsForManyArticles() {
        UUID unknown = UUID.randomUUID();
        JsonPath json = given().queryParam("ids", logistics.get(0).id() + "," + unknown + "," + council.id())
                .get("/articles/entities").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(logistics.get(0).id().toString(), unknown.toString(), council.id().toString()),
                json.getList("items.articleId"));
        assertEquals(0, json.getList("items[1].entities").size());
        List<Float> salience = json.getList("items[2].entities.salience");
        assertEquals(salience.stream().sorted(Comparator.reverseOrder()).toList(), salience);
        assertEquals("Ottoline Aberg", json.getString("items[2].entities[0].entity.name"));
        assertEquals(3, json.getInt("items[2].entities[0].mentionCount"));
        assertEquals(3, json.getList("items[2].entities[0].mentions").size());

        given().queryParam("ids", logistics.get(0).id().toString()).queryParam("type", "ORGANIZATION").get("/articles/entities")
                .then().statusCode(200).body("items[0].entities.entity.name", equalTo(List.of("Skarholm Logistics")));
        given().queryParam("ids", council.id().toString()).queryParam("limit", 2).get("/articles/entities")
                .then().statusCode(200).body("items[0].entities.size()", equalTo(2));
    }

    @Test
    void articleEntitiesWithoutMentionsLeaveOnlyTheMentionsOut() {
        JsonPath full = given().queryParam("ids", council.id().toString()).get("/articles/entities").jsonPath();
        JsonPath lean = given().queryParam("ids", council.id().toString()).queryParam("mentions", "false")
                .get("/articles/entities").then().statusCode(200).extract().jsonPath();
        assertEquals(full.getList("items[0].entities.entity.name"), lean.getList("items[0].entities.entity.name"));
        assertEquals(full.getList("items[0].entities.mentionCount"), lean.getList("items[0].entities.mentionCount"));
        assertEquals(3, full.getList("items[0].entities[0].mentions").size());
        assertFalse(lean.getMap("items[0].entities[0]").containsKey("mentions"), "mentions=false leaves the member out");
        problem(given().queryParam("ids", council.id().toString()).queryParam("mentions", "no").get("/articles/entities"),
                400, "invalid-parameter");
    }

    @Test
    void relatedEntitiesAndArticlesCountSharedArticles() {
        given().get("/entities/{id}/related", jarl).then().statusCode(200)
                .body("items.find { it.entity.id == '" + ragna + "' }.articleCount", equalTo(2))
                .body("items.find { it.entity.id == '" + skarholm + "' }.articleCount", equalTo(2));
        given().queryParam("ids", skarholm + "," + jarl).queryParam("limit", 1).get("/entities/related").then().statusCode(200)
                .body("items.entityId", equalTo(List.of(skarholm.toString(), jarl.toString())))
                .body("items[0].related.size()", equalTo(1))
                .body("items[0].related[0].entity.id", equalTo(jarl.toString()));
        JsonPath related = given().queryParam("ids", logistics.get(0).id().toString()).get("/articles/related")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Integer> shared = IntStream.range(0, related.getList("items[0].related").size()).boxed()
                .collect(Collectors.toMap(i -> related.getString("items[0].related[" + i + "].articleId"),
                        i -> related.getInt("items[0].related[" + i + "].sharedCount")));
        assertTrue(shared.get(logistics.get(2).id().toString()) >= 2, shared.toString());
        assertTrue(shared.get(logistics.get(1).id().toString()) >= 2, shared.toString());
    }

    @Test
    void analysisStatusSingleAndBatch() {
        UUID unknown = UUID.randomUUID();
        given().get("/articles/{id}/analysis", council.id()).then().statusCode(200)
                .body("status", equalTo("DONE")).body("analyzedVersion", equalTo(1)).body("error", equalTo(null));
        given().queryParam("ids", council.id() + "," + unknown).get("/articles/analysis").then().statusCode(200)
                .body("items.articleId", equalTo(List.of(council.id().toString())))
                .body("missing", equalTo(List.of(unknown.toString())));
        given().get("/articles/{id}/analysis", unknown).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputsAreProblems() {
        problem(given().queryParam("limit", 0).get("/entities"), 400, "invalid-limit");
        problem(given().queryParam("limit", 101).get("/entities"), 400, "invalid-limit");
        problem(given().queryParam("cursor", "not-a-cursor").get("/entities"), 400, "invalid-cursor");
        String nameCursor = given().queryParam("orderBy", "NAME").queryParam("limit", 1).get("/entities").jsonPath().getString("nextCursor");
        problem(given().queryParam("cursor", nameCursor).get("/entities"), 400, "invalid-cursor");
        problem(given().queryParam("cursor", nameCursor).get("/entities/{id}/articles", jarl), 400, "invalid-cursor");
        problem(given().queryParam("type", "ALIEN").get("/entities"), 400, "invalid-type");
        problem(given().queryParam("orderBy", "SIZE").get("/entities"), 400, "invalid-orderby");
        problem(given().queryParam("match", "FUZZY").get("/entities"), 400, "match-without-name");
        problem(given().queryParam("name", "...").get("/entities"), 400, "invalid-name");
        problem(given().queryParam("ids", jarl.toString()).queryParam("type", "PERSON").get("/entities"), 400, "ids-only");
        problem(given().queryParam("ids", "nope").get("/entities"), 400, "invalid-id");
        String tooMany = IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining(","));
        problem(given().queryParam("ids", tooMany).get("/articles/entities"), 400, "too-many-ids");
        problem(given().get("/articles/entities"), 400, "missing-ids");
        problem(given().get("/entities/not-a-uuid"), 400, "invalid-id");
        problem(given().get("/entities/{id}", UUID.randomUUID()), 404, "not-found");
        problem(given().get("/entities/{id}/articles", UUID.randomUUID()), 404, "not-found");
        problem(given().get("/entities/{id}/related", UUID.randomUUID()), 404, "not-found");
        problem(given().queryParam("entities", jarl.toString()).queryParam("limit", 1001).get("/articles/mentioning"), 400, "invalid-limit");
    }

    @Test
    void fiveHundredIdsAreOneRequest() {
        List<String> ids = new ArrayList<>(IntStream.range(0, 499).mapToObj(i -> UUID.randomUUID().toString()).toList());
        ids.add(0, jarl.toString());
        given().queryParam("ids", String.join(",", ids)).get("/entities").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("missing.size()", equalTo(499));
    }

    private static void problem(io.restassured.response.Response response, int status, String slug) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", equalTo("https://newsgraph.dev/problems/" + slug));
    }

    private static List<Map<String, Object>> pages(String orderBy) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("name", "Ottoline").queryParam("type", "PERSON")
                    .queryParam("orderBy", orderBy).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/entities").then().statusCode(200).body("totalCount", equalTo(6)).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        return all;
    }

    private static UUID id(List<Map<String, Object>> entities, String name, String type) {
        return UUID.fromString((String) entity(entityIn(entities, name, type)
                .orElseThrow(() -> new AssertionError(name + " in " + entities))).get("id"));
    }
}

package dev.newsgraph.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The whole system: the packaged gateway over the real article and entity services on the real
 * PostgreSQL. The sample article goes in through a GraphQL mutation and its entities come out
 * through GraphQL queries, found by the recogniser and resolved by the entity service.
 */
@QuarkusIntegrationTest
@WithTestResource(RunningServices.class)
class EndToEndIT {

    @Test
    void sampleArticleEntitiesThroughGraphQL() throws IOException {
        String sample = Files.readString(Path.of("..", "samples", "kim-putin-summit.txt"));
        JsonPath ingested = graphql("""
                mutation Ingest($text: String!, $meta: ArticleMetaInput) {
                  ingestText(text: $text, meta: $meta) { duplicate article { id headline } userErrors { message } }
                }""", Map.of("text", sample, "meta", Map.of("source", "Newsgraph sample")), TestJwt.editor());
        assertThat(ingested.getList("data.ingestText.userErrors"), empty());
        String id = ingested.getString("data.ingestText.article.id");
        assertThat(ingested.getString("data.ingestText.article.headline"), startsWith("Historic Summit"));

        Awaitility.await("analysis of the sample").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "DONE".equals(graphql("query($id: ID!) { article(id: $id) { analysis { status } } }",
                        Map.of("id", id), null).getString("data.article.analysis.status")));

        JsonPath article = graphql("""
                query($id: ID!) { article(id: $id) { entities(first: 100) { mentionCount entity { id name type } } } }""",
                Map.of("id", id), null);
        List<Map<String, Object>> entities = article.getList("data.article.entities.entity");
        List<String> typed = entities.stream().map(e -> e.get("type") + ":" + e.get("name")).toList();
        assertThat(typed, hasItems("PERSON:Kim Jong Un", "PERSON:Vladimir Putin", "PERSON:Sergei Shoigu",
                "PERSON:Adrienne Watson", "LOCATION:Russia", "LOCATION:North Korea",
                "ORGANIZATION:National Security Council"));
        assertThat(typed, anyOf(hasItem("ORGANIZATION:The New York Times"), hasItem("ORGANIZATION:New York Times")));

        // "Putin" alone counts toward Vladimir Putin, and the entity leads back to the article
        String putinId = entities.stream().filter(e -> "Vladimir Putin".equals(e.get("name")))
                .map(e -> (String) e.get("id")).findFirst().orElseThrow();
        int putinMentions = sample.split("Putin", -1).length - 1;
        JsonPath putin = graphql("""
                query($id: ID!) { entity(id: $id) { mentionCount aliases articles(first: 5) { edges { node { id } } } } }""",
                Map.of("id", putinId), null);
        assertThat(putin.getInt("data.entity.mentionCount"), equalTo(putinMentions));
        assertThat(putin.getList("data.entity.aliases", String.class), hasItem("Putin"));
        assertThat(putin.getList("data.entity.articles.edges.node.id", String.class), contains(id));

        // full-text search across both services: the text query, restricted to articles that mention Putin
        JsonPath search = graphql("""
                query($who: ID!) { search(query: "Vladivostock", first: 5, filter: { mentions: [$who] }) {
                  edges { node { snippet article { id } } } } }""", Map.of("who", putinId), null);
        assertThat(search.getList("data.search.edges.node.article.id", String.class), contains(id));
        assertThat(search.getString("data.search.edges[0].node.snippet"), containsString("<mark>"));

        // the same lists read backward from their ends, through the services' backward reads
        JsonPath backward = graphql("""
                query($who: ID!) {
                  entity(id: $who) { articles(last: 5) { pageInfo { hasPreviousPage hasNextPage } edges { node { id } } } }
                  search(query: "Vladivostock", last: 5, filter: { mentions: [$who] }) { edges { node { article { id } } } } }""",
                Map.of("who", putinId), null);
        assertThat(backward.getList("data.entity.articles.edges.node.id", String.class), contains(id));
        assertThat(backward.getBoolean("data.entity.articles.pageInfo.hasPreviousPage"), equalTo(false));
        assertThat(backward.getBoolean("data.entity.articles.pageInfo.hasNextPage"), equalTo(false));
        assertThat(backward.getList("data.search.edges.node.article.id", String.class), contains(id));
    }

    private static JsonPath graphql(String query, Map<String, Object> variables, String bearer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (bearer != null) {
            request = request.header("Authorization", TestJwt.bearer(bearer));
        }
        JsonPath json = request.when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(json.get("errors"), nullValue());
        return json;
    }
}

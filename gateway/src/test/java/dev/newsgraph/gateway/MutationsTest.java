package dev.newsgraph.gateway;

import static dev.newsgraph.gateway.GraphQLRequests.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every mutation as an editor: the change, the user errors, and the token passed on to the service. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class MutationsTest {

    private static final String INGEST = """
            mutation($input: ArticleInput!) { ingestArticle(input: $input) {
              duplicate article { id headline source version } userErrors { field message code } } }""";

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    private static JsonPath asEditor(String mutation, Map<String, Object> variables) {
        return post(mutation, variables, TestJwt.editor()).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void ingestArticleCreatesThenReportsTheDuplicateAndForwardsTheToken() {
        String token = TestJwt.editor();
        Map<String, Object> input = Map.of("headline", "Talks resume in Geneva", "url", "https://news.example/geneva",
                "source", "Reuters", "sections", List.of(Map.of("paragraphs", List.of("Delegations met on Monday."))));
        JsonPath created = post(INGEST, Map.of("input", input), token).then().statusCode(200).extract().jsonPath();
        assertFalse(created.getBoolean("data.ingestArticle.duplicate"));
        assertEquals("Talks resume in Geneva", created.getString("data.ingestArticle.article.headline"));
        assertThat(created.getList("data.ingestArticle.userErrors"), empty());
        assertEquals("Bearer " + token, ServiceStubs.articleService().writeHeaders().get(0).get("authorization"));

        JsonPath again = asEditor(INGEST, Map.of("input", input));
        assertTrue(again.getBoolean("data.ingestArticle.duplicate"));
        assertEquals(created.getString("data.ingestArticle.article.id"), again.getString("data.ingestArticle.article.id"));
    }

    @Test
    void invalidArticleGivesUserErrorsAndChangesNothing() {
        int before = ServiceStubs.newsroom().articles.size();
        JsonPath json = asEditor(INGEST, Map.of("input", Map.of("headline", " ", "sections", List.of())));
        assertNull(json.get("data.ingestArticle.article"));
        assertEquals("input.headline", json.getString("data.ingestArticle.userErrors[0].field"));
        assertEquals("VALIDATION_FAILED", json.getString("data.ingestArticle.userErrors[0].code"));
        assertEquals("must not be blank", json.getString("data.ingestArticle.userErrors[0].message"));
        assertEquals(before, ServiceStubs.newsroom().articles.size());
    }

    @Test
    void ingestTextSendsPlainTextOrMarkdownWithMetadata() {
        JsonPath json = asEditor("""
                mutation { ingestText(text: "# Floods in Valencia\\n\\nRain fell all night.", format: MARKDOWN,
                    meta: { source: "AP", url: "https://news.example/valencia", tags: ["weather"] }) {
                  duplicate article { headline source tags } userErrors { message } } }""", Map.of());
        assertEquals("Floods in Valencia", json.getString("data.ingestText.article.headline"));
        assertEquals("AP", json.getString("data.ingestText.article.source"));
        assertThat(json.getList("data.ingestText.article.tags"), contains("weather"));
        Map<String, String> headers = ServiceStubs.articleService().writeHeaders().get(0);
        assertEquals("text/markdown", headers.get("content-type"));
        assertEquals(Map.of("url", "https://news.example/valencia", "source", "AP", "tags", "weather"),
                ServiceStubs.articleService().lastQuery("POST /articles"));
    }

    @Test
    void updateArticleChecksTheVersion() {
        String mutation = """
                mutation($input: UpdateArticleInput!) { updateArticle(input: $input) {
                  article { version headline } userErrors { field code message } } }""";
        String id = Newsroom.articleId(20);
        Map<String, Object> content = Map.of("headline", "Story number 20, updated", "sections", List.of(Map.of("paragraphs", List.of("New text."))));
        JsonPath updated = asEditor(mutation, Map.of("input", Map.of("id", id, "expectedVersion", 1, "article", content)));
        assertEquals(2, updated.getInt("data.updateArticle.article.version"));
        assertEquals("1", ServiceStubs.articleService().writeHeaders().get(0).get("if-match"));

        JsonPath stale = asEditor(mutation, Map.of("input", Map.of("id", id, "expectedVersion", 1, "article", content)));
        assertNull(stale.get("data.updateArticle.article"));
        assertEquals("VERSION_MISMATCH", stale.getString("data.updateArticle.userErrors[0].code"));

        JsonPath missing = asEditor(mutation, Map.of("input", Map.of("id", "00000000-0000-0000-0000-000000000009", "expectedVersion", 1, "article", content)));
        assertEquals("NOT_FOUND", missing.getString("data.updateArticle.userErrors[0].code"));
    }

    @Test
    void deleteArticle() {
        String id = Newsroom.articleId(59);
        JsonPath stale = asEditor("mutation($id: ID!) { deleteArticle(input: { id: $id, expectedVersion: 7 }) { deletedArticleId userErrors { code } } }",
                Map.of("id", id));
        assertEquals("VERSION_MISMATCH", stale.getString("data.deleteArticle.userErrors[0].code"));
        JsonPath deleted = asEditor("mutation($id: ID!) { deleteArticle(input: { id: $id }) { deletedArticleId userErrors { code } } }",
                Map.of("id", id));
        assertEquals(id, deleted.getString("data.deleteArticle.deletedArticleId"));
        assertNull(ServiceStubs.newsroom().article(id));
    }

    @Test
    void entityCorrections() {
        String id = Newsroom.entityId(6);
        JsonPath renamed = asEditor("mutation($id: ID!) { renameEntity(input: { id: $id, name: \"Berlin, Germany\" }) { entity { name aliases } userErrors { code } } }",
                Map.of("id", id));
        assertEquals("Berlin, Germany", renamed.getString("data.renameEntity.entity.name"));
        JsonPath typed = asEditor("mutation($id: ID!) { setEntityType(input: { id: $id, type: ORGANIZATION }) { entity { type } userErrors { code } } }",
                Map.of("id", id));
        assertEquals("ORGANIZATION", typed.getString("data.setEntityType.entity.type"));
        JsonPath aliased = asEditor("mutation($id: ID!) { addEntityAlias(input: { id: $id, alias: \"the German capital\" }) { entity { aliases } } }",
                Map.of("id", id));
        assertThat(aliased.getList("data.addEntityAlias.entity.aliases"), hasItem("the German capital"));
        JsonPath unaliased = asEditor("mutation($id: ID!) { removeEntityAlias(input: { id: $id, alias: \"the German capital\" }) { entity { aliases } } }",
                Map.of("id", id));
        assertThat(unaliased.getList("data.removeEntityAlias.entity.aliases"), not(hasItem("the German capital")));
        JsonPath blank = asEditor("mutation($id: ID!) { addEntityAlias(input: { id: $id, alias: \"\" }) { entity { id } userErrors { field code } } }",
                Map.of("id", id));
        assertEquals("input.alias", blank.getString("data.addEntityAlias.userErrors[0].field"));
        assertEquals(Map.of("name", "Berlin, Germany"), ServiceStubs.entityService().writeBodies().get(0));
    }

    @Test
    void mergeEntitiesReturnsTheSurvivorAndRefusesMergingIntoItself() {
        JsonPath itself = asEditor("mutation($id: ID!) { mergeEntities(sourceId: $id, targetId: $id) { entity { id } userErrors { code message } } }",
                Map.of("id", Newsroom.entityId(5)));
        assertEquals("MERGE_INTO_ITSELF", itself.getString("data.mergeEntities.userErrors[0].code"));
        JsonPath notAnId = asEditor("mutation { mergeEntities(sourceId: \"x\", targetId: \"y\") { userErrors { field } } }", Map.of());
        assertEquals("sourceId", notAnId.getString("data.mergeEntities.userErrors[0].field"));
        assertEquals(1, ServiceStubs.entityService().calls("POST /entities/{id}/merge"), "an id that is not one is refused without a call");
    }

    @Test
    void reanalyzeArticle() {
        JsonPath json = asEditor("mutation($id: ID!) { reanalyzeArticle(input: { articleId: $id }) { analysis { status } userErrors { code } } }",
                Map.of("id", Newsroom.articleId(3)));
        assertEquals("PENDING", json.getString("data.reanalyzeArticle.analysis.status"));
        assertEquals(1, ServiceStubs.entityService().calls("POST /articles/{id}/reanalyze"));
    }

    @Test
    void aWriteWithTheServiceDownIsAnUnavailableError() {
        ServiceStubs.entityService().stop();
        JsonPath json = asEditor("mutation($id: ID!) { reanalyzeArticle(input: { articleId: $id }) { analysis { status } } }",
                Map.of("id", Newsroom.articleId(3)));
        assertEquals("ENTITY_SERVICE_UNAVAILABLE", json.getString("errors[0].extensions.code"));
        assertThat(json.getList("errors[0].path"), contains("reanalyzeArticle"));
    }
}

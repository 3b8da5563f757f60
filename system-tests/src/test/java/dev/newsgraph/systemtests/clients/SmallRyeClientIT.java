package dev.newsgraph.systemtests.clients;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsgraph.commons.testing.TestJwt;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import jakarta.json.JsonObject;

/**
 * SmallRye GraphQL's own Java client, as internal integrations use it, against the gateway of the
 * client suite's stack: the typesafe client (an interface with {@code @Query} methods answering Java
 * records) and the dynamic client (a query with variables, and an editor's mutation with its token).
 */
@ExtendWith(ClientSuite.class)
class SmallRyeClientIT {

    @GraphQLClientApi
    interface Newsgraph {
        @Query("articles")
        ArticleConnection articles(@Name("first") Integer first);

        @Query("entity")
        Entity entity(@Name("id") @Id @NonNull String id);

        @Query("entities")
        EntityConnection entities(@Name("first") Integer first);
    }

    record ArticleConnection(Integer totalCount, List<ArticleEdge> edges, PageInfo pageInfo) {
    }

    record ArticleEdge(String cursor, Article node) {
    }

    record Article(String id, String headline, String text, int version, List<String> tags) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record EntityConnection(int totalCount, List<EntityEdge> edges) {
    }

    record EntityEdge(Entity node) {
    }

    enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }

    record Entity(String id, String name, EntityType type, List<String> aliases, int articleCount, int mentionCount) {
    }

    private static ClientSuite.Stack stack;
    private static DynamicGraphQLClient dynamic;

    @BeforeAll
    static void start(ClientSuite.Stack suiteStack) {
        stack = suiteStack;
        dynamic = DynamicGraphQLClientBuilder.newBuilder().url(stack.gatewayUrl() + "/graphql")
                .header("Authorization", TestJwt.bearer(stack.editorToken())).build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (dynamic != null) {
            dynamic.close();
        }
    }

    private static Newsgraph typesafe() {
        return TypesafeGraphQLClientBuilder.newBuilder().endpoint(stack.gatewayUrl() + "/graphql").build(Newsgraph.class);
    }

    @Test
    void typesafeClientReadsArticlesAsRecords() {
        ArticleConnection page = typesafe().articles(3);
        assertThat(page.edges(), hasSize(3));
        assertThat(page.totalCount(), greaterThanOrEqualTo(stack.articleIds().size()));
        assertThat(page.pageInfo().hasNextPage(), equalTo(true));
        assertThat(page.pageInfo().endCursor(), notNullValue());
        for (ArticleEdge edge : page.edges()) {
            assertThat(edge.node().headline(), not(equalTo("")));
            assertThat(edge.node().text(), org.hamcrest.Matchers.startsWith(edge.node().headline()));
            assertThat(edge.node().version(), greaterThanOrEqualTo(1));
        }
    }

    @Test
    void typesafeClientReadsAnEntityAsARecord() {
        Newsgraph api = typesafe();
        List<Entity> listed = api.entities(10).edges().stream().map(EntityEdge::node).toList();
        assertThat(listed, not(empty()));
        Entity top = listed.get(0);
        Entity entity = api.entity(top.id());
        assertThat(entity.id(), equalTo(top.id()));
        assertThat(entity.name(), equalTo(top.name()));
        assertThat(entity.type(), notNullValue());
        assertThat(entity.aliases(), hasItem(entity.name()));
        assertThat(entity.articleCount(), greaterThanOrEqualTo(1));
        assertThat(entity.mentionCount(), greaterThanOrEqualTo(entity.articleCount()));
        assertThat(listed.stream().map(Entity::articleCount).toList(), everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void dynamicClientQueriesWithVariablesAndMutatesWithTheEditorToken() throws Exception {
        Response people = dynamic.executeSync("""
                query People($first: Int) { entities(first: $first, filter: {type: PERSON}) { edges { node { id name type } } } }""",
                Map.of("first", 5));
        assertThat(String.valueOf(people.getErrors()), people.hasError(), equalTo(false));
        List<JsonObject> nodes = people.getData().getJsonObject("entities").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node")).toList();
        assertThat(nodes, not(empty()));
        assertThat(nodes.stream().map(n -> n.getString("type")).toList(), everyItem(equalTo("PERSON")));

        String id = nodes.get(0).getString("id");
        String alias = "SmallRye client alias " + System.nanoTime();
        Response added = dynamic.executeSync("""
                mutation Add($input: AddEntityAliasInput!) { addEntityAlias(input: $input) { entity { id aliases } userErrors { code message } } }""",
                Map.of("input", Map.of("id", id, "alias", alias)));
        assertThat(String.valueOf(added.getErrors()), added.hasError(), equalTo(false));
        JsonObject payload = added.getData().getJsonObject("addEntityAlias");
        assertThat(payload.getJsonArray("userErrors"), empty());
        assertThat(payload.getJsonObject("entity").getJsonArray("aliases").getValuesAs(jakarta.json.JsonString::getString), hasItem(alias));
        Response removed = dynamic.executeSync("""
                mutation Remove($input: RemoveEntityAliasInput!) { removeEntityAlias(input: $input) { userErrors { code message } } }""",
                Map.of("input", Map.of("id", id, "alias", alias)));
        assertThat(String.valueOf(removed.getErrors()), removed.hasError(), equalTo(false));
    }
}

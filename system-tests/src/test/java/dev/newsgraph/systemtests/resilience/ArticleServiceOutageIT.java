package dev.newsgraph.systemtests.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.InternalDetails;
import dev.newsgraph.systemtests.NewsgraphStack;

/**
 * The article service stops while the rest of the system runs. The gateway keeps answering with what
 * the entity service knows, nulls only the article fields with {@code ARTICLE_SERVICE_UNAVAILABLE}
 * errors and leaks nothing; an ingest through it fails with the same code. The entity service stays
 * ready, backs off exponentially (its log shows the pauses doubling up to the configured maximum)
 * and, once the article service is back on the same port, catches up: articles ingested after the
 * restart are analysed and reach GraphQL.
 */
class ArticleServiceOutageIT {

    private static final int ARTICLES = 12;
    private static final List<Duration> BACKOFF = List.of(Duration.ofMillis(200), Duration.ofMillis(400),
            Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofSeconds(2));
    private static final Pattern PAUSE = Pattern.compile("Change feed paused for (PT[0-9.]+S)");
    private static final String ENTITIES_WITH_ARTICLES = """
            { entities(first: 5) { totalCount edges { node { id name articleCount
                articles(first: 3) { edges { node { id headline } } } } } } }""";

    private static NewsgraphStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = NewsgraphStack.onFreshDatabases("newsgraph_resilience_outage")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_OUTAGE_BACKOFF_INITIAL", BACKOFF.get(0).toString())
                .entityEnv("NEWSGRAPH_ENTITY_FEED_OUTAGE_BACKOFF_MAX", BACKOFF.get(BACKOFF.size() - 1).toString())
                .start("outage");
        new ArticleIngest(stack.article().url()).batch(0, ARTICLES);
        awaitAnalysed(ARTICLES);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void gatewayAnswersPartiallyAndTheEntityServiceBacksOffThenCatchesUp() throws Exception {
        GraphQLCall before = graphql(ENTITIES_WITH_ARTICLES);
        assertThat(before.json().get("errors"), nullValue());
        List<Object> headlines = flat(before.json().getList("data.entities.edges.node.articles.edges.node.headline"));
        assertThat(headlines, not(empty()));
        assertThat(headlines, everyItem(notNullValue()));

        ServiceProcess article = stack.article();
        ServiceProcess entity = stack.entity();
        long logBeforeOutage = Files.size(entity.log());
        article.close();

        // entity data still comes back; only the article fields are null, each with a coded error and its path
        GraphQLCall partial = graphql(ENTITIES_WITH_ARTICLES);
        assertThat(partial.status(), equalTo(200));
        assertThat(InternalDetails.in(partial.body()), empty());
        List<String> names = partial.json().getList("data.entities.edges.node.name", String.class);
        assertThat(names, hasSize(5));
        assertThat(names, everyItem(notNullValue()));
        assertThat(partial.json().getList("data.entities.edges.node.articleCount", Integer.class), everyItem(greaterThanOrEqualTo(1)));
        List<Object> nodes = flat(partial.json().getList("data.entities.edges.node.articles.edges.node"));
        assertThat(nodes, hasSize(headlines.size()));
        assertThat(nodes, everyItem(nullValue()));
        List<Map<String, Object>> errors = partial.json().getList("errors");
        assertThat("one error per missing article", errors, hasSize(nodes.size()));
        assertThat(partial.json().getList("errors.extensions.code", String.class), everyItem(equalTo("ARTICLE_SERVICE_UNAVAILABLE")));
        for (Map<String, Object> error : errors) {
            assertThat(String.valueOf(error.get("path")), startsWith("[entities, edges, "));
        }

        GraphQLCall articles = graphql("{ articles(first: 3) { totalCount edges { node { headline } } } }");
        assertThat(articles.json().get("data.articles"), nullValue());
        assertThat(articles.json().getList("errors.extensions.code", String.class), contains("ARTICLE_SERVICE_UNAVAILABLE"));
        assertThat(InternalDetails.in(articles.body()), empty());

        GraphQLCall ingest = asEditor("""
                mutation { ingestText(text: "Outage\\n\\nAngela Merkel visited Lisbon during the outage.") {
                  duplicate article { id } userErrors { code message } } }""");
        assertThat(ingest.json().get("data.ingestText"), nullValue());
        assertThat(ingest.json().getList("errors.extensions.code", String.class), contains("ARTICLE_SERVICE_UNAVAILABLE"));
        assertThat(InternalDetails.in(ingest.body()), empty());

        // the entity service backs off, doubling its pause up to the maximum, and keeps serving reads
        Awaitility.await("back-off up to its maximum").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> pausesSince(entity.log(), logBeforeOutage).size() >= BACKOFF.size());
        assertThat(pausesSince(entity.log(), logBeforeOutage).subList(0, BACKOFF.size()), equalTo(BACKOFF));
        given().baseUri(entity.url()).when().get("/q/health/ready").then().statusCode(200);
        given().baseUri(entity.url()).when().get("/entities?limit=5").then().statusCode(200).body("items", hasSize(5));

        // back on the same port: articles ingested now are analysed and reach GraphQL with their entities
        article.restart().awaitReady();
        List<String> after = new ArticleIngest(article.url()).batch(ARTICLES, ARTICLES + 3);
        awaitAnalysed(ARTICLES + 3);
        assertThat(logSince(entity.log(), logBeforeOutage), containsString("Article service answers again"));
        Awaitility.await("gateway serves articles again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    GraphQLCall recovered = graphql("query($id: ID!) { article(id: $id) { headline analysis { status } "
                            + "entities(first: 3) { entity { name } } } }", Map.of("id", after.get(2)));
                    assertThat(recovered.body(), recovered.json().get("errors"), nullValue());
                    assertThat(recovered.json().getString("data.article.analysis.status"), equalTo("DONE"));
                    assertThat(recovered.json().getList("data.article.entities"), not(empty()));
                });
    }

    private static GraphQLCall graphql(String query) {
        return graphql(query, Map.of());
    }

    private static GraphQLCall graphql(String query, Map<String, Object> variables) {
        return GraphQLCall.post(stack.gateway().url(), query, variables, null);
    }

    private static GraphQLCall asEditor(String mutation) {
        return GraphQLCall.post(stack.gateway().url(), mutation, Map.of(), TestJwt.editor());
    }

    /** The leaves of a list of lists, as a JSON path through two connections answers them. */
    private static List<Object> flat(List<?> nested) {
        List<Object> leaves = new ArrayList<>();
        nested.forEach(item -> {
            if (item instanceof List<?> list) {
                leaves.addAll(flat(list));
            } else {
                leaves.add(item);
            }
        });
        return leaves;
    }

    private static void awaitAnalysed(int articles) {
        Awaitility.await(articles + " articles analysed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> stack.entityDb().number("SELECT count(*) FROM article_analysis WHERE status = 'DONE'") == articles);
    }

    private static List<Duration> pausesSince(Path log, long offset) throws IOException {
        Matcher m = PAUSE.matcher(logSince(log, offset));
        List<Duration> pauses = new ArrayList<>();
        while (m.find()) {
            pauses.add(Duration.parse(m.group(1)));
        }
        return pauses;
    }

    private static String logSince(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }
}

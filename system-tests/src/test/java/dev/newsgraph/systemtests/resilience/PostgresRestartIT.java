package dev.newsgraph.systemtests.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.systemtests.InternalDetails;
import dev.newsgraph.systemtests.NewsgraphStack;
import dev.newsgraph.systemtests.resilience.IngestLoad.Outcome;
import io.restassured.path.json.JsonPath;

/**
 * PostgreSQL restarts (fast shutdown, then a start on the same data and port) while editors keep
 * ingesting. The services recover by themselves, with no restart: both report not-ready while the
 * database is away and ready again after it (and {@code newsgraph_database_up} 0, then 1), and then
 * serve requests.
 *
 * <p>No acknowledged request is lost: every ingest answered 2xx is stored afterwards. A request the
 * services could not serve got an answer, not a hang: 503 {@code database-unavailable} (problem+json,
 * nothing internal), which tells the client to retry. Every stored article is analysed soon after,
 * well before the claim lease (2 minutes) of an analysis the outage cut off would end, and the entity
 * database is consistent afterwards ({@link EntityStoreConsistency}).
 */
class PostgresRestartIT {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static OwnPostgres postgres;
    private static NewsgraphStack stack;

    @BeforeAll
    static void start() throws Exception {
        postgres = OwnPostgres.startFresh("resilience-pgdata");
        stack = NewsgraphStack.on(postgres.createDatabase("resilience_article"), postgres.createDatabase("resilience_entity"))
                .entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_OUTAGE_BACKOFF_INITIAL", "200ms")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_OUTAGE_BACKOFF_MAX", "2s")
                .withoutGateway().start("pgrestart");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void servicesRecoverByThemselvesAndNoAcknowledgedIngestIsLost() throws Exception {
        ServiceProcess article = stack.article();
        ServiceProcess entity = stack.entity();
        List<Outcome> outcomes;
        long down;
        long up;
        long ready;
        try (IngestLoad load = IngestLoad.start(new ArticleIngest(article.url()), 0, 3, REQUEST_TIMEOUT, 2000,
                Duration.ofMinutes(4))) {
            Awaitility.await("ingest under way").atMost(Duration.ofMinutes(1)).until(() -> load.acknowledged() >= 20);

            down = System.nanoTime();
            postgres.stop();
            Awaitility.await("the outage noticed").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !ready(article) && !ready(entity) && load.refusedSince(down) >= 5);
            Awaitility.await("the outage reported as newsgraph_database_up 0").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(100)).until(() -> databaseUp(article) == 0 && databaseUp(entity) == 0);

            up = System.nanoTime();
            postgres.start();
            Awaitility.await("ready again without a restart").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> ready(article) && ready(entity));
            assertThat("newsgraph_database_up once ready", List.of(databaseUp(article), databaseUp(entity)), equalTo(List.of(1.0, 1.0)));
            ready = System.nanoTime();
            long acknowledgedWhenReady = load.acknowledged();
            Awaitility.await("ingest acknowledged again").atMost(Duration.ofMinutes(1))
                    .until(() -> load.acknowledged() >= acknowledgedWhenReady + 20);
            outcomes = load.stop();
        }
        assertThat("the services were not restarted", article.isAlive() && entity.isAlive(), equalTo(true));

        // every request got an answer in time: an acknowledgement, or a 503 problem that invites a retry, without internals
        assertThat(outcomes.stream().filter(o -> o.failure() != null).map(Outcome::failure).toList(), empty());
        List<Outcome> refused = outcomes.stream().filter(o -> !o.acknowledged()).toList();
        for (Outcome o : refused) {
            assertThat(o.body(), o.status(), equalTo(503));
            assertThat(o.body(), o.contentType(), startsWith("application/problem+json"));
            assertThat(o.body(), problemType(o.body()), equalTo("https://newsgraph.dev/problems/database-unavailable"));
            assertThat(o.body(), InternalDetails.in(o.body()), empty());
        }
        assertThat("slowest answer, ms", outcomes.stream().mapToLong(Outcome::millis).max().orElse(0),
                lessThan(REQUEST_TIMEOUT.toMillis()));

        // every acknowledged article is stored, and every stored article (acknowledged or not) gets analysed
        List<String> acknowledged = outcomes.stream().filter(Outcome::acknowledged).map(Outcome::articleId).toList();
        assertThat(missingArticles(article, acknowledged), empty());
        long stored = stack.articleDb().number("SELECT count(*) FROM article");
        // well within the 2-minute claim lease: an article whose analysis the outage cut off must not wait for its lease to end
        Awaitility.await("every stored article analysed").atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.entityDb().number("SELECT count(*) FROM article_analysis WHERE status = 'DONE'") == stored);
        assertThat(EntityStoreConsistency.violations(stack.entityDb()), empty());

        Map<String, Long> refusals = new TreeMap<>(refused.stream().collect(Collectors.groupingBy(
                o -> o.status() + " " + problemType(o.body()), Collectors.counting())));
        System.out.printf("[resilience] pgrestart: %d requests, %d acknowledged (%d stored), refused %s; PostgreSQL down %.1f s, "
                + "services ready %.1f s after it was back; slowest answer %d ms%n", outcomes.size(), acknowledged.size(), stored,
                refusals, (up - down) / 1e9, (ready - up) / 1e9, outcomes.stream().mapToLong(Outcome::millis).max().orElse(0));
    }

    private static String problemType(String problem) {
        return JsonPath.from(problem).getString("type");
    }

    private static boolean ready(ServiceProcess service) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** The service's {@code newsgraph_database_up} as Prometheus scrapes it. */
    private static double databaseUp(ServiceProcess service) {
        String metrics = given().baseUri(service.url()).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^newsgraph_database_up (\\S+)").matcher(metrics);
        assertThat("newsgraph_database_up exposed", sample.find(), equalTo(true));
        return Double.parseDouble(sample.group(1));
    }

    private static List<String> missingArticles(ServiceProcess article, List<String> ids) {
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            String batch = String.join(",", ids.subList(from, Math.min(ids.size(), from + 500)));
            missing.addAll(given().baseUri(article.url()).queryParam("ids", batch).when().get("/articles")
                    .then().statusCode(200).extract().jsonPath().getList("missing", String.class));
        }
        return missing;
    }
}

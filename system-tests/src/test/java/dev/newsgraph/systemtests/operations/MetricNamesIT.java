package dev.newsgraph.systemtests.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.NewsgraphStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The Grafana dashboard and the alerting rules shipped in deploy/ read only metrics the services
 * really expose: every metric name in their PromQL is in the {@code /q/metrics} of a running stack that
 * has ingested, analysed and answered a query (with an error), so every lazily created meter exists.
 * Names Prometheus or kube-state-metrics make ({@code up}, {@code kube_*}) are not the services' to expose.
 */
class MetricNamesIT {

    private static final Path MONITORING = Path.of("..", "deploy", "kubernetes", "overlays", "production", "monitoring")
            .toAbsolutePath().normalize();
    private static final Pattern EXPOSED = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");
    private static final String QUERY = "query Names { articles(first: 1) { edges { node { headline entities(first: 3) { entity { name } } } } } }";

    private static NewsgraphStack stack;

    @BeforeAll
    static void start() {
        stack = NewsgraphStack.onFreshDatabases("newsgraph_operations_metrics").entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms")
                .start("metrics");
        given().baseUri(stack.article().url()).header("Authorization", TestJwt.bearer(TestJwt.editor())).contentType(ContentType.JSON)
                .body(Map.of("headline", "Scholz visits Warsaw", "source", "Metrics Wire", "publishedAt", "2024-03-05T09:00:00Z",
                        "sections", List.of(Map.of("paragraphs", List.of("Olaf Scholz met Donald Tusk in Warsaw on Monday.")))))
                .post("/articles").then().statusCode(201);
        Awaitility.await("the article analysed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> !JsonPath.from(graphql(QUERY)).getList("data.articles.edges[0].node.entities").isEmpty());
        graphql("{ article(id: \"not-an-id\") { id } }");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theDashboardReadsOnlyExposedMetrics() throws Exception {
        List<String> expressions = JsonPath.from(MONITORING.resolve("newsgraph-dashboard.json").toFile())
                .getList("panels.findAll { it.targets != null }.targets.flatten().expr", String.class);
        assertThat(expressions, not(empty()));
        assertThat(missing(expressions), equalTo(Set.of()));
    }

    @Test
    void theAlertsReadOnlyExposedMetrics() throws Exception {
        List<String> expressions = alertExpressions(Files.readAllLines(MONITORING.resolve("alerts.yaml")));
        assertThat(expressions, not(empty()));
        assertThat(missing(expressions), equalTo(Set.of()));
    }

    private static Set<String> missing(List<String> expressions) throws IOException, InterruptedException {
        Set<String> exposed = exposed();
        Set<String> missing = new TreeSet<>();
        for (String expression : expressions) {
            for (String name : PromQLMetricNames.of(expression)) {
                if (!name.equals("up") && !name.startsWith("kube_") && !exposed.contains(name)) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    private static Set<String> exposed() throws IOException, InterruptedException {
        Set<String> names = new TreeSet<>();
        for (ServiceProcess service : List.of(stack.gateway(), stack.article(), stack.entity())) {
            String body = given().baseUri(service.url()).get("/q/metrics").then().statusCode(200).extract().asString();
            Matcher name = EXPOSED.matcher(body);
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /** The {@code expr:} values of a rule file, block scalars ({@code expr: |}) included. */
    private static List<String> alertExpressions(List<String> lines) {
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf("expr:");
            if (at < 0 || line.substring(0, at).strip().length() > 0) {
                continue;
            }
            String value = line.substring(at + "expr:".length()).strip();
            if (!value.equals("|")) {
                expressions.add(value);
                continue;
            }
            StringBuilder block = new StringBuilder();
            while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || indent(lines.get(i + 1)) > at)) {
                block.append(lines.get(++i).strip()).append('\n');
            }
            expressions.add(block.toString());
        }
        return expressions;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static String graphql(String query) {
        return given().baseUri(stack.gateway().url()).contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then()
                .statusCode(200).extract().asString();
    }
}

package dev.newsgraph.systemtests.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.NewsgraphStack;
import dev.newsgraph.systemtests.operations.OtlpTraceReceiver.ReceivedSpan;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * One GraphQL query over both services is one trace: all three services export their spans to an
 * OTLP receiver of the test's own, and the spans of the query connect through {@code traceparent}
 * from the gateway's server span (named after the operation) through its REST client spans to the
 * article and entity services' server spans and on to their JDBC statements. The entity service's own
 * calls to the article service (feed and text) carry the trace on as well, and the gateway's operation
 * histogram links its buckets to traces (exemplars).
 */
class TraceIT {

    private static final String GATEWAY = "gateway";
    private static final String ARTICLE = "article-service";
    private static final String ENTITY = "entity-service";
    private static final String QUERY = """
            query TraceProbe { articles(first: 1) { edges { node { headline
                entities(first: 3) { entity { name } } } } } }""";
    /** The client's own trace context; the gateway continues the trace it names. */
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";

    private static OtlpTraceReceiver receiver;
    private static NewsgraphStack stack;

    @BeforeAll
    static void start() throws Exception {
        receiver = new OtlpTraceReceiver();
        NewsgraphStack.Builder builder = NewsgraphStack.onFreshDatabases("newsgraph_operations_trace")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms");
        for (Map.Entry<String, String> setting : Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms").entrySet()) {
            builder.articleEnv(setting.getKey(), setting.getValue()).entityEnv(setting.getKey(), setting.getValue())
                    .gatewayEnv(setting.getKey(), setting.getValue());
        }
        stack = builder.start("trace");
        given().baseUri(stack.article().url()).header("Authorization", TestJwt.bearer(TestJwt.editor())).contentType(ContentType.JSON)
                .body(Map.of("headline", "Lula meets Macron in Paris", "source", "Trace Wire", "publishedAt", "2024-03-05T09:00:00Z",
                        "sections", List.of(Map.of("paragraphs", List.of(
                                "Luiz Inacio Lula da Silva met Emmanuel Macron in Paris on Tuesday. Lula and Macron spoke about trade.")))))
                .post("/articles").then().statusCode(201);
        Awaitility.await("the article analysed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> !JsonPath.from(graphql(QUERY, null)).getList("data.articles.edges[0].node.entities").isEmpty());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void oneQueryOverBothServicesIsOneConnectedTrace() {
        String answer = graphql(QUERY, "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01");
        assertThat(answer, JsonPath.from(answer).get("errors"), nullValue());

        Awaitility.await("spans of the query from all three services").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    List<ReceivedSpan> trace = receiver.spans().stream().filter(s -> hex(s.span().getTraceId()).equals(TRACE_ID)).toList();
                    ReceivedSpan server = only(trace, s -> s.service().equals(GATEWAY) && s.span().getKind() == SpanKind.SPAN_KIND_SERVER);
                    assertThat(server.span().getName(), equalTo("graphql query TraceProbe"));
                    assertThat(attribute(server.span(), "graphql.operation.name"), equalTo(Optional.of("TraceProbe")));
                    assertThat(attribute(server.span(), "graphql.operation.type"), equalTo(Optional.of("query")));
                    assertThat("the client's span is the gateway's parent", hex(server.span().getParentSpanId()), equalTo(CLIENT_SPAN_ID));

                    for (String service : List.of(ARTICLE, ENTITY)) {
                        List<ReceivedSpan> servers = trace.stream()
                                .filter(s -> s.service().equals(service) && s.span().getKind() == SpanKind.SPAN_KIND_SERVER).toList();
                        assertThat(service + " served the query", servers, not(empty()));
                        for (ReceivedSpan served : servers) {
                            ReceivedSpan caller = parent(trace, served)
                                    .orElseThrow(() -> new AssertionError(service + " span " + served.span().getName() + " has no parent in the trace"));
                            assertThat(caller.service(), equalTo(GATEWAY));
                            assertThat(caller.span().getKind(), equalTo(SpanKind.SPAN_KIND_CLIENT));
                            assertThat("the gateway's client span descends from its server span", descendsFrom(trace, caller, server), equalTo(true));
                        }
                    }
                    List<String> statements = trace.stream()
                            .filter(s -> s.service().equals(ARTICLE)
                                    && (attribute(s.span(), "db.system").isPresent() || attribute(s.span(), "db.system.name").isPresent()))
                            .filter(s -> descendsFrom(trace, s, server)).map(s -> s.span().getName()).toList();
                    assertThat("JDBC statements of the article service, named by their kind", statements, hasItem(matchesPattern("SELECT .+")));
                });
    }

    @Test
    void theEntityServicesCallsToTheArticleServiceCarryTheirTrace() {
        Awaitility.await("an entity-service client span continued by the article service").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    List<ReceivedSpan> spans = receiver.spans();
                    List<String> continued = spans.stream()
                            .filter(s -> s.service().equals(ARTICLE) && s.span().getKind() == SpanKind.SPAN_KIND_SERVER)
                            .flatMap(s -> parent(spans, s).stream())
                            .filter(p -> p.service().equals(ENTITY) && p.span().getKind() == SpanKind.SPAN_KIND_CLIENT)
                            .map(p -> p.span().getName()).toList();
                    assertThat(continued, hasItem(matchesPattern("GET .*")));
                });
    }

    @Test
    void theOperationHistogramCarriesTraceIdsAsExemplars() {
        String openMetrics = given().baseUri(stack.gateway().url()).accept("application/openmetrics-text; version=1.0.0; charset=utf-8")
                .get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(openMetrics, matchesPattern(
                "(?s).*\\nnewsgraph_graphql_operations_seconds_bucket\\{[^}]*operation=\"TraceProbe\"[^}]*} \\S+ # \\{[^}]*trace_id=\"[0-9a-f]{32}\".*"));
    }

    private static String graphql(String query, String traceparent) {
        var request = given().baseUri(stack.gateway().url()).contentType(ContentType.JSON).body(Map.of("query", query));
        if (traceparent != null) {
            request = request.header("traceparent", traceparent);
        }
        return request.post("/graphql").then().statusCode(200).extract().asString();
    }

    private static ReceivedSpan only(List<ReceivedSpan> spans, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = spans.stream().filter(which).toList();
        assertThat("exactly one such span among " + names(spans), found.size(), equalTo(1));
        return found.get(0);
    }

    private static Optional<ReceivedSpan> parent(List<ReceivedSpan> spans, ReceivedSpan child) {
        ByteString parentId = child.span().getParentSpanId();
        return spans.stream().filter(s -> s.span().getTraceId().equals(child.span().getTraceId()) && s.span().getSpanId().equals(parentId))
                .findFirst();
    }

    private static boolean descendsFrom(List<ReceivedSpan> spans, ReceivedSpan span, ReceivedSpan ancestor) {
        Optional<ReceivedSpan> up = parent(spans, span);
        while (up.isPresent()) {
            if (up.get().span().getSpanId().equals(ancestor.span().getSpanId())) {
                return true;
            }
            up = parent(spans, up.get());
        }
        return false;
    }

    private static Optional<String> attribute(Span span, String key) {
        return span.getAttributesList().stream().filter(a -> a.getKey().equals(key)).map(KeyValue::getValue)
                .map(v -> v.hasStringValue() ? v.getStringValue() : v.toString()).findFirst();
    }

    private static String hex(ByteString id) {
        return HexFormat.of().formatHex(id.toByteArray());
    }

    private static List<String> names(List<ReceivedSpan> spans) {
        return spans.stream().map(s -> s.service() + ":" + s.span().getKind() + ":" + s.span().getName()).toList();
    }
}

package dev.newsgraph.systemtests.clients;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.NewsgraphStack;
import io.restassured.path.json.JsonPath;

/**
 * One Newsgraph stack for the whole client suite (the npm clients of {@link ClientConformanceIT} and the
 * Java client of {@link SmallRyeClientIT}, the explorer of {@link ExplorerIT}): started on first use, with the seed sample and four short
 * made-up articles ingested and analysed, and stopped when the test run ends. Test classes get it as a
 * parameter of their {@code @BeforeAll}. Starting a stack costs 30-60 s, so it is started once.
 */
public final class ClientSuite implements ParameterResolver {

    /** The seed sample plus the made-up articles under src/test/resources/clients. */
    static final List<String> MADE_UP = List.of("01-lula-macron.txt", "02-putin-xi.txt", "03-kim-shoigu.txt", "04-macron-scholz.txt");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClientSuite.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The running stack and what the checks need to know about it. */
    public record Stack(NewsgraphStack stack, int corsPagePort, List<String> articleIds, Duration startup)
            implements ExtensionContext.Store.CloseableResource {

        public String gatewayUrl() {
            return stack.gateway().url();
        }

        public String editorToken() {
            return TestJwt.editor();
        }

        @Override
        public void close() {
            stack.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Stack.class, key -> start(), Stack.class);
    }

    private static Stack start() {
        long started = System.nanoTime();
        int corsPagePort = freePort();
        // a deployment lists its frontends' origins; this one is the page browser-cors.test.mjs serves
        NewsgraphStack stack = NewsgraphStack.onFreshDatabases("newsgraph_clients")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms")
                .gatewayEnv("QUARKUS_HTTP_CORS_ORIGINS", "http://localhost:3000,http://localhost:" + corsPagePort)
                .start("clients");
        try {
            List<String> ids = new ArrayList<>();
            ids.add(ingest(stack, Files.readString(Path.of("..", "samples", "kim-putin-summit.txt"))));
            for (String name : MADE_UP) {
                try (InputStream in = Objects.requireNonNull(ClientSuite.class.getResourceAsStream("/clients/" + name), name)) {
                    ids.add(ingest(stack, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            Awaitility.await(ids.size() + " articles analysed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> stack.entityDb().number("SELECT count(*) FROM article_analysis WHERE status = 'DONE'") == ids.size());
            return new Stack(stack, corsPagePort, List.copyOf(ids), Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw new IllegalStateException("could not prepare the client suite's stack: " + e.getMessage(), e);
        }
    }

    private static String ingest(NewsgraphStack stack, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.article().url() + "/articles"))
                .header("Authorization", TestJwt.bearer(TestJwt.editor()))
                .header("Content-Type", "text/plain; charset=UTF-8").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
        }
        return JsonPath.from(response.body()).getString("article.id");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

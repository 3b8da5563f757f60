package dev.newsgraph.gateway;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.Newsroom;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code articleAnalyzed} over graphql-transport-ws, fed by the entity service's analysis stream. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class ArticleAnalyzedSubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @BeforeEach
    void servicesUp() {
        ServiceStubs.resetAll();
    }

    @Test
    void pushesAnalysedArticlesWithTheirEntities() throws Exception {
        LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(ws, new Collector(messages)).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
            assertEquals("connection_ack", JsonPath.from(next(messages)).getString("type"));
            String watched = Newsroom.articleId(12);
            socket.sendText("""
                    {"id":"1","type":"subscribe","payload":{"query":
                      "subscription { articleAnalyzed(articleId: \\"%s\\") { id headline entities { entity { name } } } }"}}"""
                    .formatted(watched), true).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(15))
                    .failFast(() -> {
                        if (!messages.isEmpty()) {
                            throw new AssertionError("the subscription ended: " + messages);
                        }
                    })
                    .until(() -> ServiceStubs.entityService().openStreams() > 0);

            ServiceStubs.entityService().publishAnalysis(Newsroom.articleId(13), 1);
            ServiceStubs.entityService().publishAnalysis(watched, 1);

            JsonPath pushed = JsonPath.from(next(messages));
            assertEquals("next", pushed.getString("type"));
            assertEquals("1", pushed.getString("id"));
            assertEquals(watched, pushed.getString("payload.data.articleAnalyzed.id"));
            assertThat(pushed.getList("payload.data.articleAnalyzed.entities.entity.name"), contains("Angela Merkel", "Euro Cup"));
            List<String> unexpected = List.copyOf(messages);
            assertEquals(List.of(), unexpected, "the article not asked for is not pushed");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private static String next(LinkedBlockingQueue<String> messages) throws InterruptedException {
        String message = messages.poll(15, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 15 s; calls: " + ServiceStubs.articleService().allCalls() + " " + ServiceStubs.entityService().allCalls());
        }
        return message;
    }

    /** Collects whole text messages, answering the server's keep-alive pings. */
    private record Collector(LinkedBlockingQueue<String> messages, StringBuilder partial) implements WebSocket.Listener {

        Collector(LinkedBlockingQueue<String> messages) {
            this(messages, new StringBuilder());
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if ("ping".equals(JsonPath.from(message).getString("type"))) {
                    socket.sendText("{\"type\":\"pong\"}", true);
                } else {
                    messages.add(message);
                }
            }
            socket.request(1);
            return null;
        }
    }
}

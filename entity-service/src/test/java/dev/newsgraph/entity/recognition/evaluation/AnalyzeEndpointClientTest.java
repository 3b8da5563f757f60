package dev.newsgraph.entity.recognition.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.Recognition;
import dev.newsgraph.entity.recognition.SharedRecognizer;
import dev.newsgraph.entity.recognition.evaluation.RawText.CharSpan;

/**
 * The evaluation against a running service: a real HTTP server answering {@code POST /analyze} in the
 * documented format with the real recogniser behind it, so the client sees what the entity service sends.
 */
class AnalyzeEndpointClientTest {

    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        EntityRecognizer recognizer = SharedRecognizer.news();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/analyze", exchange -> answer(exchange, recognizer));
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/editors-only/analyze", exchange -> {
            if (!"Bearer test-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            } else if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                exchange.sendResponseHeaders(429, -1);
                exchange.close();
            } else {
                answer(exchange, recognizer);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void scoresThroughPostAnalyzeLikeInProcess() throws IOException {
        List<ConllDocument> documents = ConllCorpus.read(new BufferedReader(new StringReader(
                AnnotatedExcerpt.toConll("""
                        [PER Vladimir Putin] met [PER Kim Jong Un] in [LOC Vladivostok] on Wednesday .
                        The [ORG Kremlin] said [PER Putin] accepted an invitation to visit [LOC Pyongyang] .
                        """, "BIO"))));
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        NerEvaluation.Result overHttp = NerEvaluation.run(documents, new AnalyzeEndpointClient(url, "test-token"), 2);
        NerEvaluation.Result inProcess = NerEvaluation.run(documents, RecognizerUnderTest.inProcess(SharedRecognizer.news()), 2);

        assertEquals(inProcess.scores().overall(), overHttp.scores().overall());
        assertTrue(overHttp.scores().overall().correct() >= 5, overHttp.scores().overall()::toString);
    }

    @Test
    void sendsTheTokenAndRetriesWhenTheServiceIsBusy() {
        URI editorsOnly = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/editors-only");
        assertEquals(2, new AnalyzeEndpointClient(editorsOnly, "test-token").recognize("Angela Merkel visited Oslo.").size());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new AnalyzeEndpointClient(editorsOnly, null).recognize("Paris"));
        assertTrue(refused.getMessage().contains("401") && refused.getMessage().contains("NEWSGRAPH_TOKEN"), refused.getMessage());
    }

    @Test
    void reportsAServiceErrorInsteadOfScoringIt() {
        AnalyzeEndpointClient client = new AnalyzeEndpointClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/missing/"), null);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> client.recognize("Paris"));
        assertTrue(error.getMessage().contains("404"), error.getMessage());
    }

    @Test
    void readsMentionsFromTheJsonAnswer() {
        AnalyzeEndpointClient client = new AnalyzeEndpointClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), null);
        List<CharSpan> spans = client.recognize("Angela Merkel visited Oslo.");
        assertEquals("[0-13 PERSON, 22-26 LOCATION]", spans.stream()
                .map(s -> s.start() + "-" + s.end() + " " + s.type()).collect(Collectors.joining(", ", "[", "]")));
        assertTrue(client.description().contains(SharedRecognizer.news().version()), client.description());
    }

    private void answer(HttpExchange exchange, EntityRecognizer recognizer) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Recognition recognition = recognizer.recognize(text);
        List<Object> mentions = recognition.mentions().stream().<Object>map(m -> Map.of("text", m.text(),
                "start", m.start(), "end", m.end(), "type", m.type().name(), "confidence", m.confidence())).toList();
        byte[] body = json.writeValueAsBytes(Map.of("mentions", mentions, "tokens", recognition.tokens(),
                "recognizer", recognizer.version()));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

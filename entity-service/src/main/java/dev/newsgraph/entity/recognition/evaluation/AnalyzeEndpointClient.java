package dev.newsgraph.entity.recognition.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.evaluation.RawText.CharSpan;

/**
 * Sends each document to a running entity service's {@code POST /analyze} as {@code text/plain}, the way
 * a user's text goes, and reads the mentions from its JSON answer. {@code /analyze} needs an editor's
 * bearer token, and runs few recognitions at once: a 429 or 503 answer is retried after its
 * {@code Retry-After}.
 */
public final class AnalyzeEndpointClient implements RecognizerUnderTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private static final int MAX_RETRIES = 600;

    private final URI analyze;
    private final String token;
    private volatile String recognizer = "unknown";

    /** @param token an editor's JWT, sent as {@code Authorization: Bearer}; null sends none */
    public AnalyzeEndpointClient(URI serviceUrl, String token) {
        String base = serviceUrl.toString();
        this.analyze = URI.create(base.endsWith("/") ? base + "analyze" : base + "/analyze");
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    @Override
    public List<CharSpan> recognize(String text) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(analyze)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int retry = 0; (response.statusCode() == 429 || response.statusCode() == 503) && retry < MAX_RETRIES; retry++) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Math.max(100, Math.min(seconds, 5) * 1000));
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + analyze + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + analyze, e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException("POST " + analyze + " answered " + response.statusCode()
                    + ": it needs an editor's token in NEWSGRAPH_TOKEN (bin/evaluate-ner mints one with ./newsgraph token)");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + analyze + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonNode body = json.readTree(response.body());
            recognizer = body.path("recognizer").asText(recognizer);
            List<CharSpan> spans = new ArrayList<>();
            for (JsonNode mention : body.path("mentions")) {
                EntityType type = EntityType.fromLabel(mention.path("type").asText());
                if (type != null) {
                    spans.add(new CharSpan(mention.path("start").asInt(), mention.path("end").asInt(), type));
                }
            }
            spans.sort(Comparator.comparingInt(CharSpan::start));
            return spans;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable answer from " + analyze, e);
        }
    }

    @Override
    public String description() {
        return analyze + " (" + recognizer + ")";
    }
}

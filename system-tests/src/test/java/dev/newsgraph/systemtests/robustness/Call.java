package dev.newsgraph.systemtests.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsgraph.systemtests.NewsgraphStack;

/**
 * One HTTP request to one service of the stack, its body as raw bytes so that a case can send what no
 * JSON library would produce (invalid UTF-8, truncated documents).
 */
public record Call(Target target, String method, String path, Map<String, String> headers, byte[] body) {

    // HTTP/1.1: the JDK client's HTTP/2 upgrade attempt ends in GOAWAY when a server refuses an oversized body unread
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Which service a call goes to. */
    public enum Target {
        GATEWAY, ARTICLE, ENTITY;

        String url(NewsgraphStack stack) {
            return switch (this) {
                case GATEWAY -> stack.gateway().url();
                case ARTICLE -> stack.article().url();
                case ENTITY -> stack.entity().url();
            };
        }
    }

    public static Call get(Target target, String path) {
        return new Call(target, "GET", path, Map.of(), null);
    }

    public static Call post(Target target, String path) {
        return new Call(target, "POST", path, Map.of(), new byte[0]);
    }

    public static Call of(Target target, String method, String path) {
        return new Call(target, method, path, Map.of(), null);
    }

    public Call header(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Call(target, method, path, all, body);
    }

    public Call bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public Call body(String contentType, byte[] bytes) {
        return new Call(target, method, path, headers, bytes).header("Content-Type", contentType);
    }

    public Call json(String json) {
        return body("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The body sent chunked (Transfer-Encoding: chunked, no Content-Length), as a stream of unknown length is. */
    public Call chunked() {
        return header(CHUNKED, "yes");
    }

    private static final String CHUNKED = "X-Test-Send-Chunked";

    public Answer send(NewsgraphStack stack) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : headers.containsKey(CHUNKED)
                        ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url(stack) + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, publisher);
        headers.forEach((name, value) -> {
            if (!name.equals(CHUNKED)) {
                request.header(name, value);
            }
        });
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    /** What a service answered. */
    public record Answer(int status, String contentType, String body) {
    }
}

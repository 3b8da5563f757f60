package dev.newsgraph.systemtests.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.newsgraph.commons.testing.TestJwt;
import io.restassured.path.json.JsonPath;

/** Posts generated articles to the article service as an editor would, from any thread. */
final class ArticleIngest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String articleServiceUrl;
    private final String bearer = TestJwt.bearer(TestJwt.editor());

    ArticleIngest(String articleServiceUrl) {
        this.articleServiceUrl = articleServiceUrl;
    }

    /** Ingests {@link NewsArticles} {@code from} to {@code to} in one batch request; answers the ids, in order, all created. */
    List<String> batch(int from, int to) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(articleServiceUrl + "/articles/batch"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(NewsArticles.jsonArray(from, to), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonPath result = JsonPath.from(response.body());
        if (response.statusCode() != 200 || result.getInt("created") != to - from) {
            throw new IllegalStateException("batch " + from + ".." + to + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return result.getList("results.articleId", String.class);
    }

    /** Ingests one article; the raw answer, whatever it is (the caller judges it). */
    HttpResponse<String> one(int i, Duration timeout) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(articleServiceUrl + "/articles"))
                .header("Authorization", bearer).header("Content-Type", "application/json").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(NewsArticles.json(i), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package dev.newsgraph.systemtests.resilience;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;

/**
 * Editors ingesting articles one request at a time, from a few threads, without pause, until told to
 * stop (or at most {@code maxRequests} requests or {@code maxDuration}, so it always ends). Every
 * request's answer is kept: the ids of acknowledged (2xx) articles, and each refusal or client-side
 * failure with its timing.
 */
final class IngestLoad implements AutoCloseable {

    /** One request and what came of it: an answer (status, content type, body) or a client-side failure. */
    record Outcome(int article, long startedNanos, long millis, int status, String contentType, String body, String failure) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        String articleId() {
            return JsonPath.from(body).getString("article.id");
        }
    }

    private final ArticleIngest ingest;
    private final Duration requestTimeout;
    private final ExecutorService threads;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger next;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    private IngestLoad(ArticleIngest ingest, int firstArticle, int threads, Duration requestTimeout) {
        this.ingest = ingest;
        this.requestTimeout = requestTimeout;
        this.threads = Executors.newFixedThreadPool(threads);
        this.next = new AtomicInteger(firstArticle);
    }

    static IngestLoad start(ArticleIngest ingest, int firstArticle, int threads, Duration requestTimeout,
            int maxRequests, Duration maxDuration) {
        IngestLoad load = new IngestLoad(ingest, firstArticle, threads, requestTimeout);
        long deadline = System.nanoTime() + maxDuration.toNanos();
        for (int t = 0; t < threads; t++) {
            load.threads.execute(() -> {
                while (!load.stopped.get() && System.nanoTime() < deadline) {
                    int article = load.next.getAndIncrement();
                    if (article - firstArticle >= maxRequests) {
                        return;
                    }
                    load.outcomes.add(load.send(article));
                }
            });
        }
        load.threads.shutdown();
        return load;
    }

    private Outcome send(int article) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = ingest.one(article, requestTimeout);
            return new Outcome(article, started, elapsedMillis(started), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Outcome(article, started, elapsedMillis(started), 0, "", "", e.toString());
        }
    }

    long acknowledged() {
        return outcomes.stream().filter(Outcome::acknowledged).count();
    }

    /** Answers that were not acknowledgements, among requests started after {@code sinceNanos}. */
    long refusedSince(long sinceNanos) {
        return outcomes.stream().filter(o -> o.startedNanos() >= sinceNanos && !o.acknowledged()).count();
    }

    /** Stops sending and waits for the requests in flight; answers every outcome. */
    List<Outcome> stop() throws InterruptedException {
        stopped.set(true);
        if (!threads.awaitTermination(requestTimeout.toMillis() * 2, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("requests still in flight after twice their timeout");
        }
        return new ArrayList<>(outcomes);
    }

    @Override
    public void close() {
        stopped.set(true);
        threads.shutdownNow();
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

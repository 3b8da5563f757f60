package dev.newsgraph.entity.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A faithful stand-in for the article service's read API as docs/service-contracts.md specifies it:
 * {@code GET /articles/events?after&limit} (seq order, {@code lastSeq}) and {@code GET /articles?ids=}
 * (requested order, {@code missing}). Tests publish, update and delete articles, replay events, make an
 * article unreadable, or take the whole service down.
 */
public class ArticleServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Map<UUID, StubArticle> ARTICLES = new ConcurrentHashMap<>();
    private static final List<Map<String, Object>> EVENTS = new ArrayList<>();
    private static final AtomicInteger BATCH_REQUESTS = new AtomicInteger();
    private static volatile boolean available = true;
    private HttpServer server;

    /** An article as the stub serves it; {@code text} null serves an article without text (analysis fails). */
    public record StubArticle(UUID id, String headline, List<Section> sections, String text, Instant publishedAt,
            Instant ingestedAt, int version, boolean unreadable) {

        StubArticle withVersion(int newVersion) {
            return new StubArticle(id, headline, sections, text, publishedAt, ingestedAt, newVersion, unreadable);
        }
    }

    public record Section(String heading, List<String> paragraphs) {
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/articles", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.article-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Builds an article from blocks as the article service would: plain text = headline + blank line + blocks. */
    public static StubArticle article(String headline, Instant publishedAt, List<Section> sections) {
        List<String> blocks = new ArrayList<>();
        blocks.add(headline);
        for (Section s : sections) {
            if (s.heading() != null) {
                blocks.add(s.heading());
            }
            blocks.addAll(s.paragraphs());
        }
        return new StubArticle(UUID.randomUUID(), headline, sections, String.join("\n\n", blocks), publishedAt,
                Instant.now(), 1, false);
    }

    /** One untitled section of paragraphs. */
    public static StubArticle article(String headline, Instant publishedAt, String... paragraphs) {
        return article(headline, publishedAt, List.of(new Section(null, List.of(paragraphs))));
    }

    public static synchronized StubArticle publish(StubArticle article) {
        ARTICLES.put(article.id(), article);
        event(article.id(), article.version(), "CREATED");
        return article;
    }

    /** Replaces an article's content; version goes up by one and an UPDATED event follows. */
    public static synchronized StubArticle update(UUID id, StubArticle content) {
        StubArticle current = ARTICLES.get(id);
        StubArticle next = new StubArticle(id, content.headline(), content.sections(), content.text(),
                content.publishedAt(), current.ingestedAt(), current.version() + 1, content.unreadable());
        ARTICLES.put(id, next);
        event(id, next.version(), "UPDATED");
        return next;
    }

    public static synchronized void delete(UUID id) {
        StubArticle gone = ARTICLES.remove(id);
        event(id, gone.version() + 1, "DELETED");
    }

    /** Serves the article without its text (without a new event), or with it again. */
    public static synchronized void setUnreadable(UUID id, boolean unreadable) {
        StubArticle a = ARTICLES.get(id);
        ARTICLES.put(id, new StubArticle(a.id(), a.headline(), a.sections(), a.text(), a.publishedAt(), a.ingestedAt(),
                a.version(), unreadable));
    }

    /** Appends a copy of every event about the article, as a replaying feed would. */
    public static synchronized void replayEventsOf(UUID id) {
        List<Map<String, Object>> copies = EVENTS.stream().filter(e -> e.get("articleId").equals(id.toString())).toList();
        for (Map<String, Object> copy : copies) {
            event(id, (Integer) copy.get("version"), (String) copy.get("type"));
        }
    }

    public static void setAvailable(boolean up) {
        available = up;
    }

    public static int batchRequests() {
        return BATCH_REQUESTS.get();
    }

    public static synchronized long lastSeq() {
        return EVENTS.size();
    }

    private static void event(UUID id, int version, String type) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("seq", (long) EVENTS.size() + 1);
        event.put("articleId", id.toString());
        event.put("version", version);
        event.put("type", type);
        event.put("occurredAt", Instant.now().toString());
        StubArticle a = ARTICLES.get(id);
        if (a == null) {
            event.put("article", null);
        } else {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("headline", a.headline());
            summary.put("source", "Stub");
            summary.put("language", "en");
            summary.put("url", null);
            summary.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
            event.put("article", summary);
        }
        EVENTS.add(event);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!available) {
                respond(exchange, 503, Map.of("type", "https://newsgraph.dev/problems/unavailable", "status", 503));
                return;
            }
            URI uri = exchange.getRequestURI();
            Map<String, String> query = query(uri.getRawQuery());
            if (uri.getPath().equals("/articles/events")) {
                respond(exchange, 200, events(Long.parseLong(query.getOrDefault("after", "0")),
                        Integer.parseInt(query.getOrDefault("limit", "100"))));
            } else if (uri.getPath().equals("/articles") && query.containsKey("ids")) {
                BATCH_REQUESTS.incrementAndGet();
                respond(exchange, 200, batch(query.get("ids")));
            } else {
                respond(exchange, 404, Map.of("type", "https://newsgraph.dev/problems/not-found", "status", 404));
            }
        }
    }

    private static synchronized Map<String, Object> events(long after, int limit) {
        List<Map<String, Object>> page = EVENTS.stream().filter(e -> (Long) e.get("seq") > after).limit(limit).toList();
        long lastSeq = page.isEmpty() ? after : (Long) page.get(page.size() - 1).get("seq");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", page);
        body.put("lastSeq", lastSeq);
        return body;
    }

    private static Map<String, Object> batch(String ids) {
        List<Object> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids.split(",")) {
            StubArticle a = ARTICLES.get(UUID.fromString(id));
            if (a == null) {
                missing.add(id);
            } else {
                items.add(json(a));
            }
        }
        return Map.of("items", items, "missing", missing);
    }

    private static Map<String, Object> json(StubArticle a) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", a.id().toString());
        article.put("url", null);
        article.put("headline", a.headline());
        article.put("standfirst", null);
        article.put("authors", List.of("Test Desk"));
        article.put("source", "Stub");
        article.put("language", "en");
        article.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        article.put("ingestedAt", a.ingestedAt().toString());
        article.put("updatedAt", a.ingestedAt().toString());
        article.put("version", a.version());
        article.put("tags", List.of());
        article.put("sections", a.sections());
        article.put("text", a.unreadable() ? null : a.text());
        article.put("wordCount", a.text().split("\\s+").length);
        article.put("contentHash", Integer.toHexString(a.text().hashCode()));
        return article;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

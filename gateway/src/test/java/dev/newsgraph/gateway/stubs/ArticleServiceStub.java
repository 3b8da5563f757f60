package dev.newsgraph.gateway.stubs;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.gateway.stubs.Newsroom.StoredArticle;

/** The article service of docs/service-contracts.md, over the in-memory {@link Newsroom}. */
public class ArticleServiceStub extends StubServer {

    private final Newsroom newsroom;

    public ArticleServiceStub(Newsroom newsroom) {
        this.newsroom = newsroom;
        route("GET", "/articles/search", this::search);
        route("GET", "/articles/{id}", r -> {
            StoredArticle a = newsroom.article(r.path().get("id"));
            return a == null ? problem(404, "not-found", "No article " + r.path().get("id")) : ok(view(a, r));
        });
        route("GET", "/articles", this::list);
        route("POST", "/articles", this::ingest);
        route("PUT", "/articles/{id}", this::update);
        route("DELETE", "/articles/{id}", this::delete);
    }

    private Response list(Request r) throws IOException {
        if (r.query().keySet().stream().filter(k -> !k.equals("body")).toList().equals(List.of("ids"))) {
            List<Object> items = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> ids = r.list("ids");
            if (ids.size() > 500) {
                return problem(400, "too-many-ids", "At most 500 ids");
            }
            for (String id : ids) {
                StoredArticle a = newsroom.article(id);
                if (a == null) {
                    missing.add(id);
                } else {
                    items.add(view(a, r));
                }
            }
            return ok(Map.of("items", items, "missing", missing));
        }
        return page(newsroom.newestFirst().stream().filter(filters(r)).map(a -> view(a, r)).toList(), r);
    }

    /** The article as the service shows it: {@code body=false} leaves out sections and text. */
    private static Object view(StoredArticle a, Request r) {
        if (!"false".equals(r.param("body"))) {
            return a;
        }
        Map<String, Object> withoutBody = JSON.convertValue(a, new TypeReference<Map<String, Object>>() {
        });
        withoutBody.remove("sections");
        withoutBody.remove("text");
        return withoutBody;
    }

    /** The stub's bound on the matches a search ranks (the service's newsgraph.article.search.max-ranked). */
    public static final int MAX_RANKED = 50;

    private Response search(Request r) throws IOException {
        List<String> terms = Arrays.stream(r.param("q").toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isBlank()).toList();
        List<Map<String, Object>> hits = new ArrayList<>();
        for (StoredArticle a : newsroom.newestFirst()) {
            String text = a.text.toLowerCase(Locale.ROOT);
            if (filters(r).test(a) && terms.stream().allMatch(text::contains)) {
                double score = terms.stream().mapToInt(t -> text.split(java.util.regex.Pattern.quote(t), -1).length - 1).sum() / 10.0;
                String snippet = a.text;
                for (String t : terms) {
                    snippet = snippet.replaceAll("(?i)(" + java.util.regex.Pattern.quote(t) + ")", "<mark>$1</mark>");
                }
                Map<String, Object> hit = new LinkedHashMap<>();
                hit.put("article", view(a, r));
                hit.put("score", score);
                hit.put("snippet", snippet);
                hits.add(hit);
            }
        }
        // as the service: only the newest MAX_RANKED matches are ranked, and the total then says so
        boolean exact = hits.size() <= MAX_RANKED || !r.list("ids").isEmpty();
        List<Map<String, Object>> ranked = new ArrayList<>(exact ? hits : hits.subList(0, MAX_RANKED));
        ranked.sort(Comparator.comparing((Map<String, Object> h) -> (Double) h.get("score")).reversed());
        return page(ranked, r, Map.of("totalCountExact", exact));
    }

    private Predicate<StoredArticle> filters(Request r) {
        List<String> ids = r.list("ids");
        String after = r.param("publishedAfter");
        String before = r.param("publishedBefore");
        return a -> (r.param("source") == null || r.param("source").equals(a.source))
                && (r.param("language") == null || r.param("language").equals(a.language))
                && (r.param("tag") == null || a.tags.contains(r.param("tag")))
                && (after == null || (a.publishedAt != null && !a.publishedAt.isBefore(Instant.parse(after))))
                && (before == null || (a.publishedAt != null && a.publishedAt.isBefore(Instant.parse(before))))
                && (ids.isEmpty() || ids.contains(a.id));
    }

    /**
     * Offset paging behind the one cursor format, as the services page (docs/service-contracts.md): the
     * cursor of position n names the position after item n-1; forward after {@code cursor}, backward
     * before {@code before} or from the end ({@code last=true}). The gateway treats cursors as opaque.
     */
    static <T> Response page(List<T> all, Request r) throws IOException {
        return page(all, r, Map.of());
    }

    private static <T> Response page(List<T> all, Request r, Map<String, Object> more) throws IOException {
        int limit = r.param("limit") == null ? 20 : Integer.parseInt(r.param("limit"));
        int max = r.exchange().getRequestURI().getPath().equals("/articles/mentioning") ? 1000 : 100;
        if (limit < 1 || limit > max) {
            return problem(400, "invalid-limit", "limit must be between 1 and " + max + ", was " + limit);
        }
        String cursor = r.param("cursor");
        String before = r.param("before");
        boolean last = "true".equals(r.param("last"));
        if ((cursor != null ? 1 : 0) + (before != null ? 1 : 0) + (last ? 1 : 0) > 1) {
            return problem(400, "invalid-parameter", "give at most one of cursor, before and last=true");
        }
        int from;
        int to;
        String next;
        String previous;
        if (before != null || last) {
            to = last ? all.size() : Math.min(all.size(), position(before));
            from = Math.max(0, to - limit);
            next = before;
            previous = from > 0 ? Cursor.encode(Integer.toString(from)) : null;
        } else {
            from = cursor == null ? 0 : position(cursor);
            to = Math.min(all.size(), from + limit);
            next = to < all.size() ? Cursor.encode(Integer.toString(to)) : null;
            previous = cursor;
        }
        List<T> items = from >= to ? List.of() : all.subList(from, to);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("nextCursor", next);
        page.put("totalCount", all.size());
        page.put("previousCursor", previous);
        page.putAll(more);
        return ok(page);
    }

    private static int position(String cursor) {
        return Integer.parseInt(Cursor.decode(cursor, 1).get(0));
    }

    private Response ingest(Request r) throws IOException {
        Response unauthorized = requireBearer(r);
        if (unauthorized != null) {
            return unauthorized;
        }
        String contentType = r.header("Content-Type");
        StoredArticle a = new StoredArticle();
        if (contentType.startsWith("application/json")) {
            Map<String, Object> input = JSON.readValue(r.body(), new TypeReference<Map<String, Object>>() {
            });
            String headline = (String) input.get("headline");
            if (headline == null || headline.isBlank()) {
                return problem(Problem.of(400, "validation-failed", "Invalid article", "The article is invalid")
                        .withErrors(List.of(new Problem.FieldError("headline", "must not be blank"))));
            }
            a.headline = headline;
            a.url = (String) input.get("url");
            a.source = (String) input.get("source");
            a.language = (String) input.get("language");
            a.publishedAt = input.get("publishedAt") == null ? null : Instant.parse((String) input.get("publishedAt"));
            a.tags = input.get("tags") == null ? List.of() : (List<String>) input.get("tags");
            a.authors = input.get("authors") == null ? List.of() : (List<String>) input.get("authors");
            a.sections = (List<Map<String, Object>>) input.get("sections");
            a.text = headline;
        } else {
            String[] lines = r.body().split("\n", 2);
            a.headline = lines[0].replaceFirst("^#\\s*", "");
            a.url = r.param("url");
            a.source = r.param("source");
            a.language = r.param("language");
            a.tags = r.query().getOrDefault("tags", List.of());
            a.authors = r.query().getOrDefault("authors", List.of());
            a.sections = List.of(Map.of("paragraphs", List.of(lines.length > 1 ? lines[1].trim() : "")));
            a.text = r.body();
        }
        for (StoredArticle existing : newsroom.articles) {
            if (a.url != null && a.url.equals(existing.url)) {
                return ok(Map.of("outcome", "DUPLICATE", "article", existing));
            }
        }
        a.id = UUID.randomUUID().toString();
        a.ingestedAt = Instant.now();
        a.updatedAt = a.ingestedAt;
        a.wordCount = a.text.split("\\s+").length;
        newsroom.articles.add(a);
        return json(201, Map.of("outcome", "CREATED", "article", a));
    }

    private Response update(Request r) throws IOException {
        Response unauthorized = requireBearer(r);
        if (unauthorized != null) {
            return unauthorized;
        }
        StoredArticle a = newsroom.article(r.path().get("id"));
        if (a == null) {
            return problem(404, "not-found", "No article " + r.path().get("id"));
        }
        String ifMatch = r.header("If-Match");
        if (ifMatch == null) {
            return problem(428, "precondition-required", "If-Match is required");
        }
        if (Integer.parseInt(ifMatch.replace("\"", "")) != a.version) {
            return problem(412, "version-mismatch", "The article is at version " + a.version);
        }
        Map<String, Object> input = JSON.readValue(r.body(), new TypeReference<Map<String, Object>>() {
        });
        a.headline = (String) input.get("headline");
        a.version++;
        a.updatedAt = Instant.now();
        return ok(a);
    }

    private Response delete(Request r) throws IOException {
        Response unauthorized = requireBearer(r);
        if (unauthorized != null) {
            return unauthorized;
        }
        StoredArticle a = newsroom.article(r.path().get("id"));
        if (a != null) {
            String ifMatch = r.header("If-Match");
            if (ifMatch != null && Integer.parseInt(ifMatch.replace("\"", "")) != a.version) {
                return problem(412, "version-mismatch", "The article is at version " + a.version);
            }
            newsroom.articles.remove(a);
        }
        return new Response(204, null, null);
    }
}

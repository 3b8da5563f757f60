package dev.newsgraph.gateway.stubs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.gateway.stubs.Newsroom.StoredArticle;
import dev.newsgraph.gateway.stubs.Newsroom.StoredEntity;

/** The entity service of docs/service-contracts.md, over the in-memory {@link Newsroom}. */
public class EntityServiceStub extends StubServer {

    private final Newsroom newsroom;
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();

    public EntityServiceStub(Newsroom newsroom) {
        this.newsroom = newsroom;
        route("GET", "/entities/articles", this::articlesOfEach);
        route("GET", "/entities/related", r -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String id : r.list("ids")) {
                StoredEntity e = newsroom.entity(id);
                if (e != null) {
                    items.add(Map.of("entityId", id, "related", related(e, limit(r, 10))));
                }
            }
            return ok(Map.of("items", items));
        });
        route("GET", "/entities/{id}/articles", r -> {
            StoredEntity e = newsroom.entity(r.path().get("id"));
            if (e == null) {
                return problem(404, "not-found", "No entity");
            }
            return ArticleServiceStub.page(refs(newsroom.articlesMentioning(List.of(newsroom.indexOf(e)))), r);
        });
        route("GET", "/entities/{id}/related", r -> ok(Map.of("items", related(newsroom.entity(r.path().get("id")), limit(r, 10)))));
        route("GET", "/entities/{id}", r -> {
            StoredEntity e = newsroom.entity(r.path().get("id"));
            return e == null ? problem(404, "not-found", "No entity " + r.path().get("id")) : ok(view(e));
        });
        route("GET", "/entities", this::entities);
        route("GET", "/articles/mentioning", r -> {
            List<Integer> indexes = new ArrayList<>();
            for (String id : r.list("entities")) {
                StoredEntity e = newsroom.entity(id);
                if (e == null) {
                    return ArticleServiceStub.page(List.of(), r);
                }
                indexes.add(newsroom.indexOf(e));
            }
            return ArticleServiceStub.page(refs(newsroom.articlesMentioning(indexes)), r);
        });
        route("GET", "/articles/entities", r -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String id : r.list("ids")) {
                List<Map<String, Object>> entities = articleEntities(id, r.param("type"), r.param("limit"));
                if ("false".equals(r.param("mentions"))) {
                    entities.forEach(entry -> entry.remove("mentions"));
                }
                items.add(Map.of("articleId", id, "entities", entities));
            }
            return ok(Map.of("items", items));
        });
        route("GET", "/articles/analysis", r -> {
            List<Map<String, Object>> items = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : r.list("ids")) {
                StoredArticle a = newsroom.article(id);
                if (a == null) {
                    missing.add(id);
                } else {
                    items.add(analysis(a, "DONE"));
                }
            }
            return ok(Map.of("items", items, "missing", missing));
        });
        route("GET", "/articles/related", r -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String id : r.list("ids")) {
                items.add(Map.of("articleId", id, "related", relatedArticles(id, limit(r, 10))));
            }
            return ok(Map.of("items", items));
        });
        route("GET", "/analysis/stream", this::stream);
        route("PATCH", "/entities/{id}", r -> edit(r, (e, body) -> {
            if (body.get("name") != null) {
                e.name = (String) body.get("name");
                e.aliases.add(e.name);
            }
            if (body.get("type") != null) {
                e.type = (String) body.get("type");
            }
            return null;
        }));
        route("POST", "/entities/{id}/merge", r -> edit(r, (source, body) -> {
            StoredEntity target = newsroom.entity((String) body.get("targetId"));
            if (target == null) {
                return problem(404, "not-found", "No target entity");
            }
            if (target == source) {
                return problem(400, "merge-into-itself", "An entity cannot be merged into itself");
            }
            target.aliases.addAll(source.aliases);
            target.mergedIds.add(source.id);
            source.aliases.clear();
            newsroom.entities.remove(source);
            return ok(view(target));
        }));
        route("POST", "/entities/{id}/aliases", r -> edit(r, (e, body) -> {
            String alias = (String) body.get("alias");
            if (alias == null || alias.isBlank()) {
                return problem(dev.newsgraph.commons.problem.Problem.of(400, "validation-failed", "Invalid alias", "The alias is invalid")
                        .withErrors(List.of(new dev.newsgraph.commons.problem.Problem.FieldError("alias", "must not be blank"))));
            }
            e.aliases.add(alias);
            return null;
        }));
        route("DELETE", "/entities/{id}/aliases/{alias}", r -> edit(r, (e, body) -> {
            e.aliases.remove(r.path().get("alias"));
            return null;
        }));
        route("POST", "/articles/{id}/reanalyze", r -> {
            Response unauthorized = requireBearer(r);
            if (unauthorized != null) {
                return unauthorized;
            }
            StoredArticle a = newsroom.article(r.path().get("id"));
            return a == null ? problem(404, "not-found", "No article") : json(202, analysis(a, "PENDING"));
        });
    }

    /** Sends an analysis event to every open {@code /analysis/stream}. */
    public void publishAnalysis(String articleId, int version) {
        String event = "data: {\"articleId\":\"" + articleId + "\",\"version\":" + version + ",\"status\":\"DONE\"}\n\n";
        for (OutputStream out : streams) {
            try {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException closed) {
                streams.remove(out);
            }
        }
    }

    public int openStreams() {
        return streams.size();
    }

    private Response stream(Request r) throws IOException {
        r.exchange().getResponseHeaders().set("Content-Type", "text/event-stream");
        r.exchange().sendResponseHeaders(200, 0);
        OutputStream out = r.exchange().getResponseBody();
        out.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        streams.add(out);
        try {
            while (streams.contains(out)) {
                Thread.sleep(50);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    public synchronized void stop() {
        streams.clear();
        super.stop();
    }

    private interface Edit {
        Response apply(StoredEntity entity, Map<String, Object> body) throws IOException;
    }

    private Response edit(Request r, Edit edit) throws IOException {
        Response unauthorized = requireBearer(r);
        if (unauthorized != null) {
            return unauthorized;
        }
        StoredEntity e = newsroom.entity(r.path().get("id"));
        if (e == null) {
            return problem(404, "not-found", "No entity " + r.path().get("id"));
        }
        Map<String, Object> body = r.body().isBlank() ? Map.of() : JSON.readValue(r.body(), new TypeReference<Map<String, Object>>() {
        });
        Response answer = edit.apply(e, body);
        return answer != null ? answer : ok(view(e));
    }

    private Response entities(Request r) throws IOException {
        if (r.query().keySet().equals(java.util.Set.of("ids"))) {
            List<Map<String, Object>> items = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : r.list("ids")) {
                StoredEntity e = newsroom.entity(id);
                if (e == null) {
                    missing.add(id);
                } else {
                    items.add(view(e));
                }
            }
            return ok(Map.of("items", items, "missing", missing));
        }
        String name = r.param("name") == null ? null : r.param("name").toLowerCase(Locale.ROOT);
        boolean fuzzy = "FUZZY".equals(r.param("match"));
        List<Map<String, Object>> all = newsroom.entities.stream()
                .filter(e -> r.param("type") == null || r.param("type").equals(e.type))
                .filter(e -> name == null || e.aliases.stream().map(a -> a.toLowerCase(Locale.ROOT))
                        .anyMatch(a -> fuzzy ? a.contains(name.substring(0, Math.min(3, name.length()))) : a.startsWith(name)))
                .map(this::view)
                .sorted("NAME".equals(r.param("orderBy"))
                        ? Comparator.comparing((Map<String, Object> e) -> (String) e.get("name"))
                        : Comparator.comparing((Map<String, Object> e) -> (Integer) e.get("mentionCount")).reversed()
                                .thenComparing(e -> (String) e.get("id")))
                .toList();
        return ArticleServiceStub.page(all, r);
    }

    /** First pages, or with {@code last=true} last pages, in the shape and cursors of {@link ArticleServiceStub#page}. */
    private Response articlesOfEach(Request r) throws IOException {
        int limit = limit(r, 20);
        boolean last = "true".equals(r.param("last"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : r.list("ids")) {
            StoredEntity e = newsroom.entity(id);
            List<Map<String, Object>> refs = e == null ? List.of() : refs(newsroom.articlesMentioning(List.of(newsroom.indexOf(e))));
            int from = last ? Math.max(0, refs.size() - limit) : 0;
            int to = last ? refs.size() : Math.min(limit, refs.size());
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", refs.subList(from, to));
            page.put("nextCursor", to < refs.size() ? Cursor.encode(Integer.toString(to)) : null);
            page.put("totalCount", refs.size());
            page.put("previousCursor", from > 0 ? Cursor.encode(Integer.toString(from)) : null);
            items.add(Map.of("entityId", id, "page", page));
        }
        return ok(Map.of("items", items));
    }

    private static int limit(Request r, int defaultLimit) {
        return r.param("limit") == null ? defaultLimit : Integer.parseInt(r.param("limit"));
    }

    private List<Map<String, Object>> refs(List<StoredArticle> articles) {
        return articles.stream().map(a -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("articleId", a.id);
            ref.put("publishedAt", a.publishedAt);
            ref.put("mentionCount", 1);
            ref.put("salience", 0.5);
            return ref;
        }).toList();
    }

    private Map<String, Object> view(StoredEntity e) {
        int index = newsroom.indexOf(e);
        List<StoredArticle> mentioning = index < 0 ? List.of() : newsroom.articlesMentioning(List.of(index));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", e.id);
        view.put("name", e.name);
        view.put("type", e.type);
        view.put("aliases", e.aliases);
        view.put("description", e.description);
        view.put("externalIds", e.externalIds);
        view.put("mentionCount", mentioning.size());
        view.put("articleCount", mentioning.size());
        view.put("firstSeen", mentioning.isEmpty() ? null : mentioning.get(mentioning.size() - 1).publishedAt);
        view.put("lastSeen", mentioning.isEmpty() ? null : mentioning.get(0).publishedAt);
        view.put("mergedIds", e.mergedIds);
        return view;
    }

    private List<Map<String, Object>> articleEntities(String articleId, String type, String limit) {
        StoredArticle a = newsroom.article(articleId);
        List<Map<String, Object>> result = new ArrayList<>();
        if (a == null) {
            return result;
        }
        double salience = 0.9;
        for (int index : newsroom.entitiesOf(articleId)) {
            StoredEntity e = newsroom.entity(Newsroom.entityId(index));
            if (e == null || (type != null && !type.equals(e.type))) {
                continue;
            }
            int start = a.text.indexOf(Newsroom.NAMES[index]);
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("text", Newsroom.NAMES[index]);
            mention.put("start", start);
            mention.put("end", start + Newsroom.NAMES[index].length());
            mention.put("sentence", a.text.substring(a.text.indexOf("\n\n") + 2));
            mention.put("confidence", 0.97);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("entity", view(e));
            entry.put("salience", salience);
            entry.put("mentionCount", 1);
            entry.put("mentions", List.of(mention));
            result.add(entry);
            salience -= 0.4;
        }
        return limit == null ? result : result.subList(0, Math.min(result.size(), Integer.parseInt(limit)));
    }

    private List<Map<String, Object>> related(StoredEntity e, int limit) {
        if (e == null) {
            return List.of();
        }
        int index = newsroom.indexOf(e);
        Map<Integer, Integer> shared = new LinkedHashMap<>();
        for (StoredArticle a : newsroom.articlesMentioning(List.of(index))) {
            for (int other : newsroom.entitiesOf(a.id)) {
                if (other != index) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .filter(s -> newsroom.entity(Newsroom.entityId(s.getKey())) != null)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(limit)
                .map(s -> Map.<String, Object>of("entity", view(newsroom.entity(Newsroom.entityId(s.getKey()))), "articleCount", s.getValue()))
                .toList();
    }

    private List<Map<String, Object>> relatedArticles(String articleId, int limit) {
        List<Integer> mine = newsroom.entitiesOf(articleId);
        List<Map<String, Object>> related = new ArrayList<>();
        for (StoredArticle other : newsroom.newestFirst()) {
            if (other.id.equals(articleId)) {
                continue;
            }
            List<String> shared = newsroom.entitiesOf(other.id).stream().filter(mine::contains).map(Newsroom::entityId).toList();
            if (!shared.isEmpty()) {
                related.add(Map.of("articleId", other.id, "sharedCount", shared.size(), "sharedEntityIds", shared));
            }
        }
        related.sort(Comparator.comparing((Map<String, Object> m) -> (Integer) m.get("sharedCount")).reversed());
        return related.subList(0, Math.min(limit, related.size()));
    }

    private static Map<String, Object> analysis(StoredArticle a, String status) {
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("articleId", a.id);
        analysis.put("status", status);
        analysis.put("analyzedVersion", "DONE".equals(status) ? a.version : null);
        analysis.put("analyzedAt", "DONE".equals(status) ? a.ingestedAt.plusSeconds(5) : null);
        analysis.put("error", null);
        analysis.put("recognizer", "stub");
        return analysis;
    }
}

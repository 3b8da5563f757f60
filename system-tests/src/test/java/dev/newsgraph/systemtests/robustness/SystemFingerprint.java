package dev.newsgraph.systemtests.robustness;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import dev.newsgraph.systemtests.NewsgraphStack;
import dev.newsgraph.systemtests.robustness.Call.Target;
import io.restassured.path.json.JsonPath;

/**
 * The observable state of the whole system, read through the services' public APIs: every article
 * (id, version, content hash) and the count, the change feed's head, every listed entity (id, name,
 * type, aliases, counts, description, external ids) and the count, and each article's analysis. Two
 * equal fingerprints mean a request changed nothing anyone can see.
 */
public record SystemFingerprint(long articleCount, List<String> articles, long feedHead, long entityCount,
        List<String> entities, List<String> analyses) {

    private static final int PAGE = 100;
    private static final int FEED_PAGE = 1000;

    /** Waits until no analysis is pending (so the entity side is at rest), then reads the state. */
    public static SystemFingerprint of(NewsgraphStack stack) {
        return Awaitility.await("every article analysed").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> read(stack), state -> state.analyses().stream().noneMatch(a -> a.contains("PENDING")));
    }

    private static SystemFingerprint read(NewsgraphStack stack) throws IOException, InterruptedException {
        List<String> articles = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        long articleCount = 0;
        String cursor = null;
        do {
            JsonPath page = get(stack, Target.ARTICLE, "/articles?limit=" + PAGE + after(cursor));
            articleCount = page.getLong("totalCount");
            for (Map<String, Object> a : page.<Map<String, Object>>getList("items")) {
                articleIds.add((String) a.get("id"));
                articles.add(a.get("id") + " v" + a.get("version") + " " + a.get("contentHash"));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        long feedHead = 0;
        int pageEvents;
        do {
            JsonPath feed = get(stack, Target.ARTICLE, "/articles/events?limit=" + FEED_PAGE + "&after=" + feedHead);
            pageEvents = feed.getList("events").size();
            feedHead = feed.getLong("lastSeq");
        } while (pageEvents == FEED_PAGE);

        List<String> entities = new ArrayList<>();
        long entityCount = 0;
        cursor = null;
        do {
            JsonPath page = get(stack, Target.ENTITY, "/entities?orderBy=NAME&limit=" + PAGE + after(cursor));
            entityCount = page.getLong("totalCount");
            for (Map<String, Object> e : page.<Map<String, Object>>getList("items")) {
                entities.add(List.of(e.get("id"), e.get("name"), e.get("type"), e.get("aliases"), e.get("mentionCount"),
                        e.get("articleCount"), String.valueOf(e.get("description")), e.get("externalIds"), e.get("mergedIds")).toString());
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        List<String> analyses = new ArrayList<>();
        for (int from = 0; from < articleIds.size(); from += PAGE) {
            String ids = String.join(",", articleIds.subList(from, Math.min(articleIds.size(), from + PAGE)));
            JsonPath batch = get(stack, Target.ENTITY, "/articles/analysis?ids=" + ids);
            for (Map<String, Object> a : batch.<Map<String, Object>>getList("items")) {
                analyses.add(a.get("articleId") + " " + a.get("status") + " v" + a.get("analyzedVersion"));
            }
            for (String missing : batch.<String>getList("missing")) {
                analyses.add(missing + " PENDING (not seen yet)");
            }
        }
        return new SystemFingerprint(articleCount, articles, feedHead, entityCount, entities, analyses);
    }

    private static String after(String cursor) {
        return cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    private static JsonPath get(NewsgraphStack stack, Target target, String path) throws IOException, InterruptedException {
        Call.Answer answer = Call.get(target, path).send(stack);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return JsonPath.from(answer.body());
    }
}

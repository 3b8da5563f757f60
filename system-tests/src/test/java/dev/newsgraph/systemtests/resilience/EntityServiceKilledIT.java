package dev.newsgraph.systemtests.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.Database;
import dev.newsgraph.systemtests.NewsgraphStack;
import io.restassured.path.json.JsonPath;

/**
 * The entity service is killed with SIGKILL (no shutdown hook, as a crash or an OOM kill) while 1,000
 * articles of realistic length are being ingested and analysed, and started again: every article ends
 * analysed exactly once, none lost, none doubled.
 *
 * <p>Exactly once is shown from three sides. Work: the articles the database shows analysed before the
 * kill (by their analysis time, so a commit the dying process had already sent still counts for it)
 * plus the recognitions the restarted process counts add up to exactly 1,000, and every one of those
 * ended stored. State: no
 * mention is stored twice and every count the service keeps incrementally equals the count recomputed
 * from its rows ({@link EntityStoreConsistency}). Result: for a sample of articles the stored mentions
 * are exactly those one analysis of the text finds ({@code POST /analyze}).
 */
class EntityServiceKilledIT {

    private static final int ARTICLES = 1000;
    private static final int BATCH = 125;
    /** Articles ingested before the kill; the rest go in while the entity service is dead. */
    private static final int BEFORE_KILL = 750;
    private static final int SAMPLE = 25;

    private static NewsgraphStack stack;

    @BeforeAll
    static void start() {
        stack = NewsgraphStack.onFreshDatabases("newsgraph_resilience_kill")
                .entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms")
                // the dead instance's claims are taken over when their lease ends: a short lease keeps the test short
                .entityEnv("NEWSGRAPH_ENTITY_FEED_CLAIM_LEASE", "10s")
                .withoutGateway().start("kill");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyArticleIsAnalysedExactlyOnceAcrossAKill() throws Exception {
        ServiceProcess entity = stack.entity();
        Database entityDb = stack.entityDb();
        ArticleIngest ingest = new ArticleIngest(stack.article().url());
        ExecutorService lanes = Executors.newFixedThreadPool(3);
        List<Future<List<String>>> batches = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int from = 0; from < BEFORE_KILL; from += BATCH) {
                int first = from;
                batches.add(lanes.submit(() -> ingest.batch(first, first + BATCH)));
            }

            Awaitility.await("analysis under way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> done(entityDb) >= 40 && claimed(entityDb) > 0);
            entity.kill();
            // a commit the dead process had already sent may still land; it dates from before this instant
            String killedAt = entityDb.rows("SELECT now()").get(0);
            long doneBeforeKill = done(entityDb);
            long claimsCutOff = claimed(entityDb);
            long knownAtKill = entityDb.number("SELECT count(*) FROM article_analysis");
            assertThat("killed mid-way: some but not all of the articles ingested so far analysed", doneBeforeKill,
                    allOf(greaterThan(0L), lessThan((long) BEFORE_KILL)));

            for (int from = BEFORE_KILL; from < ARTICLES; from += BATCH) {
                int first = from;
                batches.add(lanes.submit(() -> ingest.batch(first, first + BATCH)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<List<String>> batch : batches) {
                ids.addAll(batch.get());
            }
            assertThat(ids.stream().distinct().count(), equalTo((long) ARTICLES));

            long restarted = System.nanoTime();
            entity.restart().awaitReady();
            Awaitility.await("all articles analysed after the restart").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> done(entityDb) == ARTICLES);
            long finished = System.nanoTime();

            double analysedAfterRestart = entity.metric("newsgraph_analysis_articles_total");
            long analysedBeforeKill = entityDb.number("SELECT count(*) FROM article_analysis WHERE analyzed_at < '" + killedAt + "'");
            assertThat("analysed before the kill + after the restart", analysedBeforeKill + (long) analysedAfterRestart,
                    equalTo((long) ARTICLES));
            assertThat("every analysis after the restart was stored",
                    entity.metric("newsgraph_analysis_outcomes_total{outcome=\"stored\"}"), equalTo(analysedAfterRestart));
            assertThat(entityDb.number("""
                    SELECT count(*) FROM article_analysis
                    WHERE status = 'DONE' AND analyzed_version = 1 AND error IS NULL AND claim_token IS NULL"""),
                    equalTo((long) ARTICLES));
            assertThat(EntityStoreConsistency.violations(entityDb), empty());
            assertThat("every article has entities", entityDb.number("SELECT count(DISTINCT article_id) FROM article_entity"),
                    equalTo((long) ARTICLES));
            for (int i = 0; i < SAMPLE; i++) {
                String id = ids.get(i * (ARTICLES / SAMPLE) + i % (ARTICLES / SAMPLE));
                assertThat("mentions of article " + id, storedMentionEnds(entityDb, id), equalTo(oneAnalysisMentionEnds(id)));
            }

            System.out.printf("[resilience] kill: %d articles, %d DONE and %d claimed at the kill (%d of them known to the "
                    + "entity service), %d analysed after the restart, all DONE %.1f s after the restart, %.1f s in all, "
                    + "%d mentions%n", ARTICLES, doneBeforeKill, claimsCutOff, knownAtKill, (long) analysedAfterRestart,
                    (finished - restarted) / 1e9, (finished - started) / 1e9, entityDb.number("SELECT count(*) FROM mention"));
        } finally {
            lanes.shutdownNow();
        }
    }

    private static long done(Database entityDb) throws Exception {
        return entityDb.number("SELECT count(*) FROM article_analysis WHERE status = 'DONE'");
    }

    private static long claimed(Database entityDb) throws Exception {
        return entityDb.number("SELECT count(*) FROM article_analysis WHERE claim_token IS NOT NULL");
    }

    private static List<Integer> storedMentionEnds(Database entityDb, String articleId) throws Exception {
        return entityDb.rows("SELECT end_offset FROM mention WHERE article_id = '" + articleId + "' ORDER BY end_offset")
                .stream().map(Integer::valueOf).toList();
    }

    /** Where one analysis of the article's text ends each mention (the stored start may skip a title; the end never moves). */
    private static List<Integer> oneAnalysisMentionEnds(String articleId) {
        String text = given().baseUri(stack.article().url()).when().get("/articles/" + articleId)
                .then().statusCode(200).extract().path("text");
        JsonPath analysis = given().baseUri(stack.entity().url()).header("Authorization", TestJwt.bearer(TestJwt.editor()))
                .contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/analyze").then().statusCode(200).extract().jsonPath();
        return analysis.getList("mentions.end", Integer.class).stream().sorted().toList();
    }
}

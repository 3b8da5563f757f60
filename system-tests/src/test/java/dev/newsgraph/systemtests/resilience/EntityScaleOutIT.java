package dev.newsgraph.systemtests.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.NewsgraphStack;

/**
 * Two entity-service instances on one database, started together (so their Flyway migrations race),
 * share the analysis of a burst of articles: every article ends analysed exactly once — none skipped,
 * none analysed by both — as the instances' own counters and the entity database show: the
 * recognitions both count add up to the number of articles and every one was stored under its own
 * claim, and the incrementally kept counts match the rows ({@link EntityStoreConsistency}).
 */
class EntityScaleOutIT {

    private static final int ARTICLES = 240;
    private static final String[] PEOPLE = { "Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni",
            "Pedro Sanchez", "Mark Rutte", "Ursula von der Leyen", "Viktor Orban", "Donald Tusk", "Keir Starmer" };
    private static final String[] CITIES = { "Berlin", "Paris", "Madrid", "Warsaw", "Brussels", "Vienna", "Lisbon", "Prague" };

    private static NewsgraphStack stack;

    @BeforeAll
    static void startTwoEntityServicesTogether() {
        stack = NewsgraphStack.onFreshDatabases("newsgraph_scale").entityInstances(2)
                .entityEnv("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms").start("scale");
    }

    @AfterAll
    static void stopAll() {
        stack.close();
    }

    @Test
    void everyArticleIsAnalysedExactlyOnceByOneOfTheInstances() throws Exception {
        String ndjson = IntStream.range(0, ARTICLES).mapToObj(EntityScaleOutIT::articleJson).collect(Collectors.joining("\n"));
        given().baseUri(stack.article().url()).header("Authorization", TestJwt.bearer(TestJwt.editor()))
                .contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(200).body("created", equalTo(ARTICLES));

        Awaitility.await("all articles analysed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.entityDb().number("SELECT count(*) FROM article_analysis WHERE status = 'DONE'") == ARTICLES);

        double byA = stack.entities().get(0).metric("newsgraph_analysis_articles_total");
        double byB = stack.entities().get(1).metric("newsgraph_analysis_articles_total");
        assertThat("recognitions across both instances", byA + byB, equalTo((double) ARTICLES));
        assertThat("instance A shared the work", byA, greaterThan(0.0));
        assertThat("instance B shared the work", byB, greaterThan(0.0));
        // a claim lost to the other instance mid-analysis would end "superseded" instead of "stored"
        String stored = "newsgraph_analysis_outcomes_total{outcome=\"stored\"}";
        assertThat("analyses stored", stack.entities().get(0).metric(stored) + stack.entities().get(1).metric(stored),
                equalTo((double) ARTICLES));
        assertThat(stack.entityDb().number("SELECT count(*) FROM article_analysis WHERE analyzed_version = 1"), equalTo((long) ARTICLES));
        assertThat(EntityStoreConsistency.violations(stack.entityDb()), empty());
        assertThat("every article names its person", stack.entityDb().number("SELECT count(DISTINCT article_id) FROM mention"),
                equalTo((long) ARTICLES));
    }

    private static String articleJson(int i) {
        String person = PEOPLE[i % PEOPLE.length];
        String city = CITIES[i % CITIES.length];
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        return """
                {"headline":"Talks in %s, round %d","source":"Scale Wire","sections":[{"paragraphs":["%s met ministers in %s on Monday for round %d of the talks. %s said the meeting had gone well."]}]}"""
                .formatted(city, i, person, city, i, surname);
    }
}

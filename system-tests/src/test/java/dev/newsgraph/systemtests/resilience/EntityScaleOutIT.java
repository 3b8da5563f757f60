package dev.newsgraph.systemtests.resilience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.commons.testing.TestJwt;

/**
 * Two entity-service instances on one database, started together (so their Flyway migrations race),
 * share the analysis of a burst of articles: every article ends analysed exactly once — none skipped,
 * none analysed by both — as the instances' own counters and the entity database show.
 */
class EntityScaleOutIT {

    private static final int ARTICLES = 240;
    private static final String[] PEOPLE = { "Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni",
            "Pedro Sanchez", "Mark Rutte", "Ursula von der Leyen", "Viktor Orban", "Donald Tusk", "Keir Starmer" };
    private static final String[] CITIES = { "Berlin", "Paris", "Madrid", "Warsaw", "Brussels", "Vienna", "Lisbon", "Prague" };

    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess article;
    private static ServiceProcess entityA;
    private static ServiceProcess entityB;
    private static Map<String, String> entityDb;

    @BeforeAll
    static void startOneArticleServiceAndTwoEntityServices() throws Exception {
        Map<String, String> jwt = new TestJwt().start();
        Map<String, String> articleEnv = new HashMap<>(ServiceProcess.freshDatabase("newsgraph_scale_article"));
        articleEnv.putAll(ServiceProcess.trusting(jwt));
        article = launch("article-service", "scale-article-service", articleEnv).awaitReady();

        PostgresTestDatabase db = new PostgresTestDatabase();
        db.init(Map.of("database", "newsgraph_scale_entity"));
        entityDb = db.start();
        Map<String, String> entityEnv = new HashMap<>(ServiceProcess.sameDatabase(entityDb));
        entityEnv.putAll(ServiceProcess.trusting(jwt));
        entityEnv.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", article.url());
        entityEnv.put("NEWSGRAPH_ENTITY_FEED_POLL_INTERVAL", "200ms");
        entityA = launch("entity-service", "scale-entity-service-a", entityEnv);
        entityB = launch("entity-service", "scale-entity-service-b", entityEnv);
        entityA.awaitReady();
        entityB.awaitReady();
    }

    @AfterAll
    static void stopAll() {
        services.forEach(ServiceProcess::close);
    }

    @Test
    void everyArticleIsAnalysedExactlyOnceByOneOfTheInstances() throws Exception {
        String ndjson = IntStream.range(0, ARTICLES).mapToObj(EntityScaleOutIT::articleJson).collect(Collectors.joining("\n"));
        given().baseUri(article.url()).header("Authorization", TestJwt.bearer(TestJwt.editor()))
                .contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(200).body("created", equalTo(ARTICLES));

        Awaitility.await("all articles analysed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT count(*) FROM article_analysis WHERE status = 'DONE'") == ARTICLES);

        double byA = entityA.metric("newsgraph_analysis_articles_total");
        double byB = entityB.metric("newsgraph_analysis_articles_total");
        assertThat("recognitions across both instances", byA + byB, equalTo((double) ARTICLES));
        assertThat("instance A shared the work", byA, greaterThan(0.0));
        assertThat("instance B shared the work", byB, greaterThan(0.0));
        assertThat(count("SELECT count(*) FROM article_analysis WHERE analyzed_version = 1"), equalTo(ARTICLES));
        assertThat("no mention stored twice", rows("""
                SELECT article_id || ':' || start_offset FROM mention
                GROUP BY article_id, start_offset HAVING count(*) > 1"""), empty());
        assertThat("every article names its person", count("SELECT count(DISTINCT article_id) FROM mention"), equalTo(ARTICLES));
    }

    private static String articleJson(int i) {
        String person = PEOPLE[i % PEOPLE.length];
        String city = CITIES[i % CITIES.length];
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        return """
                {"headline":"Talks in %s, round %d","source":"Scale Wire","sections":[{"paragraphs":["%s met ministers in %s on Monday for round %d of the talks. %s said the meeting had gone well."]}]}"""
                .formatted(city, i, person, city, i, surname);
    }

    private static ServiceProcess launch(String module, String name, Map<String, String> env) throws Exception {
        ServiceProcess process = ServiceProcess.launch(module, name, env);
        services.add(process);
        return process;
    }

    private static int count(String sql) throws SQLException {
        List<String> rows = rows(sql);
        return Integer.parseInt(rows.get(0));
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(entityDb.get("quarkus.datasource.jdbc.url"),
                entityDb.get("quarkus.datasource.username"), entityDb.get("quarkus.datasource.password"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}

package dev.newsgraph.entity.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import io.restassured.path.json.JsonPath;

/** What tests of the fed entity service share: waiting for analyses, reading an article's entities, raw SQL. */
public final class FeedTestSupport {

    public static final String DATABASE = "newsgraph_entity_test";
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private FeedTestSupport() {
    }

    /** Waits until the article is analysed at {@code version} or later; answers its analysis status. */
    public static JsonPath awaitDone(UUID articleId, int version) {
        return awaitStatus(articleId, json -> "DONE".equals(json.getString("status"))
                && json.get("analyzedVersion") != null && json.getInt("analyzedVersion") >= version);
    }

    public static JsonPath awaitFailed(UUID articleId) {
        return awaitStatus(articleId, json -> "FAILED".equals(json.getString("status")));
    }

    private static JsonPath awaitStatus(UUID articleId, Predicate<JsonPath> reached) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().get("/articles/{id}/analysis", articleId);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, json -> json != null && reached.test(json));
    }

    /** The article's entities as {@code GET /articles/entities} gives them. */
    public static List<Map<String, Object>> entitiesOf(UUID articleId) {
        return given().queryParam("ids", articleId.toString()).queryParam("limit", 500)
                .get("/articles/entities").then().statusCode(200)
                .extract().jsonPath().getList("items[0].entities");
    }

    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> entityIn(List<Map<String, Object>> entities, String name, String type) {
        return entities.stream()
                .filter(e -> {
                    Map<String, Object> entity = (Map<String, Object>) e.get("entity");
                    return name.equals(entity.get("name")) && type.equals(entity.get("type"));
                })
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> entity(Map<String, Object> articleEntity) {
        return (Map<String, Object>) articleEntity.get("entity");
    }

    public static void sql(String statement) {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(DATABASE),
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
             Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long queryLong(String query) {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(DATABASE),
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
             Statement st = c.createStatement();
             var rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

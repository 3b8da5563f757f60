package dev.newsgraph.article;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.newsgraph.commons.testing.TestJwt;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Test articles and the requests and database checks the tests share. */
public final class TestArticles {

    private TestArticles() {
    }

    /** A marker no other test uses, to find this test's articles. */
    public static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid ArticleInput whose url and content are unique to the marker. */
    public static Map<String, Object> article(String marker) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("url", "https://news.example.com/story/" + marker + "?utm_source=feed");
        article.put("headline", "Kim Jong Un to meet Putin " + marker);
        article.put("standfirst", "A summit in the Russian Far East");
        article.put("authors", List.of("Jane Doe"));
        article.put("source", "Test Wire");
        article.put("language", "en");
        article.put("publishedAt", "2024-09-05T10:00:00Z");
        article.put("tags", List.of("diplomacy"));
        article.put("sections", List.of(
                Map.of("paragraphs", List.of("North Korean leader Kim Jong Un will travel to Vladivostok. " + marker)),
                Map.of("heading", "Weapons talks", "paragraphs", List.of("Officials expect talks on artillery."))));
        return article;
    }

    public static RequestSpecification asEditor() {
        return given().header("Authorization", TestJwt.bearer(TestJwt.editor()));
    }

    /** POSTs the article as an editor and answers its id. */
    public static String create(Map<String, Object> article) {
        return asEditor().contentType(ContentType.JSON).body(article)
                .when().post("/articles")
                .then().statusCode(201)
                .extract().path("article.id");
    }

    /** The sample article of the repository, plain text. */
    public static String sample() {
        try {
            return Files.readString(Path.of("..", "samples", "kim-putin-summit.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single number a query answers, straight from the database. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many articles and events the database holds: what a rejected request must leave unchanged. */
    public record Counts(long articles, long events) {

        public static Counts of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                return new Counts(count(sql, "article"), count(sql, "article_event"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static long count(Statement sql, String table) throws SQLException {
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

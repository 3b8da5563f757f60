package dev.newsgraph.commons.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service's tests a fresh database of their own on the real PostgreSQL server (no Dev Services,
 * no containers): {@code 127.0.0.1:5432} as {@code postgres} unless {@code NEWSGRAPH_TEST_PG_HOST},
 * {@code NEWSGRAPH_TEST_PG_PORT}, {@code NEWSGRAPH_TEST_PG_USER}, {@code NEWSGRAPH_TEST_PG_PASSWORD} say
 * otherwise. The database (init arg {@code database}) is dropped and created anew at each start so a
 * run never depends on what an earlier one left behind.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("PostgresTestDatabase needs a 'database' init arg of [a-z0-9_]");
        }
    }

    @Override
    public Map<String, String> start() {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + jdbcUrl("postgres")
                    + " (start it, or set NEWSGRAPH_TEST_PG_HOST/PORT): " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next start recreates it.
    }

    public static String jdbcUrl(String db) {
        return "jdbc:postgresql://" + env("NEWSGRAPH_TEST_PG_HOST", "127.0.0.1") + ":"
                + env("NEWSGRAPH_TEST_PG_PORT", "5432") + "/" + db;
    }

    public static String user() {
        return env("NEWSGRAPH_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return env("NEWSGRAPH_TEST_PG_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package dev.newsgraph.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.newsgraph.commons.testing.ServiceProcess;

/**
 * A service's database as the tests see it: where it is, and read-only queries that check what the
 * services stored (tests never write to a service's database).
 */
public record Database(String jdbcUrl, String user, String password) {

    /** From the Quarkus datasource configuration that {@code PostgresTestDatabase} answers. */
    public static Database of(Map<String, String> config) {
        return new Database(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
    }

    /** The environment that points a service at this database. */
    public Map<String, String> serviceEnv() {
        return ServiceProcess.sameDatabase(Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", user, "quarkus.datasource.password", password == null ? "" : password));
    }

    /** The single number the query answers, such as a count. */
    public long number(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0));
    }

    /** The first column of every row the query answers, as text. */
    public List<String> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}

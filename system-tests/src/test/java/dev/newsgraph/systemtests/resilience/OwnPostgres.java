package dev.newsgraph.systemtests.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.newsgraph.systemtests.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of the test's own (zonky's embedded binaries), which it may stop and start
 * without touching the shared server: one port and one data directory under target/ for its whole
 * life, so a restart is the same server with the same data, as after a database failover or a
 * maintenance restart.
 */
final class OwnPostgres implements AutoCloseable {

    private static final String USER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private OwnPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new server on an empty data directory {@code target/<name>} and a free port. */
    static OwnPostgres startFresh(String name) throws IOException {
        Path dataDirectory = Path.of("target", name).toAbsolutePath();
        if (Files.exists(dataDirectory)) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(dataDirectory);
        OwnPostgres postgres = new OwnPostgres(dataDirectory, freePort());
        postgres.start();
        return postgres;
    }

    /** Starts the server (again) on its data directory and port. */
    void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    /** Stops the server with PostgreSQL's fast shutdown: open transactions are rolled back, clients disconnected. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    /** Creates a database on the server and describes it for the services. */
    Database createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, ""); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new Database(jdbcUrl(name), USER, "");
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

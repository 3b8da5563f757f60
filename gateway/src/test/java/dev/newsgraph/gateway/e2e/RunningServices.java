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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real article and entity services from their packaged jars (built earlier in the same
 * reactor), each on a fresh database of the real PostgreSQL and a free port, trusting the test run's
 * JWT key, and points the gateway under test at them. Their logs go to target/e2e-logs.
 */
public class RunningServices implements QuarkusTestResourceLifecycleManager {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final List<Process> processes = new ArrayList<>();
    private final TestJwt jwt = new TestJwt();

    @Override
    public Map<String, String> start() {
        Map<String, String> jwtConfig = jwt.start();
        try {
            int articlePort = freePort();
            int entityPort = freePort();
            String articleUrl = "http://127.0.0.1:" + articlePort;
            String entityUrl = "http://127.0.0.1:" + entityPort;

            Map<String, String> articleEnv = serviceEnv(articlePort, "newsgraph_e2e_article", jwtConfig);
            start("article-service", articleEnv, articleUrl);

            Map<String, String> entityEnv = serviceEnv(entityPort, "newsgraph_e2e_entity", jwtConfig);
            entityEnv.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", articleUrl);
            start("entity-service", entityEnv, entityUrl);

            Map<String, String> gateway = new HashMap<>(jwtConfig);
            gateway.put("quarkus.rest-client.article-service.url", articleUrl);
            gateway.put("quarkus.rest-client.entity-service.url", entityUrl);
            return gateway;
        } catch (IOException | InterruptedException e) {
            stop();
            throw new IllegalStateException("could not start the services for the end-to-end test: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
    }

    private static Map<String, String> serviceEnv(int port, String database, Map<String, String> jwtConfig) {
        PostgresTestDatabase db = new PostgresTestDatabase();
        db.init(Map.of("database", database));
        Map<String, String> dbConfig = db.start();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", dbConfig.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", dbConfig.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", dbConfig.get("quarkus.datasource.password"));
        env.put("NEWSGRAPH_JWT_PUBLIC_KEY", jwtConfig.get("mp.jwt.verify.publickey.location"));
        env.put("NEWSGRAPH_JWT_ISSUER", jwtConfig.get("mp.jwt.verify.issuer"));
        return env;
    }

    private void start(String service, Map<String, String> env, String url) throws IOException, InterruptedException {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole reactor (./mvnw verify from the root)");
        }
        Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
        File log = logs.resolve(service + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        awaitReady(service, process, url, log);
    }

    private static void awaitReady(String service, Process process, String url, File log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

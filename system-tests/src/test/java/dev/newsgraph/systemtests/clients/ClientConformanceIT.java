package dev.newsgraph.systemtests.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real GraphQL clients and tools from the npm registry (system-tests/clients: graphql-js, Apollo Client,
 * urql, graphql-request, graphql-ws, GraphQL Code Generator, relay-compiler, graphql-http's audit,
 * GraphiQL and CORS in Debian's chromium, persisted queries) against the real gateway of a full stack.
 * Runs {@code npm ci} when node_modules is missing or older than package-lock.json, then
 * {@code node --test} over the suite; fails with node's report of every failing check.
 */
@ExtendWith(ClientSuite.class)
class ClientConformanceIT {

    private static final Path SUITE = NodeSuite.DIR;
    private static final Path OUT = Path.of("target", "clients").toAbsolutePath();
    private static final Path SCHEMA = Path.of("..", "gateway", "schema.graphql").toAbsolutePath().normalize();
    private static final Duration SUITE_TIMEOUT = Duration.ofMinutes(4);

    private static ClientSuite.Stack stack;

    @BeforeAll
    static void start(ClientSuite.Stack suiteStack) {
        stack = suiteStack;
    }

    @Test
    void everyClientCheckPasses() throws Exception {
        Files.createDirectories(OUT);
        NodeSuite.installWhenStale(OUT.resolve("npm-ci.log"));
        List<String> files;
        try (Stream<Path> tests = Files.list(SUITE.resolve("tests"))) {
            files = tests.map(p -> SUITE.relativize(p).toString()).filter(n -> n.endsWith(".test.mjs")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-concurrency=1",
                "--test-reporter=spec", "--test-reporter-destination=stdout",
                "--test-reporter=tap", "--test-reporter-destination=" + OUT.resolve("node-test.tap")));
        command.addAll(files);
        Path spec = OUT.resolve("node-test.txt");
        long started = System.nanoTime();
        int exit = NodeSuite.run(command, spec, SUITE_TIMEOUT, Map.of(
                "GATEWAY_URL", stack.gatewayUrl(),
                "EDITOR_TOKEN", stack.editorToken(),
                "SCHEMA_PATH", SCHEMA.toString(),
                "CLIENTS_OUT_DIR", OUT.toString(),
                "CORS_PAGE_PORT", String.valueOf(stack.corsPagePort()),
                "NO_COLOR", "1"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String report = Files.readString(spec, StandardCharsets.UTF_8);
        int pass = NodeSuite.count(report, "pass");
        int failed = NodeSuite.count(report, "fail");
        int skipped = NodeSuite.count(report, "skipped") + NodeSuite.count(report, "todo") + NodeSuite.count(report, "cancelled");
        System.out.printf("[clients] node --test over %d files: pass %d, fail %d, skipped/cancelled %d in %d s "
                + "(stack ready in %d s; report in %s)%n", files.size(), pass, failed, skipped, took.toSeconds(),
                stack.startup().toSeconds(), spec);
        if (exit != 0 || failed > 0 || skipped > 0 || pass == 0) {
            int failing = report.indexOf("✖ failing tests:");
            fail("The GraphQL client conformance suite failed (node exit " + exit + ", " + failed + " failing, " + skipped
                    + " skipped or cancelled, " + pass + " passing):\n" + (failing >= 0 ? report.substring(failing) : report));
        }
        assertEquals(0, exit);
    }
}

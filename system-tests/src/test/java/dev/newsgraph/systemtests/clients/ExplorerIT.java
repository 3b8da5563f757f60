package dev.newsgraph.systemtests.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The explorer web app, as the gateway serves it at {@code /}, in Debian's chromium driven by playwright-core
 * ({@code clients/explorer/explorer.test.mjs}) against the client suite's stack: feed, search "Putin", the
 * summit article with its highlighted mentions, Vladimir Putin's page with its graph, a live update, an
 * editor merge, axe-core on the three pages, a phone-sized feed, no request off the gateway, every operation
 * in the app's persisted-query manifest. Screenshots and node's report go to {@code target/explorer/}.
 */
@ExtendWith(ClientSuite.class)
class ExplorerIT {

    private static final Path OUT = Path.of("target", "explorer").toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static ClientSuite.Stack stack;

    @BeforeAll
    static void start(ClientSuite.Stack suiteStack) {
        stack = suiteStack;
    }

    @Test
    void theExplorerWorksInChromium() throws Exception {
        Files.createDirectories(OUT);
        NodeSuite.installWhenStale(OUT.resolve("npm-ci.log"));
        Path spec = OUT.resolve("node-test.txt");
        long started = System.nanoTime();
        int exit = NodeSuite.run(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec",
                "explorer/explorer.test.mjs"), spec, TIMEOUT, Map.of(
                        "GATEWAY_URL", stack.gatewayUrl(),
                        "EDITOR_TOKEN", stack.editorToken(),
                        "SUMMIT_ARTICLE_ID", stack.articleIds().get(0),
                        "EXPLORER_OUT_DIR", OUT.toString(),
                        "NO_COLOR", "1"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String report = Files.readString(spec, StandardCharsets.UTF_8);
        int pass = NodeSuite.count(report, "pass");
        int failed = NodeSuite.count(report, "fail");
        int skipped = NodeSuite.count(report, "skipped") + NodeSuite.count(report, "todo") + NodeSuite.count(report, "cancelled");
        System.out.printf("[explorer] chromium checks: pass %d, fail %d, skipped/cancelled %d in %d s (screenshots and report in %s)%n",
                pass, failed, skipped, took.toSeconds(), OUT);
        if (exit != 0 || failed > 0 || skipped > 0 || pass == 0) {
            fail("The explorer's browser checks failed (node exit " + exit + ", " + failed + " failing, " + skipped
                    + " skipped or cancelled, " + pass + " passing):\n" + report);
        }
        assertEquals(0, exit);
    }
}

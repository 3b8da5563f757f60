package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The production overlay's alerting rules, checked by Prometheus' own tool: {@code promtool check rules}
 * (PromQL parses, templates render, names are valid) and {@code promtool test rules} on the unit tests in
 * src/test/resources/alerts (each alert fires on the series it is meant for, with its labels and text,
 * and stays quiet beside it). The rules are taken from the rendered PrometheusRule, as applied.
 */
class AlertRulesTest {

    private static final Path WORK = Kustomize.DEPLOY_DIR.resolve("target/promtool");

    @BeforeAll
    static void extractRules() throws IOException {
        Files.createDirectories(WORK);
        var spec = Kustomize.overlay("production").get("PrometheusRule", "newsgraph").path("spec");
        new ObjectMapper(new YAMLFactory()).writeValue(WORK.resolve("newsgraph-rules.yaml").toFile(), spec);
        try (InputStream tests = AlertRulesTest.class.getResourceAsStream("/alerts/alerts-test.yaml")) {
            Files.copy(tests, WORK.resolve("alerts-test.yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theRulesAreValid() {
        assertPromtool("check", "rules", WORK.resolve("newsgraph-rules.yaml").toString());
    }

    @Test
    void everyAlertPassesItsUnitTests() {
        assertPromtool("test", "rules", WORK.resolve("alerts-test.yaml").toString());
    }

    private static void assertPromtool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(promtool().toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** promtool from PROMTOOL, else /usr/bin/promtool, else the PATH; a clear failure when there is none. */
    static Path promtool() {
        String configured = System.getenv("PROMTOOL");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/bin/promtool");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "promtool"))) {
                return Path.of(dir, "promtool");
            }
        }
        throw new IllegalStateException("promtool is not installed, and the deploy checks test the alerting rules with it: "
                + "install the Debian package prometheus (apt-get install prometheus; .ci/run does), or set PROMTOOL to its path");
    }
}

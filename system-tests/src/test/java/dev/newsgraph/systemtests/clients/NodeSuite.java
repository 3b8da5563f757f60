package dev.newsgraph.systemtests.clients;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The npm project in system-tests/clients, as the node-based ITs use it: {@code npm ci} when node_modules is
 * missing or older than package-lock.json (never a browser download), node processes with a timeout, and
 * the figures of node's spec report.
 */
final class NodeSuite {

    static final Path DIR = Path.of("clients").toAbsolutePath();
    private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(5);

    private NodeSuite() {
    }

    /** {@code npm ci} when node_modules is missing or older than package-lock.json; its output goes to {@code log}. */
    static synchronized void installWhenStale(Path log) throws IOException, InterruptedException {
        Path lock = DIR.resolve("package-lock.json");
        Path installed = DIR.resolve("node_modules").resolve(".package-lock.json");
        if (Files.isRegularFile(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        int exit = run(List.of("npm", "ci", "--no-audit", "--no-fund"), log, NPM_CI_TIMEOUT, Map.of());
        if (exit != 0) {
            fail("npm ci in " + DIR + " failed (exit " + exit + "):\n" + Files.readString(log));
        }
        Files.setLastModifiedTime(installed, FileTime.fromMillis(System.currentTimeMillis()));
    }

    /** Runs {@code command} in the suite's directory, output to {@code output}; fails the test when it outlives {@code timeout}. */
    static int run(List<String> command, Path output, Duration timeout, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        builder.environment().put("PLAYWRIGHT_BROWSERS_PATH", "0");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail(String.join(" ", command) + " did not finish within " + timeout + "; its output so far:\n" + tail(output));
        }
        return process.exitValue();
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
    }

    /** The figure of node's spec summary line, e.g. {@code ℹ fail 3}. */
    static int count(String report, String what) {
        Matcher m = Pattern.compile("^ℹ " + what + " (\\d+)$", Pattern.MULTILINE).matcher(report);
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }
}

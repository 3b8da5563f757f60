package dev.newsgraph.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Renders a Kustomize directory with kubectl's built-in Kustomize, as `kubectl apply -k` would. */
final class Kustomize {

    static final Path DEPLOY_DIR = Path.of(System.getProperty("newsgraph.deploy.dir", "."));
    static final Path OVERLAYS = DEPLOY_DIR.resolve("kubernetes/overlays");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();
    /** The overlays use Kustomize 5 features (labels, patches with targets); kubectl 1.27+ embeds it. */
    private static final int KUSTOMIZE_MAJOR = 5;
    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("\"kustomizeVersion\"\\s*:\\s*\"v(\\d+)\\.");
    private static final Supplier<Path> KUBECTL = memoize(() -> requireKustomize(kubectl()));

    private Kustomize() {
    }

    /** The overlays under deploy/kubernetes/overlays, by directory name. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(dir -> Files.exists(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + OVERLAYS, e);
        }
    }

    /** The overlay's objects, rendered once per test run (the checks only read them). */
    static Rendered overlay(String name) {
        return RENDERED.computeIfAbsent(name, overlay -> new Rendered(overlay, parse(render(OVERLAYS.resolve(overlay)))));
    }

    static String render(Path dir) {
        return run(KUBECTL.get(), "kustomize", dir.toString());
    }

    private static String run(Path kubectl, String... arguments) {
        List<String> command = new ArrayList<>(List.of(kubectl.toString()));
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile("kubectl", ".out");
            Path err = Files.createTempFile("kubectl", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                            + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        try {
            List<JsonNode> objects = new ArrayList<>();
            try (var parser = YAML.getFactory().createParser(yaml)) {
                var documents = YAML.readValues(parser, JsonNode.class);
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document != null && !document.isNull() && !document.isMissingNode()) {
                        objects.add(document);
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new IllegalStateException("rendered output is not YAML", e);
        }
    }

    private static Path requireKustomize(Path kubectl) {
        String version = run(kubectl, "version", "--client", "-o", "json");
        Matcher matcher = KUSTOMIZE_VERSION.matcher(version);
        if (!matcher.find() || Integer.parseInt(matcher.group(1)) < KUSTOMIZE_MAJOR) {
            throw new IllegalStateException(kubectl + " does not embed Kustomize " + KUSTOMIZE_MAJOR + " or newer (kubectl "
                    + "1.27+ does); install the kubectl package (apt-get install kubectl) in a current version. "
                    + "kubectl version says: " + version.strip());
        }
        return kubectl;
    }

    /** kubectl from KUBECTL, else /usr/bin/kubectl, else the PATH; a clear failure when there is none. */
    static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return requireExecutable(Path.of(configured));
        }
        Path debian = Path.of("/usr/bin/kubectl");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("kubectl is not installed, and the deploy checks render the Kustomize overlays "
                + "with it: install the Debian package kubectl (apt-get install kubectl; kubectl 1.27 or newer), "
                + "or set KUBECTL to its path");
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        Map<Boolean, T> value = new ConcurrentHashMap<>();
        return () -> value.computeIfAbsent(Boolean.TRUE, key -> supplier.get());
    }

    private static Path requireExecutable(Path kubectl) {
        if (!Files.isExecutable(kubectl)) {
            throw new IllegalStateException("KUBECTL=" + kubectl + " is not an executable file; install Debian's "
                    + "kubectl package (apt-get install kubectl) or point KUBECTL at kubectl");
        }
        return kubectl;
    }
}

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
        Path kubectl = kubectl();
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish within 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + dir + " failed (exit " + process.exitValue()
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
            throw new IllegalStateException("interrupted while rendering " + dir, e);
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
                + "with it: install Debian's kubectl package (apt-get install kubectl), or set KUBECTL to its path");
    }

    private static Path requireExecutable(Path kubectl) {
        if (!Files.isExecutable(kubectl)) {
            throw new IllegalStateException("KUBECTL=" + kubectl + " is not an executable file; install Debian's "
                    + "kubectl package (apt-get install kubectl) or point KUBECTL at kubectl");
        }
        return kubectl;
    }
}

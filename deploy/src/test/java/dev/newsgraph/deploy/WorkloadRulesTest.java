package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The rules every workload of every overlay follows: images, probes, resources, security, metrics. */
class WorkloadRulesTest {

    /** Memory a pod may ask for and be held to, by how its image runs. */
    private record MemoryBounds(long minRequestMi, long maxLimitMi) {
    }

    private static final MemoryBounds NATIVE = new MemoryBounds(32, 128);
    private static final MemoryBounds JVM = new MemoryBounds(256, 768);
    /** The NER lexicon, models and ONNX Runtime take memory on top of what a Quarkus JVM needs (docs/quality.md). */
    private static final Map<String, MemoryBounds> JVM_EXCEPTIONS = Map.of("entity-service", new MemoryBounds(768, 1024));
    /** What a Quarkus JVM needs beside its heap: metaspace, code cache, thread stacks, buffers. */
    private static final long JVM_NON_HEAP_MI = 150;

    private static final Pattern IMAGE = Pattern.compile(
            "^(?:[a-z0-9.-]+(?::[0-9]+)?/)?newsgraph/(?<name>[a-z0-9-]+):(?<tag>[A-Za-z0-9._-]+)$");

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceModuleIsDeployedOnceUnderItsImageName(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        assertNotNull(ServiceModules.VERSION, "the build passes the project version as newsgraph.version");
        List<String> deployed = rendered.ofKind("Deployment").map(Rendered::name).sorted().toList();
        assertEquals(ServiceModules.artifactIds(), deployed);
        List<String> problems = new ArrayList<>();
        rendered.ofKind("Deployment").forEach(deployment -> {
            String name = Rendered.name(deployment);
            for (JsonNode container : containers(deployment)) {
                String image = container.path("image").asText();
                Matcher matcher = IMAGE.matcher(image);
                if (!matcher.matches()) {
                    problems.add(name + ": image " + image + " is not newsgraph/<module>:<tag>");
                    continue;
                }
                String tag = matcher.group("tag");
                if (!matcher.group("name").equals(name)) {
                    problems.add(name + ": runs the image of " + matcher.group("name"));
                }
                if (!tag.equals(ServiceModules.VERSION) && !tag.equals(ServiceModules.VERSION + "-native")) {
                    problems.add(name + ": tag " + tag + " is neither the build's version " + ServiceModules.VERSION
                            + " (JVM) nor " + ServiceModules.VERSION + "-native");
                }
                if (isNative(container) && !ServiceModules.hasNativeDockerfile(name)) {
                    problems.add(name + ": a native image, but the module has no Dockerfile.native-micro");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceIsProbedOnItsQuarkusHealthEndpoints(String overlay) {
        List<String> problems = new ArrayList<>();
        Kustomize.overlay(overlay).ofKind("Deployment").forEach(deployment -> {
            for (JsonNode container : containers(deployment)) {
                String where = Rendered.name(deployment) + "/" + container.path("name").asText();
                checkHttpProbe(where, container, "startupProbe", "/q/health/started", problems);
                checkHttpProbe(where, container, "livenessProbe", "/q/health/live", problems);
                checkHttpProbe(where, container, "readinessProbe", "/q/health/ready", problems);
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyWorkloadHasProbes(String overlay) {
        List<String> problems = new ArrayList<>();
        workloads(Kustomize.overlay(overlay)).forEach(workload -> {
            for (JsonNode container : containers(workload)) {
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    if (container.path(probe).isMissingNode()) {
                        problems.add(Rendered.describe(workload) + ": no " + probe);
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceIsSizedForHowItRuns(String overlay) {
        List<String> problems = new ArrayList<>();
        Kustomize.overlay(overlay).ofKind("Deployment").forEach(deployment -> {
            String name = Rendered.name(deployment);
            for (JsonNode container : containers(deployment)) {
                JsonNode resources = container.path("resources");
                BigDecimal request = Quantities.parse(resources.path("requests").path("memory"));
                BigDecimal limit = Quantities.parse(resources.path("limits").path("memory"));
                MemoryBounds bounds = isNative(container) ? NATIVE : JVM_EXCEPTIONS.getOrDefault(name, JVM);
                String flavour = isNative(container) ? "native" : "JVM";
                if (request.compareTo(Quantities.mebibytes(bounds.minRequestMi())) < 0) {
                    problems.add(name + " (" + flavour + "): memory request below " + bounds.minRequestMi() + "Mi");
                }
                if (limit.compareTo(Quantities.mebibytes(bounds.maxLimitMi())) > 0) {
                    problems.add(name + " (" + flavour + "): memory limit above " + bounds.maxLimitMi() + "Mi");
                }
                if (isNative(container)) {
                    checkNativeHeap(name, container, limit, problems);
                } else {
                    checkJvmHeap(name, limit, problems);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyWorkloadRequestsAndLimitsCpuAndMemory(String overlay) {
        List<String> problems = new ArrayList<>();
        workloads(Kustomize.overlay(overlay)).forEach(workload -> {
            for (JsonNode container : containers(workload)) {
                JsonNode resources = container.path("resources");
                for (String resource : List.of("cpu", "memory")) {
                    JsonNode request = resources.path("requests").path(resource);
                    JsonNode limit = resources.path("limits").path(resource);
                    if (request.isMissingNode() || limit.isMissingNode()) {
                        problems.add(Rendered.describe(workload) + ": " + resource + " needs a request and a limit");
                    } else if (Quantities.parse(request).compareTo(Quantities.parse(limit)) > 0) {
                        problems.add(Rendered.describe(workload) + ": " + resource + " request above its limit");
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyWorkloadRunsLockedDown(String overlay) {
        List<String> problems = new ArrayList<>();
        workloads(Kustomize.overlay(overlay)).forEach(workload -> {
            String what = Rendered.describe(workload);
            JsonNode pod = podSpec(workload);
            JsonNode podSecurity = pod.path("securityContext");
            if (!podSecurity.path("runAsNonRoot").asBoolean(false)) {
                problems.add(what + ": pod not runAsNonRoot");
            }
            // explicit ids, not whatever the image declares: validators and admission policies check them
            if (podSecurity.path("runAsUser").asInt(0) <= 0 || podSecurity.path("runAsGroup").asInt(0) <= 0) {
                problems.add(what + ": pod runAsUser and runAsGroup are not explicit non-root ids");
            }
            if (!"RuntimeDefault".equals(podSecurity.path("seccompProfile").path("type").asText())) {
                problems.add(what + ": pod seccompProfile is not RuntimeDefault");
            }
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                problems.add(what + ": mounts a service account token it never uses");
            }
            for (JsonNode container : containers(workload)) {
                String where = what + "/" + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                if (!security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))) {
                    problems.add(where + ": not runAsNonRoot");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + ": root filesystem is writable");
                }
                if (security.path("privileged").asBoolean(false)) {
                    problems.add(where + ": privileged");
                }
                List<String> dropped = texts(security.path("capabilities").path("drop"));
                if (!dropped.contains("ALL") || !security.path("capabilities").path("add").isMissingNode()) {
                    problems.add(where + ": capabilities are not all dropped");
                }
                if (!mountsEmptyDirAt(pod, container, "/tmp")) {
                    problems.add(where + ": no emptyDir at /tmp (the root filesystem is read-only)");
                }
                String image = container.path("image").asText();
                if (image.endsWith(":latest") || !image.substring(image.lastIndexOf('/') + 1).contains(":")) {
                    problems.add(where + ": image " + image + " is not pinned to a tag");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceInvitesPrometheusToItsMetrics(String overlay) {
        List<String> problems = new ArrayList<>();
        Kustomize.overlay(overlay).ofKind("Deployment").forEach(deployment -> {
            String name = Rendered.name(deployment);
            JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
            JsonNode container = containers(deployment).get(0);
            List<String> ports = StreamSupport.stream(container.path("ports").spliterator(), false)
                    .map(port -> port.path("containerPort").asText()).toList();
            if (!"true".equals(annotations.path("prometheus.io/scrape").asText())) {
                problems.add(name + ": no prometheus.io/scrape: \"true\"");
            }
            if (!"/q/metrics".equals(annotations.path("prometheus.io/path").asText())) {
                problems.add(name + ": prometheus.io/path is not /q/metrics");
            }
            if (!ports.contains(annotations.path("prometheus.io/port").asText())) {
                problems.add(name + ": prometheus.io/port is not a port of the container");
            }
        });
        assertEquals(List.of(), problems);
    }

    static List<JsonNode> workloads(Rendered rendered) {
        List<JsonNode> workloads = new ArrayList<>(rendered.ofKind("Deployment").toList());
        workloads.addAll(rendered.ofKind("StatefulSet").toList());
        return workloads;
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static List<JsonNode> containers(JsonNode workload) {
        return StreamSupport.stream(podSpec(workload).path("containers").spliterator(), false).toList();
    }

    static boolean isNative(JsonNode container) {
        return container.path("image").asText().endsWith("-native");
    }

    private static void checkHttpProbe(String where, JsonNode container, String probe, String path,
            List<String> problems) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        if (!path.equals(httpGet.path("path").asText())) {
            problems.add(where + ": " + probe + " does not GET " + path);
            return;
        }
        String port = httpGet.path("port").asText();
        boolean declared = StreamSupport.stream(container.path("ports").spliterator(), false)
                .anyMatch(p -> port.equals(p.path("name").asText()) || port.equals(p.path("containerPort").asText()));
        if (!declared) {
            problems.add(where + ": " + probe + " probes port " + port + ", which the container does not declare");
        }
    }

    private static void checkNativeHeap(String name, JsonNode container, BigDecimal limit, List<String> problems) {
        String xmx = texts(container.path("args")).stream().filter(arg -> arg.startsWith("-Xmx")).findFirst().orElse(null);
        if (xmx == null) {
            problems.add(name + " (native): no -Xmx; a native heap may otherwise grow to 80% of the limit");
            return;
        }
        BigDecimal heap = Quantities.parse(xmx.substring(4).replace("m", "Mi").replace("g", "Gi"));
        if (heap.multiply(BigDecimal.valueOf(2)).compareTo(limit) > 0) {
            problems.add(name + " (native): " + xmx + " leaves less than half the memory limit to the rest");
        }
    }

    /** The JVM images size the heap as JAVA_MAX_MEM_RATIO percent of the limit (Dockerfile.jvm). */
    private static void checkJvmHeap(String name, BigDecimal limit, List<String> problems) {
        int ratio = maxMemRatio(name);
        BigDecimal heap = limit.multiply(BigDecimal.valueOf(ratio)).divide(BigDecimal.valueOf(100));
        if (heap.add(Quantities.mebibytes(JVM_NON_HEAP_MI)).compareTo(limit) > 0) {
            problems.add(name + " (JVM): a " + ratio + "% heap leaves less than " + JVM_NON_HEAP_MI
                    + "Mi of the limit for the rest of the JVM");
        }
    }

    private static int maxMemRatio(String module) {
        try {
            String dockerfile = Files.readString(
                    ServiceModules.ROOT.resolve(module).resolve("src/main/docker/Dockerfile.jvm"));
            Matcher matcher = Pattern.compile("ENV JAVA_MAX_MEM_RATIO=(\\d+)").matcher(dockerfile);
            // the base image's own default when the Dockerfile does not say
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 80;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mountsEmptyDirAt(JsonNode pod, JsonNode container, String path) {
        return StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(mount -> path.equals(mount.path("mountPath").asText()))
                .map(mount -> mount.path("name").asText())
                .anyMatch(volume -> StreamSupport.stream(pod.path("volumes").spliterator(), false)
                        .anyMatch(v -> volume.equals(v.path("name").asText()) && v.has("emptyDir")));
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

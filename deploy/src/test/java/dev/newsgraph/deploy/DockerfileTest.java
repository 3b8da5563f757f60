package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The images agree with the manifests: pinned UBI 9 bases (the JVM one by default, as a build argument), a numeric non-root user, the service's port. */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("^FROM (\\S+)$", Pattern.MULTILINE);
    private static final Pattern ARG = Pattern.compile("^ARG (\\S+)$", Pattern.MULTILINE);
    private static final Pattern USER = Pattern.compile("^USER (\\S+)$", Pattern.MULTILINE);
    private static final Pattern EXPOSE = Pattern.compile("^EXPOSE (\\d+)$", Pattern.MULTILINE);

    static List<String> modules() {
        return ServiceModules.artifactIds();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theJvmImageRunsOnThePinnedUbi9Java17Runtime(String module) throws IOException {
        String dockerfile = dockerfile(module, "Dockerfile.jvm");
        // the base is a build argument (a local stand-in where no registry is reachable) whose default is the pinned image
        assertEquals("${BASE_IMAGE}", only(FROM, dockerfile, module));
        assertEquals("BASE_IMAGE=registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24", only(ARG, dockerfile, module));
        checkUserAndPort(module, dockerfile);
        assertTrue(dockerfile.contains("/deployments/quarkus-run.jar"), "runs the fast-jar layout");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theNativeImageRunsOnThePinnedUbi9QuarkusMicroImage(String module) throws IOException {
        String dockerfile = dockerfile(module, "Dockerfile.native-micro");
        assertEquals("quay.io/quarkus/ubi9-quarkus-micro-image:2.0", only(FROM, dockerfile, module));
        checkUserAndPort(module, dockerfile);
        assertTrue(dockerfile.contains("target/*-runner"), "copies the native executable");
    }

    /**
     * The Debian stand-in for the JVM base (deploy/images/debian-base) owns /deployments as the user and
     * group every JVM pod runs as, so its images run under the manifests' security context as they are.
     */
    @Test
    void theLocalDebianBaseHasTheJvmPodsUserAndGroup() throws IOException {
        String script = Files.readString(Kustomize.DEPLOY_DIR.resolve("images/debian-base/build.sh"));
        Matcher group = Pattern.compile("groupadd --gid (\\d+) ").matcher(script);
        Matcher user = Pattern.compile("useradd --uid (\\d+) --gid (\\d+) ").matcher(script);
        assertTrue(group.find() && user.find(), "build.sh creates no numeric user and group");
        assertEquals(group.group(1), user.group(2), "the user's primary group is not the group created");
        assertTrue(script.contains("chown " + user.group(1) + ":" + group.group(1) + " \"$1/deployments\""), "/deployments is not theirs");
        for (String overlay : Kustomize.overlays()) {
            Kustomize.overlay(overlay).ofKind("Deployment").forEach(deployment -> {
                if (WorkloadRulesTest.containers(deployment).stream().noneMatch(WorkloadRulesTest::isNative)) {
                    JsonNode security = WorkloadRulesTest.podSpec(deployment).path("securityContext");
                    assertEquals(user.group(1), security.path("runAsUser").asText(), overlay + ": " + Rendered.describe(deployment));
                    assertEquals(group.group(1), security.path("runAsGroup").asText(), overlay + ": " + Rendered.describe(deployment));
                }
            });
        }
    }

    /**
     * runAsNonRoot can only be verified by the kubelet for a numeric user, and the container port, the
     * image's port and the service's own quarkus.http.port must be one number (no override is configured).
     */
    private static void checkUserAndPort(String module, String dockerfile) {
        String user = only(USER, dockerfile, module);
        assertTrue(user.matches("[1-9]\\d*"), module + ": USER " + user + " is not a numeric non-root id");
        String port = ServiceModules.applicationProperties(module).getProperty("quarkus.http.port");
        assertEquals(port, only(EXPOSE, dockerfile, module), module + ": EXPOSE differs from quarkus.http.port");
        for (String overlay : Kustomize.overlays()) {
            JsonNode container = WorkloadRulesTest.containers(Kustomize.overlay(overlay).get("Deployment", module)).get(0);
            assertEquals(port, container.path("ports").path(0).path("containerPort").asText(),
                    overlay + ": the container port of " + module + " differs from its quarkus.http.port");
        }
    }

    private static String dockerfile(String module, String name) throws IOException {
        return Files.readString(ServiceModules.ROOT.resolve(module).resolve("src/main/docker").resolve(name));
    }

    private static String only(Pattern instruction, String dockerfile, String module) {
        Matcher matcher = instruction.matcher(dockerfile);
        assertTrue(matcher.find(), module + ": no " + instruction.pattern());
        String value = matcher.group(1);
        assertTrue(!matcher.find(), module + ": more than one " + instruction.pattern());
        return value;
    }
}

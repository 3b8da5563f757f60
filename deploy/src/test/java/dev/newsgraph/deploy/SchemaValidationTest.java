package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every overlay renders, and every rendered object is valid against its Kubernetes schema. */
class SchemaValidationTest {

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @Test
    void bothOverlaysExist() {
        assertEquals(List.of("dev", "production"), overlays());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesItsSchema(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        assertFalse(rendered.objects().isEmpty(), overlay + " renders nothing");
        List<String> problems = new ArrayList<>();
        for (JsonNode object : rendered.objects()) {
            KubernetesSchema.violations(object)
                    .forEach(problem -> problems.add(Rendered.describe(object) + ": " + problem));
        }
        assertEquals(List.of(), problems, overlay + " renders invalid objects");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectLandsInTheNewsgraphNamespace(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        Set<String> elsewhere = rendered.objects().stream()
                .filter(object -> !"Namespace".equals(object.path("kind").asText()))
                .filter(object -> !"newsgraph".equals(object.path("metadata").path("namespace").asText()))
                .map(Rendered::describe)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), elsewhere);
        assertEquals("restricted", rendered.get("Namespace", "newsgraph").path("metadata").path("labels")
                .path("pod-security.kubernetes.io/enforce").asText(), "the namespace enforces the restricted profile");
    }

    @Test
    void aValidDeploymentPasses() {
        assertEquals(List.of(), KubernetesSchema.violations(yaml(VALID_DEPLOYMENT)));
    }

    @Test
    void aMisspeltFieldIsRejectedWithItsPath() {
        List<String> problems = KubernetesSchema.violations(
                yaml(VALID_DEPLOYMENT.replace("readinessProbe:", "readynessProbe:")));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("readynessProbe"), problems::toString);
        assertTrue(problems.get(0).contains("containers"), problems::toString);
    }

    @Test
    void aNumberWhereTheApiWantsAStringIsRejected() {
        List<String> problems = KubernetesSchema.violations(yaml(VALID_DEPLOYMENT.replace("value: \"8\"", "value: 8")));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("env"), problems::toString);
    }

    @Test
    void aStringWhereTheApiWantsANumberIsRejected() {
        List<String> problems = KubernetesSchema.violations(yaml(VALID_DEPLOYMENT.replace("replicas: 1", "replicas: \"1\"")));
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void anUnknownKindIsRejected() {
        List<String> problems = KubernetesSchema.violations(yaml("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                """));
        assertEquals(List.of("no schema known for example.com/v1/Widget: add it to KubernetesSchema"), problems);
    }

    @Test
    void aClusterWithoutInstancesOrWithAnUnknownFieldIsRejected() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                """;
        assertEquals(List.of(), KubernetesSchema.violations(yaml(cluster)));
        List<String> misspelt = KubernetesSchema.violations(yaml(cluster.replace("instances: 3", "instance: 3")));
        assertEquals(2, misspelt.size(), misspelt::toString);
        assertTrue(misspelt.stream().anyMatch(problem -> problem.contains("instances")), misspelt::toString);
        assertTrue(misspelt.stream().anyMatch(problem -> problem.contains("instance")), misspelt::toString);
        assertFalse(KubernetesSchema.violations(yaml(cluster.replace("instances: 3", "instances: three"))).isEmpty());
        assertFalse(KubernetesSchema.violations(yaml(cluster.replace("size: 1Gi", "size: lots"))).isEmpty());
    }

    private static JsonNode yaml(String text) {
        return Kustomize.parse(text).get(0);
    }

    private static final String VALID_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: example
            spec:
              replicas: 1
              selector:
                matchLabels: {app: example}
              template:
                metadata:
                  labels: {app: example}
                spec:
                  containers:
                    - name: example
                      image: example/example:1.0
                      env:
                        - name: THREADS
                          value: "8"
                      resources:
                        limits: {cpu: 1, memory: 128Mi}
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: 8080}
            """;
}

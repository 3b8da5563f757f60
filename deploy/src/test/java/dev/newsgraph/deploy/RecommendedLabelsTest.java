package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every rendered object, and every pod it makes, carries Kubernetes' recommended labels
 * ({@code app.kubernetes.io/name, instance, version, component, part-of, managed-by}), so dashboards,
 * policies and {@code kubectl get -l} can select Newsgraph's objects by installation and version.
 */
class RecommendedLabelsTest {

    private static final List<String> RECOMMENDED = List.of("name", "instance", "version", "component", "part-of", "managed-by");

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectAndPodCarriesTheRecommendedLabels(String overlay) {
        Map<String, String> shared = Map.of("app.kubernetes.io/part-of", "newsgraph", "app.kubernetes.io/instance", "newsgraph-" + overlay,
                "app.kubernetes.io/version", System.getProperty("newsgraph.version"), "app.kubernetes.io/managed-by", "kustomize");
        List<String> problems = new ArrayList<>();
        for (JsonNode object : Kustomize.overlay(overlay).objects()) {
            check(Rendered.describe(object), object.path("metadata").path("labels"), shared, problems);
            JsonNode template = object.path("spec").path("template");
            if (!template.isMissingNode()) {
                check(Rendered.describe(object) + " pods", template.path("metadata").path("labels"), shared, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(String what, JsonNode labels, Map<String, String> shared, List<String> problems) {
        for (String label : RECOMMENDED) {
            if (labels.path("app.kubernetes.io/" + label).asText().isEmpty()) {
                problems.add(what + ": no app.kubernetes.io/" + label);
            }
        }
        shared.forEach((label, value) -> {
            if (labels.has(label) && !labels.path(label).asText().equals(value)) {
                problems.add(what + ": " + label + " is " + labels.path(label).asText() + ", not " + value);
            }
        });
    }
}

package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The minimum Kubernetes version deploy/README.md states ("A Kubernetes cluster, 1.27 or newer") is
 * the newest version any API or field the production overlay uses needs: a manifest that starts using
 * something newer fails here until the README says so, and the README never asks for more than needed.
 */
class MinimumKubernetesVersionTest {

    private static final Pattern STATED = Pattern.compile("A Kubernetes cluster, 1\\.(\\d+) or newer");

    /** The Kubernetes minor version each API (apiVersion/kind) became available as GA. */
    private static final Map<String, Integer> API_SINCE = Map.of(
            "policy/v1/PodDisruptionBudget", 21,
            "autoscaling/v2/HorizontalPodAutoscaler", 23,
            "networking.k8s.io/v1/Ingress", 19,
            "networking.k8s.io/v1/NetworkPolicy", 7,
            "apps/v1/Deployment", 9,
            "apps/v1/StatefulSet", 9);

    @Test
    void theStatedMinimumIsWhatTheProductionOverlayNeeds() throws IOException {
        Matcher stated = STATED.matcher(Files.readString(Kustomize.DEPLOY_DIR.resolve("README.md")));
        assertTrue(stated.find(), "deploy/README.md states no minimum Kubernetes version as 'A Kubernetes cluster, 1.N or newer'");
        Map<Integer, String> needs = new TreeMap<>();
        for (JsonNode object : Kustomize.overlay("production").objects()) {
            String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            if (API_SINCE.containsKey(type)) {
                needs.putIfAbsent(API_SINCE.get(type), type);
            }
            if (object.path("metadata").path("labels").has("pod-security.kubernetes.io/enforce")) {
                needs.putIfAbsent(25, "Pod Security admission labels (GA in 1.25)");
            }
            JsonNode pod = object.path("spec").path("template").path("spec");
            for (JsonNode constraint : pod.path("topologySpreadConstraints")) {
                if (constraint.has("matchLabelKeys")) {
                    needs.putIfAbsent(27, "topologySpreadConstraints.matchLabelKeys (beta, on by default, in 1.27)");
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.path("emptyDir").has("sizeLimit")) {
                    needs.putIfAbsent(25, "emptyDir.sizeLimit (local storage capacity isolation, GA in 1.25)");
                }
            }
        }
        int newest = ((TreeMap<Integer, String>) needs).lastKey();
        assertEquals("1." + newest, "1." + stated.group(1),
                "deploy/README.md must state the newest version the production overlay needs: " + needs.get(newest));
    }
}

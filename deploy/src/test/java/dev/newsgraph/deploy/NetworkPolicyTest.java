package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsgraph.deploy.NetworkPolicies.Pod;

/** Who may connect to whom, evaluated on the rendered NetworkPolicies, Services and Ingress. */
class NetworkPolicyTest {

    private static final String NAMESPACE = "newsgraph";

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayIsOpenOnItsHttpPortOnly(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        Map<String, Pod> pods = pods(rendered);
        NetworkPolicies policies = new NetworkPolicies(rendered);
        assertEquals(pods.keySet(), admitted(policies, pods, "gateway", 8080));
        assertEquals(Set.of(), admitted(policies, pods, "gateway", 9000));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theArticleServiceAnswersTheGatewayAndTheEntityServiceOnly(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        assertEquals(Set.of("gateway", "entity-service"),
                admitted(new NetworkPolicies(rendered), pods(rendered), "article-service", 8081));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theEntityServiceAnswersTheGatewayOnly(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        assertEquals(Set.of("gateway"), admitted(new NetworkPolicies(rendered), pods(rendered), "entity-service", 8082));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachDatabaseAnswersItsOwnServiceOnly(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered);
        Map<String, Pod> pods = pods(rendered);
        boolean operated = rendered.ofKind("Cluster").findAny().isPresent();
        for (String service : List.of("article", "entity")) {
            Set<String> expected = new TreeSet<>(Set.of(service + "-service"));
            if (operated) {
                // replication between the cluster's own instances, and the CloudNativePG operator
                expected.addAll(Set.of(service + "-db", "cnpg-operator"));
            }
            assertEquals(expected, admitted(policies, pods, service + "-db", 5432), service + "-db");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsPublished(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        List<JsonNode> ingresses = rendered.ofKind("Ingress").toList();
        assertEquals(1, ingresses.size());
        Set<String> backends = ingresses.get(0).findValues("service").stream()
                .map(service -> service.path("name").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("gateway"), backends);
        Set<String> exposedServices = rendered.ofKind("Service")
                .filter(service -> Set.of("NodePort", "LoadBalancer").contains(service.path("spec").path("type").asText()))
                .map(Rendered::name).collect(Collectors.toSet());
        assertEquals(Set.of(), exposedServices);
        assertFalse(rendered.find("NetworkPolicy", "default-deny-ingress").isEmpty(), "everything else is denied");
    }

    /** The sources, by name, that the policies admit to the target's pods on the port. */
    private static Set<String> admitted(NetworkPolicies policies, Map<String, Pod> pods, String target, int port) {
        Pod targetPod = pods.get(target);
        return pods.entrySet().stream()
                .filter(source -> policies.admits(source.getValue(), targetPod, port))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every pod the overlay runs, plus pods of other namespaces and an unrelated one of its own. */
    private static Map<String, Pod> pods(Rendered rendered) {
        Map<String, Pod> pods = new LinkedHashMap<>();
        WorkloadRulesTest.workloads(rendered).forEach(workload -> pods.put(Rendered.name(workload),
                new Pod(NAMESPACE, labels(workload.path("spec").path("template").path("metadata").path("labels")))));
        // CloudNativePG labels every instance pod with its cluster's name
        rendered.ofKind("Cluster").forEach(cluster -> pods.put(Rendered.name(cluster),
                Pod.in(NAMESPACE, "cnpg.io/cluster", Rendered.name(cluster), "role", "primary")));
        pods.put("unrelated-pod", Pod.in(NAMESPACE, "app.kubernetes.io/name", "debug"));
        pods.put("ingress-controller", Pod.in("ingress-nginx", "app.kubernetes.io/name", "ingress-nginx"));
        pods.put("cnpg-operator", Pod.in("cnpg-system", "app.kubernetes.io/name", "cloudnative-pg"));
        pods.put("other-pod-in-operator-namespace", Pod.in("cnpg-system", "app.kubernetes.io/name", "something-else"));
        for (String expected : List.of("gateway", "article-service", "entity-service", "article-db", "entity-db")) {
            if (!pods.containsKey(expected)) {
                throw new AssertionError(rendered.overlay() + " runs no " + expected);
            }
        }
        return pods;
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.fields().forEachRemaining(label -> map.put(label.getKey(), label.getValue().asText()));
        return map;
    }
}

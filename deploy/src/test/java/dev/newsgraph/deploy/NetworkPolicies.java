package dev.newsgraph.deploy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates the rendered NetworkPolicies the way the network plugin does, for ingress: a pod that
 * some policy selects admits a connection only if one of those policies' rules matches its source
 * and port. Only the selector forms the manifests use are understood; anything else fails loudly.
 */
final class NetworkPolicies {

    /** A pod as the policies see it: its namespace and labels. */
    record Pod(String namespace, Map<String, String> labels) {
        static Pod in(String namespace, String... labels) {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < labels.length; i += 2) {
                map.put(labels[i], labels[i + 1]);
            }
            return new Pod(namespace, map);
        }

        @Override
        public String toString() {
            return namespace + labels;
        }
    }

    private final List<JsonNode> policies;

    NetworkPolicies(Rendered rendered) {
        this.policies = rendered.ofKind("NetworkPolicy").toList();
    }

    boolean admits(Pod source, Pod target, int port) {
        List<JsonNode> selecting = policies.stream()
                .filter(policy -> namespace(policy).equals(target.namespace()))
                .filter(policy -> appliesToIngress(policy))
                .filter(policy -> matches(policy.path("spec").path("podSelector"), target.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().anyMatch(policy -> admittedBy(policy, source, port));
    }

    private static boolean admittedBy(JsonNode policy, Pod source, int port) {
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            boolean portMatches = !rule.has("ports") || rule.path("ports").isEmpty()
                    || stream(rule.path("ports")).anyMatch(p -> p.path("port").asInt() == port
                            && "TCP".equals(p.path("protocol").asText("TCP")));
            boolean sourceMatches = !rule.has("from") || rule.path("from").isEmpty()
                    || stream(rule.path("from")).anyMatch(peer -> peerMatches(policy, peer, source));
            if (portMatches && sourceMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode policy, JsonNode peer, Pod source) {
        if (peer.has("ipBlock")) {
            throw new IllegalStateException(Rendered.describe(policy) + ": ipBlock peers are not evaluated here");
        }
        JsonNode namespaceSelector = peer.path("namespaceSelector");
        boolean namespaceMatches = namespaceSelector.isMissingNode()
                ? source.namespace().equals(namespace(policy))
                : matches(namespaceSelector, Map.of("kubernetes.io/metadata.name", source.namespace()));
        boolean podMatches = peer.path("podSelector").isMissingNode() || matches(peer.path("podSelector"), source.labels());
        return namespaceMatches && podMatches;
    }

    private static boolean appliesToIngress(JsonNode policy) {
        JsonNode types = policy.path("spec").path("policyTypes");
        return types.isMissingNode() || stream(types).anyMatch(type -> "Ingress".equals(type.asText()));
    }

    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector.has("matchExpressions")) {
            throw new IllegalStateException("matchExpressions are not evaluated here: " + selector);
        }
        Iterator<Map.Entry<String, JsonNode>> required = selector.path("matchLabels").fields();
        while (required.hasNext()) {
            Map.Entry<String, JsonNode> label = required.next();
            if (!Objects.equals(labels.get(label.getKey()), label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}

package dev.newsgraph.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The environment a workload's first container starts with: its ConfigMaps' entries (envFrom), then
 * its own env entries. A value from a Secret is shown as "secret:NAME/KEY".
 */
final class PodEnvironment {

    private PodEnvironment() {
    }

    static Map<String, String> of(Rendered rendered, JsonNode workload) {
        JsonNode container = WorkloadRulesTest.containers(workload).get(0);
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String name = source.path("configMapRef").path("name").asText();
            if (name.isEmpty()) {
                throw new AssertionError(Rendered.describe(workload) + ": only ConfigMaps feed envFrom here");
            }
            JsonNode configMap = rendered.get("ConfigMap", name);
            configMap.path("data").fields().forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            env.put(variable.path("name").asText(), secret.isMissingNode()
                    ? variable.path("value").asText()
                    : "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
        }
        return env;
    }
}

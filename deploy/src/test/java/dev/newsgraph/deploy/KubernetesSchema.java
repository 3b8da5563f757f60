package dev.newsgraph.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Offline schema validation of rendered objects, as strict as the API server on what matters here.
 *
 * <p>Built-in kinds are read into the Kubernetes object model (fabric8, generated from the Kubernetes
 * OpenAPI definitions) with every escape hatch closed: the model's catch-all for unknown fields is
 * switched off, so a misspelt or misplaced field is an error with its path, and scalars are not
 * coerced (a number where the API wants a string, such as an unquoted env value or annotation, is
 * rejected as the API server rejects it). Custom resources are checked against JSON Schemas kept
 * beside these tests (src/test/resources/schemas), written from the operator's CRD.
 */
final class KubernetesSchema {

    private static final Map<String, Class<?>> BUILT_IN = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class));

    private static final Map<String, String> CUSTOM = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "/schemas/postgresql.cnpg.io-v1-Cluster.json",
            "monitoring.coreos.com/v1/ServiceMonitor", "/schemas/monitoring.coreos.com-v1-ServiceMonitor.json",
            "monitoring.coreos.com/v1/PrometheusRule", "/schemas/monitoring.coreos.com-v1-PrometheusRule.json");

    private static final ObjectMapper STRICT = strictMapper();

    private KubernetesSchema() {
    }

    /** The violations of one object; empty when it is valid. */
    static List<String> violations(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add("metadata.name is required");
        }
        Class<?> model = BUILT_IN.get(type);
        String schema = CUSTOM.get(type);
        if (model != null) {
            try {
                STRICT.treeToValue(object, model);
            } catch (IOException e) {
                problems.add(e.getMessage().lines().findFirst().orElse("") + " at " + path(e));
            }
        } else if (schema != null) {
            for (ValidationMessage message : schemaAt(schema).validate(object)) {
                problems.add(message.getMessage());
            }
        } else {
            problems.add("no schema known for " + type + ": add it to " + KubernetesSchema.class.getSimpleName());
        }
        return problems;
    }

    private static String path(IOException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            return mapping.getPathReference();
        }
        return "?";
    }

    private static JsonSchema schemaAt(String resource) {
        try (InputStream in = KubernetesSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the test resources");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    // the generated model parks unknown fields in "additionalProperties"; refuse them instead
                    @Override
                    public Boolean hasAnySetter(Annotated annotated) {
                        return Boolean.FALSE;
                    }
                })
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }
}
